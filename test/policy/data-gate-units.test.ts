/**
 * data-gate.ts on its own, with a hand-written policy and facts (no tenant, no runtime): which
 * exceptions hold, what the gate allows, whether an owner sees nested groups, what a plan keeps,
 * strips and withholds, and what the answer then loses and says ("Not shown"), word for word.
 * The contract is data-gate.ts' header and src/policy/README.md ("Permissions by the data read").
 * Part of the `policy` mutation module's tests (test/mutation/modules.mjs).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/answer';
import type { PlannedQuery, QueryPlan } from '../../src/planning/query-plan';
import type { AskerFacts } from '../../src/policy/asker-facts';
import type * as GateModule from '../../src/policy/data-gate';
import type { DataGate, GatedPlan } from '../../src/policy/data-gate';
import type { CategoryRule, Policy } from '../../src/policy/policy';

// Loaded in a hook (as policy-units.test.ts does): a fault that makes loading throw fails every
// test here instead of leaving a file with no tests.
let exceptionsHolding: typeof GateModule.exceptionsHolding;
let dataGate: typeof GateModule.dataGate;
let gatePlan: typeof GateModule.gatePlan;
let redactAnswer: typeof GateModule.redactAnswer;
let loadError: unknown;
beforeAll(async () => {
  try {
    ({ exceptionsHolding, dataGate, gatePlan, redactAnswer } = await import('../../src/policy/data-gate.js'));
  } catch (err) {
    loadError = err;
  }
});
beforeEach(() => {
  if (loadError !== undefined) throw loadError;
});

const rule = (over: Partial<CategoryRule> & { title: string }): CategoryRule => ({
  needs: [], roles: [], scopedRoles: [], exceptions: [], ownerSeesNested: false, ...over,
});

/**
 * A small policy: help for everyone; the directory for members or two roles (self and owner extend to it); account data
 * for three roles (self and manager); sign-in logs (self only); risk (no exception, no members: never self-service);
 * device activity open to members but with no exception. `group.details` has both a self and an owner slot.
 */
function policy(directory: Partial<CategoryRule> | null = {}): Policy {
  const categories: Record<string, CategoryRule> = {
    public: rule({ title: 'help', everyone: true }),
    account: rule({ title: 'account details', needs: ['Helpdesk Administrator', 'Reports Reader', 'Global Reader'], roles: ['Helpdesk Administrator', 'Reports Reader', 'Global Reader'], exceptions: ['self', 'manager'] }),
    accountState: rule({ title: 'account state', needs: ['Helpdesk Administrator', 'Global Reader'], roles: ['Helpdesk Administrator', 'Global Reader'], exceptions: ['self', 'manager'] }),
    signInLogs: rule({ title: 'sign-in logs', needs: ['Reports Reader'], roles: ['Reports Reader', 'Global Reader'], exceptions: ['self'] }),
    risk: rule({ title: 'identity risk', needs: ['Security Reader', 'Global Reader'], roles: ['Security Reader', 'Global Reader'] }),
    deviceActivity: rule({ title: 'devices\' last sign-in time', members: true, needs: ['Global Reader'], roles: ['Global Reader'] }),
  };
  if (directory) categories['directory'] = rule({ title: 'directory data', members: true, needs: ['Directory Readers'], roles: ['Directory Readers', 'Global Reader'], exceptions: ['self', 'owner'], ...directory });
  const intents = {
    'user.details': { category: 'account', self: 'user', manager: 'user' },
    'group.members': { category: 'directory', owner: 'group' },
    'group.details': { category: 'directory', self: 'user', owner: 'group' },
    'riskyUsers.list': { category: 'risk' },
  };
  return { version: 1, categories, intents: intents as unknown as Policy['intents'] };
}
const POLICY = policy();

const facts = (over: Partial<AskerFacts> = {}): AskerFacts => ({
  objectId: 'me', userType: 'Member', activeRoles: [], eligibleRoles: [], ownedGroupIds: ['mine'], directReportIds: ['report'], ...over,
});
const user = (id: string) => ({ kind: 'user' as const, id, displayName: id });
const group = (id: string) => ({ kind: 'group' as const, id, displayName: id });

