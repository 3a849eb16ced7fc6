import { understand } from '../../src/understanding';
import { capitalsAreRare } from '../../src/understanding/analysis/analyse';
import { describe, expect, it } from 'vitest';
import { createNameIndex, findNames } from '../../src/understanding/names/name-index';
import { tokenize } from '../../src/understanding/text/tokenize';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const COMMON = new Set(['will', 'grant', 'owners', 'who', 'owns', 'the', 'group', 'permissions']);
const index = createNameIndex(DEMO_GAZETTEER, (w) => COMMON.has(w));
const names = (text: string) => findNames(index, tokenize(text).filter((t) => t.kind !== 'symbol'), text);

describe('tenant names', () => {
  it('corrects typos in multi-word names', () => {
    const [m] = names('who ownz finanse departmnet');
    expect(m).toMatchObject({ kind: 'group', text: 'finanse departmnet', exact: false });
    expect(m!.candidates.map((c) => c.canonical)).toEqual(['Finance Department']);
  });

  it('matches names with punctuation inside', () => {
    expect(names('members of MDM policy - West')[0]!.candidates[0]!.canonical).toBe('MDM policy - West');
    expect(names('members of mdm policy west')[0]!.candidates[0]!.canonical).toBe('MDM policy - West');
  });

  it('finds people by first name, surname and UPN prefix', () => {
    expect(names('groups of Karita')[0]!.candidates[0]!.key).toBe('karita@woodgrovebank.com');
    expect(names('groups of Bowen')[0]!.candidates[0]!.key).toBe('meganb@woodgrovebank.com');
    expect(names('devices of meganb')[0]!.candidates[0]!.key).toBe('meganb@woodgrovebank.com');
  });

  it('keeps every person a first name fits', () => {
    expect(names('which groups does Megan own')[0]!.candidates.map((c) => c.key)).toEqual(['meganb@woodgrovebank.com', 'megan.stone@woodgrovebank.com']);
  });

  it('needs a capital letter for a first name that is also a common word', () => {
    expect(names('will you show the owners')).toEqual([]);
    expect(names('what groups is Will in')[0]!.candidates[0]!.canonical).toBe('Will Turner');
    expect(names('permissions we grant')).toEqual([]);
  });

  it('knows roles by their everyday names', () => {
    expect(names('who are the global admins')[0]!.candidates[0]!.canonical).toBe('Global Administrator');
    expect(names('list helpdesk administrators')[0]!.candidates[0]!.canonical).toBe('Helpdesk Administrator');
  });

  it('keeps the other kind a name has, and lets "group" after it decide', () => {
    const [role] = names('show all helpdesk admins');
    expect(role!.kind).toBe('role');
    expect(role!.alternatives.map((e) => e.canonical)).toEqual(['Helpdesk Admins']);
    expect(names('the helpdesk admins group members')[0]!.kind).toBe('group');
  });

  it('finds countries', () => {
    expect(names('sign-ins from Brazil')[0]).toMatchObject({ kind: 'country' });
  });
});

describe('names the tenant does not know', () => {
  it('are read from the words around them', () => {
    const opts = { gazetteer: DEMO_GAZETTEER, now: new Date('2024-03-15T12:00:00Z') };
    expect(understand('who owns the Quality Assurance group', {}, opts)).toMatchObject({ name: 'group.owners', slots: { group: 'Quality Assurance' } });
    expect(understand('members of the group called Night Shift', {}, opts)).toMatchObject({ name: 'group.members', slots: { group: 'Night Shift' } });
    expect(understand('who are the owners of the Zendesk app', {}, opts)).toMatchObject({ name: 'app.owners', slots: { app: 'Zendesk' } });
    expect(understand('why cant zoltan sign in', {}, opts)).toMatchObject({ name: 'signIns.troubleshoot', slots: { user: 'zoltan' } });
  });
});

describe('capitals as names (issue 16)', () => {
  it('a question naming groups of English words is not title case: "members of Finance Department and Quality Board by department" keeps both groups', () => {
    expect(capitalsAreRare(tokenize('members of Finance Department and Quality Board by department'))).toBe(true);
    const out = understand('members of Finance Department and Quality Board by department', undefined, { gazetteer: DEMO_GAZETTEER });
    expect(out.name).toBe('report.groupMembersByDepartment');
    expect(out.slots.groups).toEqual(['Finance Department', 'Quality Board']);
  });

  it('a question in title case still is: its stop words are capitalised too', () => {
    expect(capitalsAreRare(tokenize('Which Users Have Not Signed In For 90 Days'))).toBe(false);
    expect(capitalsAreRare(tokenize('Show Sign-Ins Of The Finance Team'))).toBe(false);
  });
});

describe('fallback names: protocol terms and asides are not names (issue 16, fallback-names.ts)', () => {
  const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
  it('"OAuth2", "SAML", "SCIM" describe what is asked, they name nothing', () => {
    expect(ask('get all OAuth2 permission grants of a service principal').slots.app).toBeUndefined();
    expect(ask('which SCIM permissions does a service principal have').slots.app).toBeUndefined();
  });

  it('an unknown word in parentheses is an aside, not the subject; a tenant name there still counts', () => {
    expect(ask('sign-in failures due to third party MFA (Okta/Duo etc)').slots.user).toBeUndefined();
    expect(ask('show the groups of (Alain)').slots.user).toBe('Alain Charon');
  });
});
