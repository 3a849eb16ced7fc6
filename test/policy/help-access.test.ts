/**
 * The help card lists what the person asking may ask: families checked against the policy with
 * their facts — askable, only about themselves / their groups / their reports, or needing a role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_FAMILIES } from '../../src/families/registry';
import { helpCard } from '../../src/cards';
import type { AskerFacts } from '../../src/policy/asker-facts';
import { familiesFor, familyAccess } from '../../src/policy/help-access';
import { DEFAULT_POLICY } from '../../src/policy/policy';
import { allText, nodesOfType } from '../cards/card-walk';
import { cardsOf, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';

const member = (activeRoles: string[] = []): AskerFacts => ({ objectId: 'x', userType: 'Member', activeRoles, eligibleRoles: [], ownedGroupIds: [], directReportIds: [] });
const access = (title: string, facts: AskerFacts | undefined) => familyAccess(DEFAULT_POLICY, QUESTION_FAMILIES.find((f) => f.title === title)!.intents, facts);

describe('familyAccess', () => {
  it('a member with no role: groups yes, their own sign-ins only, risk and privileged accounts need a role', () => {
    expect(access('Groups', member())).toBe('all');
    expect(access('Sign-ins', member())).toBe('limited');
    expect(access('Identity risk', member())).toBe('none');
    expect(access('Privileged accounts', member())).toBe('none');
  });

  it('a role opens its families; Global Reader opens every family', () => {
    expect(access('Identity risk', member(['Security Reader']))).toBe('all');
    expect(familiesFor(QUESTION_FAMILIES, DEFAULT_POLICY, member(['Global Reader'])).every((f) => f.access === undefined)).toBe(true);
  });

  it('someone the tenant does not know may ask for nothing but help', () => {
    expect(familiesFor(QUESTION_FAMILIES, DEFAULT_POLICY, undefined).filter((f) => f.access !== 'none').map((f) => f.title)).toEqual([]);
  });
});

describe('the help card', () => {
  const families = familiesFor(QUESTION_FAMILIES, DEFAULT_POLICY, member());
  const card = helpCard(families);
  const headings = nodesOfType(card, 'RichTextBlock').filter((b) => nodesOfType(b, 'TextRun').some((r) => r['weight'] === 'Bolder')).map((b) => allText(b));

  it('lists what they may ask, marks what is only about themselves, and names the rest at the end', () => {
    expect(headings).toContain('Groups');
    expect(headings).toContain('Sign-ins');
    expect(headings).not.toContain('Identity risk');
    expect(allText(card)).toContain('You can ask these about yourself, groups you own and your direct reports.');
    expect(allText(card)).toMatch(/Need a role you don't have: .*Identity risk.*Privileged accounts/);
    // No example button of a family they cannot ask.
    const risk = QUESTION_FAMILIES.find((f) => f.title === 'Identity risk')!;
    expect(nodesOfType(card, 'Action.Submit').map((a) => a['title'])).not.toContain(risk.examples[0]);
  });
});

describe('help through the bot', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => { bot = await startTestBot(); }, 120_000);
  afterAll(async () => bot?.close());

  const helpFor = async (upn: string, text: string) => {
    const id = bot.runtime.askerFor(upn)!.objectId!;
    const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text, fromAadObjectId: id }));
    return cardsOf(await res.json())[0]!;
  };

  it('"help" shows a person without security roles what they may ask, and a security reader everything', async () => {
    const alain = allText(await helpFor('alain@woodgrovebank.com', 'help'));
    expect(alain).toMatch(/Need a role you don't have: .*Identity risk/);
    const natasha = allText(await helpFor('natasha@woodgrovebank.com', 'help'));
    expect(natasha).not.toContain("Need a role you don't have");
    expect(natasha).toContain('Identity risk');
  });

  it('"help risky" (search) is filtered the same way', async () => {
    const card = allText(await helpFor('alain@woodgrovebank.com', 'help risky'));
    expect(card).toMatch(/Need a role you don't have: Identity risk/);
  });
});