describe('the exceptions that hold for a question', () => {
  it('self, manager or none by the user the question is about', () => {
    expect(exceptionsHolding(POLICY, 'user.details', facts(), { user: user('me') })).toEqual(['self']);
    expect(exceptionsHolding(POLICY, 'user.details', facts(), { user: user('report') })).toEqual(['manager']);
    expect(exceptionsHolding(POLICY, 'user.details', facts(), { user: user('someone') })).toEqual([]);
  });

  it('owner by the group, only on an intent with an owner slot', () => {
    expect(exceptionsHolding(POLICY, 'group.members', facts(), { group: group('mine') })).toEqual(['owner']);
    expect(exceptionsHolding(POLICY, 'group.members', facts(), { group: group('theirs') })).toEqual([]);
    // No self slot on group.members: being the user named does not count; no owner slot on user.details.
    expect(exceptionsHolding(POLICY, 'group.members', facts(), { user: user('me'), group: group('theirs') })).toEqual([]);
    expect(exceptionsHolding(POLICY, 'user.details', facts(), { user: user('someone'), group: group('mine') })).toEqual([]);
  });

  it('several at once, in the order self, owner, manager', () => {
    expect(exceptionsHolding(POLICY, 'group.details', facts(), { user: user('me'), group: group('mine') })).toEqual(['self', 'owner']);
  });

  it('none for an unknown asker, for an intent the policy does not map, or for a slot nothing resolved', () => {
    expect(exceptionsHolding(POLICY, 'user.details', undefined, { user: user('me') })).toEqual([]);
    expect(exceptionsHolding(POLICY, 'users.search', facts(), { user: user('me'), group: group('mine') })).toEqual([]);
    expect(exceptionsHolding(POLICY, 'user.details', facts(), {})).toEqual([]);
    expect(exceptionsHolding(POLICY, 'group.members', facts(), {})).toEqual([]);
  });
});

describe('what the gate allows', () => {
  it('help to anyone, even an asker the tenant does not know; nothing else to them', () => {
    const g = dataGate(POLICY, 'user.details', undefined, { user: user('me') });
    expect(g.allows('public')).toBe(true);
    expect(g.allows('directory')).toBe(false);
    expect(g.exceptions).toEqual([]);
  });

  it('never a category the policy does not name, whatever the roles', () => {
    expect(dataGate(POLICY, 'user.details', facts({ activeRoles: ['Global Reader', 'Global Administrator'] }), {}).allows('nonsense')).toBe(false);
  });

  it('a category by one of its roles held actively, among others; a PIM-eligible role counts for nothing', () => {
    const roles = dataGate(POLICY, 'riskyUsers.list', facts({ userType: 'Guest', activeRoles: ['Teams Administrator', 'Security Reader'] }), {});
    expect(roles.allows('risk')).toBe(true);
    expect(roles.allows('signInLogs')).toBe(false);
    expect(dataGate(POLICY, 'riskyUsers.list', facts({ activeRoles: ['Teams Administrator'], eligibleRoles: ['Security Reader'] }), {}).allows('risk')).toBe(false);
  });

  it('a members\' category to a member, not to a guest', () => {
    expect(dataGate(POLICY, 'riskyUsers.list', facts(), {}).allows('directory')).toBe(true);
    expect(dataGate(POLICY, 'riskyUsers.list', facts({ userType: 'Guest' }), {}).allows('directory')).toBe(false);
    // A category not open to members stays closed to one.
    expect(dataGate(POLICY, 'riskyUsers.list', facts(), {}).allows('signInLogs')).toBe(false);
  });

  it('a category by an exception of the question only when the category lists it (risk lists none)', () => {
    const self = dataGate(POLICY, 'user.details', facts({ userType: 'Guest' }), { user: user('me') });
    expect(['account', 'accountState', 'signInLogs', 'directory'].map((c) => self.allows(c))).toEqual([true, true, true, true]);
    expect(self.allows('risk')).toBe(false);
    expect(self.allows('deviceActivity')).toBe(false);
    const manager = dataGate(POLICY, 'user.details', facts({ userType: 'Guest' }), { user: user('report') });
    expect(['account', 'accountState', 'signInLogs', 'directory'].map((c) => manager.allows(c))).toEqual([true, true, false, false]);
  });

  it('one exception the category lists is enough when several hold', () => {
    const g = dataGate(POLICY, 'group.details', facts({ userType: 'Guest' }), { user: user('me'), group: group('mine') });
    expect(g.exceptions).toEqual(['self', 'owner']);
    expect(g.allows('account')).toBe(true);
  });
});

