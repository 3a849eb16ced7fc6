/**
 * The policy stage on its own, with hand-written policies and facts (no tenant, no runtime): the
 * checks parsePolicy makes, every decision decideBeforeLookup can take, the denied answer word
 * for word, help-card access, and the facts providers (demo model, Graph, cache). This is the
 * test set `npm run test:mutation policy` runs; the matrix and exceptions tests check the shipped
 * policy end to end.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TenantModel } from '../../src/demo/model';
import type { GraphRequest } from '../../src/planning/query-plan';
import type { GraphResult } from '../../src/sources/result-set';
import type * as FactsModule from '../../src/policy/asker-facts';
import type { AskerFactsProvider } from '../../src/policy/asker-facts';
import type * as AuthorizeModule from '../../src/policy/authorize';
import type { DecidedGate } from '../../src/policy/authorize';
import type * as HelpAccessModule from '../../src/policy/help-access';
import type * as PolicyModule from '../../src/policy/policy';
import type * as DataReadsModule from '../../src/policy/data-reads';
import type { Policy } from '../../src/policy/policy';
import { INTENT_NAMES } from '../../src/understanding/intent';
import { askerFacts, smallPolicyDoc, type PolicyDoc } from './fixtures/small-policy';

// The policy modules are loaded in a hook, not by static imports: a fault that makes loading
// throw (policy.ts parses policy.json when it loads) then fails every test here instead of
// leaving a file with no tests (which mutation testing would count as a surviving mutant).
let cachedFacts: typeof FactsModule.cachedFacts;
let demoFactsProvider: typeof FactsModule.demoFactsProvider;
let graphFactsProvider: typeof FactsModule.graphFactsProvider;
let createAuthorizer: typeof AuthorizeModule.createAuthorizer;
let decideBeforeLookup: typeof AuthorizeModule.decideBeforeLookup;
let deniedAnswer: typeof AuthorizeModule.deniedAnswer;
let orList: typeof AuthorizeModule.orList;
let familiesFor: typeof HelpAccessModule.familiesFor;
let familyAccess: typeof HelpAccessModule.familyAccess;
let DEFAULT_POLICY: typeof PolicyModule.DEFAULT_POLICY;
let parsePolicy: typeof PolicyModule.parsePolicy;
let PolicyError: typeof PolicyModule.PolicyError;
let kqlReads: typeof DataReadsModule.kqlReads;
let POLICY: Policy;

let loadError: unknown;
beforeAll(async () => {
  try {
    await load();
  } catch (err) {
    loadError = err;
  }
});
// A failed hook would only skip the tests; failing each test makes the fault count.
beforeEach(() => {
  if (loadError !== undefined) throw loadError;
});

async function load(): Promise<void> {
  ({ cachedFacts, demoFactsProvider, graphFactsProvider } = await import('../../src/policy/asker-facts.js'));
  ({ createAuthorizer, decideBeforeLookup, deniedAnswer, orList } = await import('../../src/policy/authorize.js'));
  ({ familiesFor, familyAccess } = await import('../../src/policy/help-access.js'));
  ({ DEFAULT_POLICY, parsePolicy, PolicyError } = await import('../../src/policy/policy.js'));
  ({ kqlReads } = await import('../../src/policy/data-reads.js'));
  POLICY = parsePolicy(doc());
}

type Doc = PolicyDoc;
const doc = smallPolicyDoc;
const facts = askerFacts;
const subject = (gate: DecidedGate): Extract<DecidedGate, { outcome: 'subject' }> => {
  if (gate.outcome !== 'subject') throw new Error(`expected a subject gate, got ${gate.outcome}`);
  return gate;
};

describe('parsePolicy', () => {
  it('reads categories and intents with their defaults', () => {
    expect(POLICY.version).toBe(3);
    expect(POLICY.categories['public']).toEqual({ title: 'help', everyone: true, members: false, needs: [], roles: [], scopedRoles: [], source: undefined, exceptions: [], ownerSeesNested: false });
    expect(POLICY.categories['directory']).toEqual({
      title: 'directory data', everyone: false, members: true, needs: ['Directory Readers'], roles: ['Directory Readers', 'Global Administrator'],
      scopedRoles: ['Catalog reader', 'Catalog owner'], source: 'https://learn.example/dir', exceptions: [], ownerSeesNested: false,
    });
    expect(POLICY.intents['signIns.list']).toEqual({ category: 'signInLogs', self: 'user', owner: undefined, manager: 'user' });
    expect(POLICY.intents['group.members']).toEqual({ category: 'signInLogs', self: undefined, owner: 'group', manager: undefined });
    expect(POLICY.intents['help']).toEqual({ category: 'public', self: undefined, owner: undefined, manager: undefined });
    const d = doc(); delete d.version;
    expect(parsePolicy(d).version).toBe(1);
    const e = doc(); e.version = '7';
    expect(parsePolicy(e).version).toBe(7);
    const f = doc(); f.categories['public']!['everyone'] = 'yes'; f.categories['public']!['needs'] = ['X']; f.categories['public']!['roles'] = ['X'];
    f.categories['directory']!['members'] = 'true'; f.categories['directory']!['source'] = 42;
    const loose = parsePolicy(f);
    expect(loose.categories['public']!.everyone).toBe(false);
    expect(loose.categories['directory']!.members).toBe(false);
    expect(loose.categories['directory']!.source).toBeUndefined();
  });

  it.each<[string, (d: Doc) => unknown, string]>([
    ['not an object', () => null, 'the policy is not a JSON object'],
    ['a string', () => 'policy', 'the policy is not a JSON object'],
    ['no categories', (d) => ({ ...d, categories: undefined }), 'the policy has no categories'],
    ['null categories', (d) => ({ ...d, categories: null }), 'the policy has no categories'],
    ['no intents', (d) => ({ ...d, intents: undefined }), 'the policy has no intents'],
    ['null intents', (d) => ({ ...d, intents: null }), 'the policy has no intents'],
    ['roles not a list', (d) => { d.categories['directory']!['roles'] = 'Directory Readers'; return d; }, 'categories.directory.roles must be a list of role names'],
    ['roles with a number', (d) => { d.categories['directory']!['roles'] = ['Directory Readers', 3]; return d; }, 'categories.directory.roles must be a list of role names'],
    ['needs not a list', (d) => { d.categories['signInLogs']!['needs'] = {}; return d; }, 'categories.signInLogs.needs must be a list of role names'],
    ['scopedRoles not a list', (d) => { d.categories['directory']!['scopedRoles'] = 'x'; return d; }, 'categories.directory.scopedRoles must be a list of role names'],
    ['a needed role that is not allowed', (d) => { (d.categories['signInLogs']!['needs'] as string[]).push('Billing Administrator'); return d; }, 'categories.signInLogs: "Billing Administrator" is in needs but not in roles'],
    ['a category without title', (d) => { delete d.categories['signInLogs']!['title']; return d; }, 'categories.signInLogs has no title'],
    ['a category nobody may read', (d) => { d.categories['signInLogs']!['needs'] = []; return d; }, 'categories.signInLogs names no needed role'],
    ['an unknown intent', (d) => { d.intents['no.such'] = { category: 'directory' }; return d; }, 'intents.no.such: no such intent'],
    ['an unknown category', (d) => { d.intents['help'] = { category: 'nope' }; return d; }, 'intents.help: unknown category nope'],
    ['a category that is not a string', (d) => { d.intents['help'] = { category: 5 }; return d; }, 'intents.help: unknown category 5'],
    ['a category that only reads like a name (a list)', (d) => { d.intents['help'] = { category: ['directory'] }; return d; }, 'intents.help: unknown category directory'],
    ['a bad self slot', (d) => { d.intents['user.details'] = { category: 'directory', self: 'app' }; return d; }, 'intents.user.details.self must be "user" or "group"'],
    ['a bad owner slot', (d) => { d.intents['user.details'] = { category: 'directory', owner: 'users' }; return d; }, 'intents.user.details.owner must be "user" or "group"'],
    ['a bad manager slot', (d) => { d.intents['user.details'] = { category: 'directory', manager: null }; return d; }, 'intents.user.details.manager must be "user" or "group"'],
    ['unmapped intents', (d) => { delete d.intents['riskyUsers.list']; delete d.intents['help']; return d; }, 'the policy does not map these intents: riskyUsers.list, help'],
  ])('refuses %s', (_name, edit, message) => {
    const bad = edit(doc());
    expect(() => parsePolicy(bad)).toThrow(PolicyError);
    expect(() => parsePolicy(bad)).toThrow(new PolicyError(message));
  });

  it('PolicyError is an Error named PolicyError', () => {
    const e = new PolicyError('x');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PolicyError');
  });

  it('the shipped policy maps every intent to a known category', () => {
    expect(Object.keys(DEFAULT_POLICY.intents).sort()).toEqual([...INTENT_NAMES].sort());
    for (const rule of Object.values(DEFAULT_POLICY.intents)) expect(DEFAULT_POLICY.categories[rule.category]).toBeDefined();
  });
});

describe('orList', () => {
  it('joins with commas and a final "or"', () => {
    expect(orList([])).toBe('');
    expect(orList(['A'])).toBe('A');
    expect(orList(['A', 'B'])).toBe('A or B');
    expect(orList(['A', 'B', 'C'])).toBe('A, B or C');
  });
});

describe('decideBeforeLookup', () => {
  it('allows everyone on an open category, even an unknown asker', () => {
    expect(decideBeforeLookup(POLICY, 'help', undefined)).toEqual({ outcome: 'allow', record: { category: 'public', decision: 'allowed', by: 'everyone' } });
  });

  it('allows by the first active role that the category lists', () => {
    const f = facts({ activeRoles: ['Billing Administrator', 'Security Reader', 'Reports Reader'] });
    expect(decideBeforeLookup(POLICY, 'riskyUsers.list', f)).toEqual({ outcome: 'allow', record: { category: 'signInLogs', decision: 'allowed', by: 'role:Security Reader' } });
    // A role allowed without being "needed" counts too.
    expect(decideBeforeLookup(POLICY, 'riskyUsers.list', facts({ activeRoles: ['Global Reader'] })).record.by).toBe('role:Global Reader');
  });

  it('allows members on a members category, but not guests, and prefers a role to membership', () => {
    expect(decideBeforeLookup(POLICY, 'user.details', facts())).toEqual({ outcome: 'allow', record: { category: 'directory', decision: 'allowed', by: 'member' } });
    expect(decideBeforeLookup(POLICY, 'user.details', facts({ activeRoles: ['Directory Readers'] })).record.by).toBe('role:Directory Readers');
    const guest = decideBeforeLookup(POLICY, 'user.details', facts({ userType: 'Guest' }));
    expect(guest.outcome).toBe('deny');
    expect(guest.record).toEqual({ category: 'directory', decision: 'denied', by: 'noRole' });
    expect(decideBeforeLookup(POLICY, 'user.details', facts({ userType: 'Guest', activeRoles: ['Global Administrator'] })).record.by).toBe('role:Global Administrator');
  });

  it('denies a member on a roles-only category; eligible roles grant nothing', () => {
    const gate = decideBeforeLookup(POLICY, 'riskyUsers.list', facts({ eligibleRoles: ['Security Reader'] }));
    expect(gate.outcome).toBe('deny');
    expect(gate.record).toEqual({ category: 'signInLogs', decision: 'denied', by: 'noRole' });
    expect(gate.outcome === 'deny' && gate.answer.kind).toBe('denied');
  });

  it('denies an unknown asker, even where a subject exception exists', () => {
    const gate = decideBeforeLookup(POLICY, 'signIns.list', undefined);
    expect(gate.outcome).toBe('deny');
    expect(gate.record).toEqual({ category: 'signInLogs', decision: 'denied', by: 'unknownAsker' });
  });

  it('leaves a subject exception to after the lookup: self', () => {
    const gate = subject(decideBeforeLookup(POLICY, 'signIns.list', facts()));
    expect(gate.record).toEqual({ category: 'signInLogs', decision: 'denied', by: 'noRole' });
    expect(gate.denied.kind).toBe('denied');
    expect(gate.afterLookup({ user: { kind: 'user', id: 'me', displayName: 'Me' } })).toEqual({ outcome: 'allow', record: { category: 'signInLogs', decision: 'allowed', by: 'self' } });
    const other = gate.afterLookup({ user: { kind: 'user', id: 'someone', displayName: 'X' } });
    expect(other).toEqual({ outcome: 'deny', answer: gate.denied, record: { category: 'signInLogs', decision: 'denied', by: 'noRole' } });
    // The group slot is not the self slot of this intent.
    expect(gate.afterLookup({ group: { kind: 'group', id: 'me', displayName: 'G' } }).outcome).toBe('deny');
    expect(gate.afterLookup({}).outcome).toBe('deny');
  });

  it('manager: a direct report, not anyone else', () => {
    const gate = subject(decideBeforeLookup(POLICY, 'signIns.list', facts({ directReportIds: ['r1', 'r2'] })));
    expect(gate.afterLookup({ user: { kind: 'user', id: 'r2', displayName: 'R' } })).toEqual({ outcome: 'allow', record: { category: 'signInLogs', decision: 'allowed', by: 'manager' } });
    expect(gate.afterLookup({ user: { kind: 'user', id: 'r3', displayName: 'R' } }).outcome).toBe('deny');
  });

  it('owner: a group the asker owns, looked up in the group slot', () => {
    const gate = subject(decideBeforeLookup(POLICY, 'group.members', facts({ ownedGroupIds: ['g1'], directReportIds: ['g1'] })));
    expect(gate.afterLookup({ group: { kind: 'group', id: 'g1', displayName: 'G' } })).toEqual({ outcome: 'allow', record: { category: 'signInLogs', decision: 'allowed', by: 'owner' } });
    expect(gate.afterLookup({ group: { kind: 'group', id: 'g2', displayName: 'G' } }).outcome).toBe('deny');
    expect(gate.afterLookup({ user: { kind: 'user', id: 'g1', displayName: 'U' } }).outcome).toBe('deny');
    // Owning a group does not make its id "self".
    expect(subject(decideBeforeLookup(POLICY, 'group.members', facts({ objectId: 'g1' }))).afterLookup({ group: { kind: 'group', id: 'g1', displayName: 'G' } }).outcome).toBe('deny');
  });

  it('checks the exceptions in the order self, owner, manager', () => {
    const both = parsePolicy({ ...doc(), intents: { ...doc().intents, 'signIns.list': { category: 'signInLogs', self: 'user', owner: 'group', manager: 'user' } } });
    const gate = subject(decideBeforeLookup(both, 'signIns.list', facts({ objectId: 'u', ownedGroupIds: ['g'], directReportIds: ['u'] })));
    expect(gate.afterLookup({ user: { kind: 'user', id: 'u', displayName: 'U' }, group: { kind: 'group', id: 'g', displayName: 'G' } }).record.by).toBe('self');
    expect(gate.afterLookup({ user: { kind: 'user', id: 'x', displayName: 'U' }, group: { kind: 'group', id: 'g', displayName: 'G' } }).record.by).toBe('owner');
    const mgr = subject(decideBeforeLookup(both, 'signIns.list', facts({ objectId: 'u', directReportIds: ['x'] })));
    expect(mgr.afterLookup({ user: { kind: 'user', id: 'x', displayName: 'U' }, group: { kind: 'group', id: 'g', displayName: 'G' } }).record.by).toBe('manager');
  });

  it('createAuthorizer asks the facts provider once per question and decides with the given policy', async () => {
    const asked: string[] = [];
    const provider: AskerFactsProvider = { factsFor: async (a) => { asked.push(a.upn); return facts({ activeRoles: ['Reports Reader'] }); } };
    const gate = await createAuthorizer(provider, POLICY).beforeLookup({ upn: 'a@x' }, { name: 'riskyUsers.list', slots: {} });
    expect(gate).toEqual({ outcome: 'allow', record: { category: 'signInLogs', decision: 'allowed', by: 'role:Reports Reader' } });
    expect(asked).toEqual(['a@x']);
    const shipped = await createAuthorizer({ factsFor: async () => undefined }).beforeLookup({ upn: 'a@x' }, { name: 'help', slots: {} });
    expect(shipped.outcome).toBe('allow');
  });
});

describe('the denied answer', () => {
  it('for an unknown asker, one needed role, no exception', () => {
    const cat = parsePolicy({ ...doc(), categories: { ...doc().categories, signInLogs: { title: 'sign-in logs', needs: ['Reports Reader'], roles: ['Reports Reader'], exceptions: ['self', 'owner', 'manager'] } } }).categories['signInLogs']!;
    expect(deniedAnswer(cat, { category: 'signInLogs' }, undefined)).toEqual({
      kind: 'denied',
      title: "You can't see sign-in logs",
      summary: "I could not find you in this tenant's directory, so I cannot tell which roles you hold. Reading sign-in logs needs the Reports Reader role.",
      columns: [], rows: [],
      facts: [{ title: 'Needed role', value: 'Reports Reader' }, { title: 'Your active roles', value: 'unknown' }],
      followUps: ['help'],
      sections: [{ title: 'What you can do', bullets: ['Ask an administrator for Reports Reader if you need this regularly.'] }],
    });
  });

  it('for a member with eligible roles, several needed roles, higher roles, scoped roles, a source and every exception', () => {
    const cat = { ...POLICY.categories['signInLogs']!, scopedRoles: ['Catalog reader'], source: 'https://learn.example/logs' };
    const f = facts({ activeRoles: ['Billing Administrator'], eligibleRoles: ['Security Reader', 'Exchange Administrator', 'Global Reader'] });
    expect(deniedAnswer(cat, { category: 'signInLogs', self: 'user', owner: 'group', manager: 'user' }, f)).toEqual({
      kind: 'denied',
      title: "You can't see sign-in logs",
      summary: 'Reading sign-in logs needs the Reports Reader or Security Reader role (any one of them). You are eligible for Security Reader or Global Reader — activate it in PIM, then ask again. '
        + 'Without a role you can ask this about yourself, ask this about a group you own or ask this about someone who reports to you.',
      columns: [], rows: [],
      facts: [
        { title: 'Needed role', value: 'Reports Reader or Security Reader' },
        { title: 'Also allowed', value: 'Global Reader' },
        { title: 'Your active roles', value: 'Billing Administrator' },
        { title: 'Eligible in PIM (not active)', value: 'Security Reader, Global Reader' },
      ],
      followUps: ['help'],
      sections: [{
        title: 'What you can do',
        bullets: [
          'Activate Security Reader or Global Reader in Privileged Identity Management (eligible roles count only once active).',
          'Ask an administrator for Reports Reader or Security Reader if you need this regularly.',
          'In entitlement management, Catalog reader roles on a catalog give access to that catalog in the admin center.',
        ],
        links: [{ title: 'Activate a role in PIM', url: 'https://portal.azure.com/#view/Microsoft_Azure_PIMCommon/ActivationMenuBlade/~/aadmigratedroles' }],
      }],
      sourceNote: 'Permission policy (src/policy/policy.json); roles as documented at https://learn.example/logs',
    });
  });

  it('tells a guest that guests cannot read member data, and says "none" for no active role', () => {
    const a = deniedAnswer(POLICY.categories['directory']!, { category: 'directory', self: 'user' }, facts({ userType: 'Guest' }));
    expect(a.summary).toBe("Guest accounts can't read directory data; it needs a member account or the Directory Readers role. Without a role you can ask this about yourself.");
    expect(a.facts).toEqual([{ title: 'Needed role', value: 'Directory Readers' }, { title: 'Also allowed', value: 'Global Administrator' }, { title: 'Your active roles', value: 'none' }]);
    expect(a.sections?.[0]?.bullets?.[1]).toBe('In entitlement management, Catalog reader or Catalog owner roles on a catalog give access to that catalog in the admin center.');
    // A member is not told about guests.
    expect(deniedAnswer(POLICY.categories['directory']!, { category: 'directory' }, facts()).summary).toBe('Reading directory data needs the Directory Readers role.');
    // Guests on a category that is not for members are told the role.
    expect(deniedAnswer(POLICY.categories['signInLogs']!, { category: 'signInLogs' }, facts({ userType: 'Guest' })).summary).toBe('Reading sign-in logs needs the Reports Reader or Security Reader role (any one of them).');
  });
});

describe('the denied answer, more cases', () => {
  it('for an unknown asker on a members category (no guest wording: nothing is known)', () => {
    const a = deniedAnswer(POLICY.categories['directory']!, { category: 'directory' }, undefined);
    expect(a.summary).toBe("I could not find you in this tenant's directory, so I cannot tell which roles you hold. Reading directory data needs the Directory Readers role.");
  });

  it('lists several active roles and several higher roles, comma-separated', () => {
    const cat = { ...POLICY.categories['signInLogs']!, roles: ['Reports Reader', 'Security Reader', 'Global Reader', 'Security Administrator'] };
    const a = deniedAnswer(cat, { category: 'signInLogs' }, facts({ activeRoles: ['Billing Administrator', 'Exchange Administrator'] }));
    expect(a.facts).toEqual([
      { title: 'Needed role', value: 'Reports Reader or Security Reader' },
      { title: 'Also allowed', value: 'Global Reader, Security Administrator' },
      { title: 'Your active roles', value: 'Billing Administrator, Exchange Administrator' },
    ]);
  });
});

describe('help-card access', () => {
  it('familyAccess: all when any intent is allowed, limited when only an exception could allow, none otherwise', () => {
    expect(familyAccess(POLICY, ['riskyUsers.list', 'help'], facts())).toBe('all');
    expect(familyAccess(POLICY, ['riskyUsers.list', 'signIns.list'], facts())).toBe('limited');
    expect(familyAccess(POLICY, ['signIns.list', 'riskyUsers.list'], facts())).toBe('limited');
    expect(familyAccess(POLICY, ['signIns.list', 'user.details'], facts())).toBe('all');
    expect(familyAccess(POLICY, ['riskyUsers.list'], facts())).toBe('none');
    expect(familyAccess(POLICY, ['signIns.list'], undefined)).toBe('none');
    expect(familyAccess(POLICY, ['not.in.policy', 'riskyUsers.list'], facts())).toBe('all');
    expect(familyAccess(POLICY, ['riskyUsers.list', 'not.in.policy'], facts())).toBe('all');
    expect(familyAccess(POLICY, [], facts())).toBe('none');
  });

  it('familiesFor marks only the families the person cannot fully ask', () => {
    const families = [{ name: 'help', intents: ['help'] }, { name: 'sign-ins', intents: ['signIns.list'] }, { name: 'risk', intents: ['riskyUsers.list'] }];
    expect(familiesFor(families, POLICY, facts())).toEqual([
      { name: 'help', intents: ['help'] },
      { name: 'sign-ins', intents: ['signIns.list'], access: 'limited' },
      { name: 'risk', intents: ['riskyUsers.list'], access: 'none' },
    ]);
    expect(familiesFor(families, POLICY, facts())[0]).toBe(families[0]);
  });
});

describe('cachedFacts', () => {
  function counting(fail = false) {
    const calls: string[] = [];
    const provider: AskerFactsProvider = {
      factsFor: async (a) => { calls.push(a.objectId ?? a.upn); if (fail) throw new Error('graph busy'); return facts({ objectId: a.objectId ?? a.upn }); },
    };
    return { calls, provider };
  }

  it('keeps facts for the ttl (keyed by object id, else the UPN, any case), then asks again', async () => {
    let t = 1000;
    const { calls, provider } = counting();
    const cache = cachedFacts(provider, 100, () => t);
    await cache.factsFor({ upn: 'A@X.com' });
    await cache.factsFor({ upn: 'a@x.com' });
    t = 1099;
    await cache.factsFor({ upn: 'a@X.COM' });
    expect(calls).toEqual(['A@X.com']);
    t = 1100;
    await cache.factsFor({ upn: 'a@x.com' });
    expect(calls).toEqual(['A@X.com', 'a@x.com']);
    await cache.factsFor({ upn: 'a@x.com', objectId: 'OID-1' });
    await cache.factsFor({ upn: 'other@x.com', objectId: 'oid-1' });
    expect(calls).toEqual(['A@X.com', 'a@x.com', 'OID-1']);
  });

  it('keeps facts five minutes by default', async () => {
    let t = 0;
    const { calls, provider } = counting();
    const cache = cachedFacts(provider, undefined, () => t);
    await cache.factsFor({ upn: 'a@x' });
    t = 5 * 60_000 - 1;
    await cache.factsFor({ upn: 'a@x' });
    expect(calls).toHaveLength(1);
    t = 5 * 60_000;
    await cache.factsFor({ upn: 'a@x' });
    expect(calls).toHaveLength(2);
  });

  it('lower-cases keys (so "STRASSE" and "straße" stay two people)', async () => {
    const { calls, provider } = counting();
    const cache = cachedFacts(provider, 60_000, () => 0);
    await cache.factsFor({ upn: 'straße@x' });
    await cache.factsFor({ upn: 'STRASSE@X' });
    expect(calls).toEqual(['straße@x', 'STRASSE@X']);
  });

  it('a late failure does not drop the newer entry that replaced it', async () => {
    let t = 0;
    const calls: string[] = [];
    let rejectFirst: (e: Error) => void = () => undefined;
    const provider: AskerFactsProvider = {
      factsFor: (a) => {
        calls.push(a.upn);
        if (calls.length === 1) return new Promise((_r, reject) => { rejectFirst = reject; });
        return Promise.resolve(facts());
      },
    };
    const cache = cachedFacts(provider, 10, () => t);
    const first = cache.factsFor({ upn: 'a@x' });
    t = 20;
    await cache.factsFor({ upn: 'a@x' }); // the first entry expired: asked again, kept
    rejectFirst(new Error('late'));
    await expect(first).rejects.toThrow('late');
    await cache.factsFor({ upn: 'a@x' });
    expect(calls).toEqual(['a@x', 'a@x']);
  });

  it('a late failure of an entry already evicted is harmless', async () => {
    const calls: string[] = [];
    let rejectFirst: (e: Error) => void = () => undefined;
    const provider: AskerFactsProvider = {
      factsFor: (a) => {
        calls.push(a.upn);
        if (calls.length === 1) return new Promise((_r, reject) => { rejectFirst = reject; });
        return Promise.resolve(facts());
      },
    };
    const cache = cachedFacts(provider, 60_000, () => 0, 1);
    const first = cache.factsFor({ upn: 'a@x' });
    await cache.factsFor({ upn: 'b@x' }); // evicts a
    rejectFirst(new Error('late'));
    await expect(first).rejects.toThrow('late');
    await new Promise((r) => setTimeout(r, 0));
    await cache.factsFor({ upn: 'b@x' });
    expect(calls).toEqual(['a@x', 'b@x']);
  });

  it('shares one lookup between concurrent first questions', async () => {
    const { calls, provider } = counting();
    const cache = cachedFacts(provider, 60_000, () => 0);
    const [a, b] = await Promise.all([cache.factsFor({ upn: 'a@x' }), cache.factsFor({ upn: 'a@x' })]);
    expect(a).toBe(b);
    expect(calls).toEqual(['a@x']);
  });

  it('does not keep a failure', async () => {
    const { calls, provider } = counting(true);
    const cache = cachedFacts(provider, 60_000, () => 0);
    await expect(cache.factsFor({ upn: 'a@x' })).rejects.toThrow('graph busy');
    await expect(cache.factsFor({ upn: 'a@x' })).rejects.toThrow('graph busy');
    expect(calls).toEqual(['a@x', 'a@x']);
  });

  it('keeps at most maxEntries people, dropping the oldest first', async () => {
    const { calls, provider } = counting();
    const cache = cachedFacts(provider, 60_000, () => 0, 2);
    for (const u of ['a', 'b', 'c']) await cache.factsFor({ upn: u });
    await cache.factsFor({ upn: 'c' });
    await cache.factsFor({ upn: 'b' });
    expect(calls).toEqual(['a', 'b', 'c']);
    await cache.factsFor({ upn: 'a' });
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('a refreshed entry counts as new for the eviction order', async () => {
    let t = 0;
    const { calls, provider } = counting();
    const cache = cachedFacts(provider, 10, () => t, 2);
    await cache.factsFor({ upn: 'a' });
    await cache.factsFor({ upn: 'b' });
    t = 20;
    await cache.factsFor({ upn: 'a' }); // expired: asked again, now the newest
    await cache.factsFor({ upn: 'c' }); // evicts b, the oldest
    t = 25;
    await cache.factsFor({ upn: 'a' });
    expect(calls).toEqual(['a', 'b', 'a', 'c']);
  });
});

describe('demoFactsProvider', () => {
  const model = {
    users: [
      { id: 'u1', userPrincipalName: 'Ann@Contoso.com', userType: 'Member' },
      { id: 'u2', userPrincipalName: 'guest_x#EXT#@contoso.com', userType: 'Guest' },
      { id: 'u3', userPrincipalName: 'bob@contoso.com' },
    ],
    roleDefinitions: [{ id: 'rd-gr', displayName: 'Global Reader' }, { id: 'rd-sr', displayName: 'Security Reader' }, { id: 'rd-ua', displayName: 'User Administrator' }],
    groupMembers: [{ groupId: 'g-inner', memberIds: ['u1'] }, { groupId: 'g-outer', memberIds: ['g-inner'] }, { groupId: 'g-loop', memberIds: ['g-outer'] }, { groupId: 'g-outer', memberIds: ['g-loop'] }],
    groupOwners: [{ groupId: 'g-b', ownerIds: ['u1'] }, { groupId: 'g-a', ownerIds: ['u1', 'u3'] }],
    userManagers: [{ userId: 'u3', managerId: 'u1' }, { userId: 'u2', managerId: 'u1' }],
    roleAssignments: [
      { principalId: 'g-outer', roleDefinitionId: 'rd-sr', directoryScopeId: '/' },
      { principalId: 'u1', roleDefinitionId: 'rd-ua', directoryScopeId: '/administrativeUnits/au1' },
      { principalId: 'u1', roleDefinitionId: 'rd-unknown' },
      { principalId: 'u3', roleDefinitionId: 'rd-gr', directoryScopeId: '/' },
    ],
    roleEligibilitySchedules: [
      { principalId: 'u1', roleDefinitionId: 'rd-gr', directoryScopeId: '/' },
      { principalId: 'u1', roleDefinitionId: 'rd-sr', directoryScopeId: '/' },
      { principalId: 'g-inner', roleDefinitionId: 'rd-ua' },
      { principalId: 'u1', roleDefinitionId: 'rd-gr', directoryScopeId: '/administrativeUnits/au2' },
    ],
  } as unknown as TenantModel;
  let provider: AskerFactsProvider;
  beforeEach(() => { provider = demoFactsProvider(model); });

  it('reads roles (direct and through nested groups, tenant-wide only), eligibility, owned groups and reports', async () => {
    expect(await provider.factsFor({ upn: 'ann@contoso.com' })).toEqual({
      objectId: 'u1', userType: 'Member',
      activeRoles: ['Security Reader', 'rd-unknown'],
      eligibleRoles: ['Global Reader', 'User Administrator'],
      ownedGroupIds: ['g-a', 'g-b'],
      directReportIds: ['u2', 'u3'],
    });
  });

  it('finds the asker by object id first, and knows guests', async () => {
    expect((await provider.factsFor({ upn: 'ann@contoso.com', objectId: 'u3' }))).toEqual({
      objectId: 'u3', userType: 'Member', activeRoles: ['Global Reader'], eligibleRoles: [], ownedGroupIds: ['g-a'], directReportIds: [],
    });
    expect(await provider.factsFor({ upn: 'x', objectId: 'u2' })).toEqual({
      objectId: 'u2', userType: 'Guest', activeRoles: [], eligibleRoles: [], ownedGroupIds: [], directReportIds: [],
    });
  });

  it('is undefined for someone not in the tenant', async () => {
    expect(await provider.factsFor({ upn: 'nobody@contoso.com' })).toBeUndefined();
    expect(await provider.factsFor({ upn: 'ann@contoso.com', objectId: 'not-a-user' })).toBeUndefined();
  });

  it('works without manager data', async () => {
    const { userManagers: _ignored, ...rest } = model as unknown as Record<string, unknown>;
    expect(_ignored).toBeDefined();
    expect((await demoFactsProvider(rest as unknown as TenantModel).factsFor({ upn: 'ann@contoso.com' }))?.directReportIds).toEqual([]);
  });
});


describe('graphFactsProvider', () => {
  function fakeGraph(rows: Record<string, Record<string, unknown>[]>) {
    const seen: GraphRequest[] = [];
    return {
      seen,
      execute: async (req: GraphRequest): Promise<GraphResult> => {
        seen.push(req);
        return { source: 'graph', query: req, status: 200, rows: rows[req.id] ?? [], truncated: false, elapsedMs: 0 };
      },
    };
  }

  // Microsoft documents List ownedObjects as "Application: Not supported" (issue 17): app-only facts
  // cannot list owned groups (ownsGroup asks a group for its owners instead); the cast on
  // transitiveMemberOf is an advanced query.
  it('reads the person, their directory roles, eligibility and reports with app-only Graph requests, and does not list owned groups', async () => {
    const graph = fakeGraph({
      asker: [{ id: 'oid-1', userType: 'Guest' }],
      askerRoles: [{ displayName: 'Security Reader' }, { displayName: 'Global Reader' }, { displayName: 'Security Reader' }],
      askerEligibility: [
        { directoryScopeId: '/', roleDefinition: { displayName: 'Security Administrator' } },
        { roleDefinitionId: 'rd-x' },
        { directoryScopeId: '/', roleDefinition: { displayName: 'Global Reader' } },
        { directoryScopeId: '/administrativeUnits/1', roleDefinition: { displayName: 'User Administrator' } },
      ],
      askerOwnedGroups: [{ id: 'g2' }, { id: 'g1' }],
      askerReports: [{ id: 'r1' }],
    });
    const f = await graphFactsProvider(graph).factsFor({ upn: 'Ann@contoso.com' });
    expect(f).toEqual({
      objectId: 'oid-1', userType: 'Guest', activeRoles: ['Global Reader', 'Security Reader'], eligibleRoles: ['Security Administrator', 'rd-x'],
      ownedGroupIds: [], directReportIds: ['r1'],
    });
    expect(graph.seen.map((r) => [r.id, decodeURIComponent(r.path), r.maxRows, r.allowNotFound ?? false, r.method])).toEqual([
      ['asker', '/users/Ann@contoso.com?$select=id,userType', 1, true, 'GET'],
      ['askerRoles', '/users/oid-1/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId&$count=true', 999, false, 'GET'],
      ['askerEligibility', "/roleManagement/directory/roleEligibilitySchedules?$filter=principalId eq 'oid-1'&$expand=roleDefinition", 999, false, 'GET'],
      ['askerReports', '/users/oid-1/directReports?$select=id', 999, false, 'GET'],
    ]);
    expect(graph.seen.every((r) => r.source === 'graph')).toBe(true);
  });

  it('uses the object id when known, a member by default, and is undefined without a usable key or user', async () => {
    const graph = fakeGraph({ asker: [{ id: 'oid-9' }] });
    expect(await graphFactsProvider(graph).factsFor({ upn: 'x@y', objectId: 'oid-9' })).toEqual({
      objectId: 'oid-9', userType: 'Member', activeRoles: [], eligibleRoles: [], ownedGroupIds: [], directReportIds: [],
    });
    expect(decodeURIComponent(graph.seen[0]!.path)).toBe('/users/oid-9?$select=id,userType');
    const none = fakeGraph({});
    expect(await graphFactsProvider(none).factsFor({ upn: 'teams-user-without-at' })).toBeUndefined();
    expect(none.seen).toEqual([]);
    expect(await graphFactsProvider(none).factsFor({ upn: 'gone@contoso.com' })).toBeUndefined();
    expect(none.seen).toHaveLength(1);
  });

  it('ownsGroup reads the group\'s owners (GET /groups/{id}/owners, documented for Application) and finds the asker', async () => {
    const graph = fakeGraph({ askerOwnsGroup: [{ id: 'u1' }, { id: 'oid-1' }] });
    const facts = { objectId: 'oid-1', userType: 'Member' as const, activeRoles: [], eligibleRoles: [], ownedGroupIds: [], directReportIds: [] };
    expect(await graphFactsProvider(graph).ownsGroup!(facts, 'g1')).toBe(true);
    expect(await graphFactsProvider(graph).ownsGroup!({ ...facts, objectId: 'oid-2' }, 'g1')).toBe(false);
    expect(graph.seen.map((r) => [r.id, decodeURIComponent(r.path), r.allowNotFound])).toEqual([
      ['askerOwnsGroup', '/groups/g1/owners?$select=id&$top=999', true],
      ['askerOwnsGroup', '/groups/g1/owners?$select=id&$top=999', true],
    ]);
  });
});

// The categories of src/policy/README.md's table, per KQL table and column (data-reads.ts KQL_TABLES, KQL_COLUMNS, ALL_TABLES):
// a table read under a wrong, empty or no category would pass the gate for someone without the role that reads it (the
// snapshot tables' row removed survived a mutation run while these lived only in kql-tables-categorised.test.ts).
describe('the data categories a KQL query reads', () => {
  const categories = (text: string) => kqlReads({ text }).map((r) => r.category).sort();
  it.each([
    ['AADRiskyUsers', ['risk']], ['AADUserRiskEvents', ['risk']],
    ['AADRiskyServicePrincipals', ['appRisk']], ['AADServicePrincipalRiskEvents', ['appRisk']],
    ['IdentityInfo', ['account', 'accountState', 'directory', 'mfaRegistration', 'risk', 'roleAssignments']], ['SigninLogs', ['signInLogs']], ['AuditLogs', ['auditLogs']],
    ['AADProvisioningLogs', ['auditLogs']], ['MicrosoftGraphActivityLogs', ['auditLogs', 'signInLogs']],
    ['EntraUsers', ['directory']], ['EntraGroupMembership', ['directory']], ['AppRoleAssignmentsIntervals', ['directory']],
  ])('%s is read under exactly %j', (table, expected) => {
    expect(categories(`${table} | take 1`)).toEqual(expected);
  });

  it('a snapshot table\'s account state and last sign-in are their own categories', () => {
    expect(categories('EntraUsers | project AccountEnabled')).toEqual(['accountState', 'directory']);
    expect(categories('EntraUsers | project LastSignInDateTime')).toEqual(['account', 'directory']);
  });

  it.each([
    'union * | take 1', 'union withsource=SourceTable kind=outer * | take 1', 'search "karita"', 'find "karita"',
    'print 1 | search in (Audit*) "karita"',
  ])('%s reads every category of the log store', (text) => {
    expect(categories(text)).toEqual(['account', 'accountState', 'appRisk', 'auditLogs', 'directory', 'mfaRegistration', 'risk', 'roleAssignments', 'signInLogs']);
  });
});