describe('whether an owner sees the groups nested in their group', () => {
  const nested = (p: Policy, f: AskerFacts | undefined, intent: 'group.members' | 'group.details' = 'group.members', self = false) =>
    dataGate(p, intent, f, { group: group('mine'), ...(self ? { user: user('me') } : {}) }).nested;

  it('not when they read the directory only as the group\'s owner (policy default: direct members)', () => {
    expect(nested(POLICY, facts({ userType: 'Guest' }))).toBe(false);
    expect(nested(policy({ ownerSeesNested: true }), facts({ userType: 'Guest' }))).toBe(true);
    // A policy with no directory category: nothing extends to nested groups.
    expect(nested(policy(null), facts({ userType: 'Guest' }))).toBe(false);
  });

  it('yes when they read the directory by right: as a member, or by a directory role held among others', () => {
    expect(nested(POLICY, facts())).toBe(true);
    expect(nested(POLICY, facts({ userType: 'Guest', activeRoles: ['Teams Administrator', 'Directory Readers'] }))).toBe(true);
    // A directory not open to members: a member owner is an owner only.
    expect(nested(policy({ members: false }), facts())).toBe(false);
    expect(nested(policy({ members: false }), facts({ activeRoles: ['Teams Administrator', 'Directory Readers'] }))).toBe(true);
  });

  it('yes when the question is about themselves too, when the owner exception does not hold, and for an unknown asker', () => {
    expect(nested(POLICY, facts({ userType: 'Guest' }), 'group.details', true)).toBe(true);
    expect(nested(POLICY, facts({ userType: 'Guest', ownedGroupIds: [] }))).toBe(true);
    expect(nested(POLICY, undefined)).toBe(true);
  });
});

/** A gate that allows the categories named, with the nesting given. */
const gateOf = (allowed: string[], nested = true): DataGate => ({ allows: (c) => allowed.includes(c), exceptions: [], nested });
const graph = (id: string, path: string, reads?: string[]): PlannedQuery => ({ source: 'graph', id, method: 'GET', path, ...(reads ? { reads: reads as never } : {}) });
const kql = (id: string, text: string): PlannedQuery => ({ source: 'kql', id, text });
const plan = (...queries: PlannedQuery[]): QueryPlan => ({ queries, sourceNote: 'why this source' });

describe('a plan through the gate', () => {
  it('queries that read only allowed categories run as planned, with the plan\'s source note', () => {
    const p = plan(graph('u', '/users?$select=id%2CdisplayName,accountEnabled&$top=5', ['directory', 'accountState']), kql('k', 'SigninLogs | take 1'));
    const gated = gatePlan(p, gateOf(['directory', 'accountState', 'signInLogs']));
    expect(gated).toEqual({ plan: p, withheld: [], placeholders: new Map(), removed: [] });
  });

  it('a Graph query denied only through selected properties runs without them; its declared reads lose their categories', () => {
    const gated = gatePlan(plan(graph('u', '/users?$top=5&$select=id,displayName,accountEnabled,signInActivity&$count=true', ['directory', 'accountState', 'account'])), gateOf(['directory']));
    expect(gated.plan).toEqual(plan(graph('u', '/users?$top=5&$select=id,displayName&$count=true', ['directory'])));
    expect(gated.removed).toEqual([{ property: 'accountEnabled', category: 'accountState' }, { property: 'signInActivity', category: 'account' }]);
    expect(gated.withheld).toEqual([]);
    expect(gated.placeholders.size).toBe(0);
    // No declared reads: none are added.
    expect(gatePlan(plan(graph('u', '/users?$select=id,accountEnabled')), gateOf(['directory'])).plan.queries).toStrictEqual([graph('u', '/users?$select=id')]);
  });

  it('selected properties are found however the option is written: any case, encoded, spaced, whatever precedes the query', () => {
    const strip = (path: string) => gatePlan(plan(graph('u', path)), gateOf(['directory'])).plan.queries.map((q) => q.source === 'graph' && q.path);
    expect(strip('/users?$SELECT=id,ACCOUNTENABLED')).toEqual(['/users?$select=id']);
    expect(strip('/users?%24select=id,accountEnabled')).toEqual(['/users?$select=id']);
    expect(strip('/users?$select=id%2C%20accountEnabled%20,mail')).toEqual(['/users?$select=id,mail']);
    expect(strip('/users?$select=id,+accountEnabled')).toEqual(['/users?$select=id']);
    expect(strip('?$select=id,accountEnabled')).toEqual(['?$select=id']);
    // Other options stay as written, a parameter that only begins like $select included.
    expect(strip('/users?$filter=startswith(displayName,%27a%27)&$select=accountEnabled,id&$selectx=1')).toEqual(['/users?$filter=startswith(displayName,%27a%27)&$select=id&$selectx=1']);
    expect(strip('/users?$select=accountEnabled,id&$selectx&$count')).toEqual(['/users?$select=id&$selectx&$count']);
  });

  it('an owner limited to direct members gets direct member lists instead of transitive ones, Graph only', () => {
    const paths = (nested: boolean) => gatePlan(plan(
      graph('a', '/groups/g/transitiveMembers'),
      graph('b', '/groups/g/transitiveMembers?$select=id'),
      graph('c', '/groups/g/transitiveMembers/microsoft.graph.user'),
      graph('d', '/users/u/transitiveMemberOf'),
      graph('e', '/users/u/transitiveMemberOf?$top=5'),
      graph('f', '/users/u/transitiveMemberOf/microsoft.graph.group'),
      graph('g', '/groups/g/transitiveMembersX'),
      kql('k', 'print 1'),
    ), gateOf(['directory'], nested)).plan.queries.map((q) => (q.source === 'graph' ? q.path : q.text));
    expect(paths(false)).toEqual([
      '/groups/g/members', '/groups/g/members?$select=id', '/groups/g/members/microsoft.graph.user',
      '/users/u/memberOf', '/users/u/memberOf?$top=5', '/users/u/memberOf/microsoft.graph.group', '/groups/g/transitiveMembersX', 'print 1',
    ]);
    expect(paths(true)).toEqual([
      '/groups/g/transitiveMembers', '/groups/g/transitiveMembers?$select=id', '/groups/g/transitiveMembers/microsoft.graph.user',
      '/users/u/transitiveMemberOf', '/users/u/transitiveMemberOf?$top=5', '/users/u/transitiveMemberOf/microsoft.graph.group', '/groups/g/transitiveMembersX', 'print 1',
    ]);
  });

  it('any other denied query does not run: an empty result stands in (Graph: 403), and its denied categories are named once', () => {
    const risk = graph('risk', '/identityProtection/riskyUsers');
    const both = graph('both', '/users?$select=id,accountEnabled&$filter=signInActivity/lastSignInDateTime le 2026-01-01T00:00:00Z');
    const logs = kql('logs', 'SigninLogs | join (AuditLogs) on CorrelationId');
    const declared = graph('declared', '/users?$select=id', ['directory', 'risk']);
    const gated = gatePlan(plan(risk, both, logs, declared), gateOf(['directory']));
    expect(gated.plan).toEqual(plan());
    expect(gated.withheld).toEqual([
      { id: 'risk', categories: ['risk'] }, { id: 'both', categories: ['accountState', 'account'] },
      { id: 'logs', categories: ['signInLogs', 'auditLogs'] }, { id: 'declared', categories: ['risk'] },
    ]);
    expect(gated.removed).toEqual([]);
    expect(gated.placeholders).toEqual(new Map([
      ['risk', { source: 'graph', query: risk, status: 403, rows: [], truncated: false, elapsedMs: 0 }],
      ['both', { source: 'graph', query: both, status: 403, rows: [], truncated: false, elapsedMs: 0 }],
      ['logs', { source: 'kql', query: logs, columns: [], rows: [], truncated: false, elapsedMs: 0 }],
      ['declared', { source: 'graph', query: declared, status: 403, rows: [], truncated: false, elapsedMs: 0 }],
    ]));
  });

  it('a KQL query that reads a denied column does not run: only Graph $select properties can be left out', () => {
    const gated = gatePlan(plan(kql('users', 'EntraUsers | project DisplayName, AccountEnabled')), gateOf(['directory']));
    expect(gated.withheld).toEqual([{ id: 'users', categories: ['accountState'] }]);
    expect(gated.plan.queries).toEqual([]);
  });
});

const answer = (over: Partial<Answer> = {}): Answer => ({
  kind: 'table', title: 'Users', summary: '2 users', columns: ['displayName', 'accountEnabled', 'mail'], columnTitles: ['Name', 'Enabled', 'Mail'],
  rows: [['A', true, 'a@x'], ['B', false, 'b@x']], facts: [{ title: 'Name', value: 'A' }, { title: 'Account enabled', value: 'Yes' }], followUps: ['next'], ...over,
});
const removedProps = (...props: [string, string][]): GatedPlan => ({
  plan: plan(), withheld: [], placeholders: new Map(), removed: props.map(([property, category]) => ({ property, category: category as never })),
});
const withheldCats = (...categories: string[]): GatedPlan => ({ plan: plan(), withheld: [{ id: 'q', categories: categories as never }], placeholders: new Map(), removed: [] });

describe('the answer after the gate', () => {
  it('is the answer itself when nothing was left out', () => {
    const a = answer();
    expect(redactAnswer(a, [], POLICY)).toBe(a);
    expect(redactAnswer(a, [removedProps(), withheldCats()], POLICY)).toBe(a);
  });

  it('loses the columns (and their titles) and facts of removed properties and says what was not shown', () => {
    const red = redactAnswer(answer({ sections: [{ title: 'Earlier', text: 'kept' }] }), [removedProps(['accountEnabled', 'accountState'])], POLICY);
    expect(red).toEqual({
      kind: 'table', title: 'Users', summary: '2 users', columns: ['displayName', 'mail'], columnTitles: ['Name', 'Mail'],
      rows: [['A', 'a@x'], ['B', 'b@x']], facts: [{ title: 'Name', value: 'A' }], followUps: ['next'],
      sections: [{ title: 'Earlier', text: 'kept' }, { title: 'Not shown', bullets: ['Account state: not shown — it needs the Helpdesk Administrator or Global Reader role.'] }],
      notShown: ['accountState'],
    });
  });

  it('without column titles, and with nothing to drop, the columns, rows and facts stay', () => {
    const untitled: Answer = { kind: 'table', title: 'Users', summary: '1 user', columns: ['displayName', 'mail'], rows: [['A', 'a@x']], facts: [], followUps: [] };
    const red = redactAnswer(untitled, [withheldCats('risk')], POLICY);
    expect(red.columns).toEqual(['displayName', 'mail']);
    expect(red.rows).toEqual([['A', 'a@x']]);
    expect(red).not.toHaveProperty('columnTitles');
    expect(red.sections).toEqual([{ title: 'Not shown', bullets: ['Identity risk: not shown — it needs the Security Reader or Global Reader role (never shown without that role, not even about yourself).'] }]);
    expect(red.notShown).toEqual(['risk']);
  });

  it('names the categories of withheld queries first, then of removed properties, each once', () => {
    const red = redactAnswer(answer(), [withheldCats('risk', 'signInLogs'), removedProps(['signInActivity', 'account'], ['lastPasswordChangeDateTime', 'account']), withheldCats('risk')], POLICY);
    expect(red.notShown).toEqual(['risk', 'signInLogs', 'account']);
    expect(red.sections?.at(-1)?.bullets).toEqual([
      'Identity risk: not shown — it needs the Security Reader or Global Reader role (never shown without that role, not even about yourself).',
      'Sign-in logs: not shown — it needs the Reports Reader role.',
      'Account details: not shown — it needs the Helpdesk Administrator, Reports Reader or Global Reader role.',
    ]);
  });

  it('says "never without that role" only of a category with no exception that is not open to members', () => {
    const red = redactAnswer(answer(), [withheldCats('deviceActivity', 'signInLogs')], POLICY);
    expect(red.sections?.at(-1)?.bullets).toEqual([
      'Devices\' last sign-in time: not shown — it needs the Global Reader role.',
      'Sign-in logs: not shown — it needs the Reports Reader role.',
    ]);
  });

  // The gate allows no category its policy does not name (dataGate), so no role would show it.
  it('a category the policy does not name is named as it is, and no role is offered', () => {
    const red = redactAnswer(answer(), [withheldCats('entitlement')], POLICY);
    expect(red.sections?.at(-1)?.bullets).toEqual(['Entitlement: not shown — no role the policy names reads it.']);
  });

  // Each removed property takes the columns and facts the answers show it under (src/families: users, users-search,
  // users-access answers), by name, in any case; a property the table does not know takes its own column only.
  it.each([
    ['accountEnabled', ['accountEnabled', 'Enabled'], ['Account enabled', 'Enabled']],
    ['signInActivity', ['lastSignIn', 'lastSignInDateTime', 'lastNonInteractiveSignInDateTime', 'signInActivity'], ['Last sign-in', 'Last interactive sign-in', 'Last non-interactive sign-in', 'Last successful sign-in']],
    ['lastPasswordChangeDateTime', ['lastPasswordChangeDateTime', 'passwordLastChanged'], ['Password last changed', 'Password last set']],
    ['approximateLastSignInDateTime', ['approximateLastSignInDateTime'], ['Last sign-in']],
    ['mobilePhone', ['mobilePhone'], []],
  ])('%s removed: columns %j and facts %j go', (property, columns, titles) => {
    const all = ['displayName', 'accountEnabled', 'enabled', 'lastSignIn', 'lastSignInDateTime', 'lastNonInteractiveSignInDateTime', 'signInActivity', 'lastPasswordChangeDateTime', 'passwordLastChanged', 'approximateLastSignInDateTime', 'mobilePhone'];
    const allTitles = ['Name', 'Account enabled', 'Enabled', 'Last sign-in', 'Last interactive sign-in', 'Last non-interactive sign-in', 'Last successful sign-in', 'Password last changed', 'Password last set'];
    const red = redactAnswer(answer({ columns: all, columnTitles: undefined, rows: [all], facts: allTitles.map((title) => ({ title, value: 'x' })) }), [removedProps([property.toUpperCase(), 'account'])], POLICY);
    const gone = new Set(columns.map((c) => c.toLowerCase()));
    expect(red.columns).toEqual(all.filter((c) => !gone.has(c.toLowerCase())));
    expect(red.rows).toEqual([all.filter((c) => !gone.has(c.toLowerCase()))]);
    expect(red.facts.map((f) => f.title)).toEqual(allTitles.filter((t) => !titles.includes(t)));
  });

  it('loses every column when each shows a removed property', () => {
    const red = redactAnswer(answer({ columns: ['accountEnabled'], columnTitles: ['Enabled'], rows: [[true], [false]] }), [removedProps(['accountEnabled', 'accountState'])], POLICY);
    expect([red.columns, red.columnTitles, red.rows]).toEqual([[], [], [[], []]]);
  });

  it('keeps a chart on the columns that stay, with its axes renumbered; drops it when an axis column goes', () => {
    const chart = { type: 'bar' as const, x: 2, y: 3 };
    const cols = { columns: ['accountEnabled', 'displayName', 'department', 'count'], columnTitles: undefined, rows: [[true, 'A', 'D', 1]] };
    expect(redactAnswer(answer({ ...cols, chart }), [removedProps(['accountEnabled', 'accountState'])], POLICY).chart).toEqual({ type: 'bar', x: 1, y: 2 });
    expect(redactAnswer(answer({ ...cols, chart: { type: 'bar', x: 0, y: 3 } }), [removedProps(['accountEnabled', 'accountState'])], POLICY)).not.toHaveProperty('chart');
    expect(redactAnswer(answer({ ...cols, chart: { type: 'bar', x: 3, y: 0 } }), [removedProps(['accountEnabled', 'accountState'])], POLICY)).not.toHaveProperty('chart');
    // Nothing dropped: the chart stays as it was; no chart: none appears.
    expect(redactAnswer(answer({ ...cols, chart }), [withheldCats('risk')], POLICY).chart).toEqual(chart);
    expect(redactAnswer(answer(cols), [removedProps(['accountEnabled', 'accountState'])], POLICY)).not.toHaveProperty('chart');
  });
});
