import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphObject } from '../../../src/demo/model';
import { column, startRealTenant, TENANT, userOf, type RealTenant } from '../real-tenant';

/**
 * user.directReports, users.mfaStatus and users.deleted through the real pipeline over the demo
 * Graph endpoint; every expected value is computed from the generated tenant model.
 */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

const DAY = 86_400_000;
const now = Date.parse(TENANT.anchorTime);
const name = (id: string): string => String(t.model.users.find((u) => u.id === id)?.['displayName']);
const reportsOf = (id: string): string[] => t.model.userManagers.filter((m) => m.managerId === id).map((m) => m.userId);

describe('user.directReports', () => {
  it("Megan's direct reports: /users/{id}/directReports, exactly the model's reports of Megan", async () => {
    const megan = userOf(t.model, 'megan');
    const out = await t.ask({ name: 'user.directReports', slots: { user: 'Megan' } });
    // the name lookup first, then the question's own request
    expect(out.queries.slice(1).map((q) => (q.source === 'graph' ? q.url.split('?')[0] : ''))).toEqual([`https://graph.microsoft.com/v1.0/users/${megan.id}/directReports`]);
    const expected = reportsOf(megan.id).map(name).sort();
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(expected).toContain('Karita Lehtonen');
    expect([...column(out.answer, 'displayName')].sort()).toEqual(expected);
    expect(out.answer.title).toBe('Direct reports of Megan Bowen');
    expect(out.answer.summary).toContain(`${expected.length} direct reports`);
  });

  it('everyone under Megan (transitive): the whole chain below her, with levels, as the model has it', async () => {
    const megan = userOf(t.model, 'megan');
    const levels = new Map<string, number>();
    let frontier = [megan.id];
    for (let level = 1; frontier.length > 0; level++) {
      frontier = frontier.flatMap(reportsOf).filter((id) => !levels.has(id));
      for (const id of frontier) levels.set(id, level);
    }
    // the story: a chain under Megan (her team lead has reports of their own)
    expect([...levels.values()].some((l) => l >= 2)).toBe(true);
    const out = await t.ask({ name: 'user.directReports', slots: { user: 'Megan', transitive: true } });
    const last = out.queries.at(-1)!;
    expect(last).toMatchObject({ source: 'graph', url: expect.stringContaining('/v1.0/users?$select=') });
    expect(decodeURIComponent(last.source === 'graph' ? last.url : '')).toContain('$expand=manager($select=id)');
    const names = column(out.answer, 'displayName');
    expect([...names].sort()).toEqual([...levels.keys()].map(name).sort());
    const byName = new Map(names.map((n, i) => [n, column(out.answer, 'level')[i]]));
    for (const [id, level] of levels) expect(byName.get(name(id)), name(id)).toBe(level);
    const direct = [...levels.values()].filter((l) => l === 1).length;
    expect(out.answer.summary).toContain(`${levels.size} people under Megan Bowen: ${direct} direct, ${levels.size - direct} further down`);
  });

  it('someone with no reports gets an empty answer that says so', async () => {
    const karita = userOf(t.model, 'karita');
    expect(reportsOf(karita.id)).toEqual([]);
    const out = await t.ask({ name: 'user.directReports', slots: { user: 'karita@woodgrovebank.com' } });
    expect(out.answer.kind).toBe('empty');
    expect(out.answer.summary).toBe('Karita Lehtonen has no direct reports.');
  });
});

const registration = (): readonly GraphObject[] => t.model.userRegistrationDetails;
// Graph's page: the registration report does not cover disabled users (the demo serves what the model holds).

describe('users.mfaStatus', () => {
  it('"which users haven\'t registered MFA": Graph filters isMfaRegistered eq false; every such user of the model, and only those', async () => {
    const out = await t.ask({ name: 'users.mfaStatus', slots: { registered: false } });
    expect(out.queries).toEqual([{ source: 'graph', method: 'GET', url: 'https://graph.microsoft.com/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=isMfaRegistered%20eq%20false' }]);
    const expected = registration().filter((r) => r['isMfaRegistered'] === false).map((r) => String(r['userPrincipalName'])).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect([...column(out.answer, 'userPrincipalName')].sort()).toEqual(expected);
    expect(out.answer.summary).toContain(`: 0 registered for MFA, ${expected.length} not`);
  });

  it('MFA registration in Finance Department: the group\'s transitive user members only, registered or not', async () => {
    const group = t.model.groups.find((g) => g['displayName'] === 'Finance Department')!;
    const members = new Set(t.model.groupMembers.find((m) => m.groupId === group.id)!.memberIds);
    const out = await t.ask({ name: 'users.mfaStatus', slots: { group: 'Finance Department' } });
    const expected = registration().filter((r) => members.has(r.id));
    expect(expected.length).toBeGreaterThan(0);
    expect([...column(out.answer, 'userPrincipalName')].sort()).toEqual(expected.map((r) => String(r['userPrincipalName'])).sort());
    const registered = expected.filter((r) => r['isMfaRegistered'] === true).length;
    expect(out.answer.summary).toContain(`${registered} registered for MFA, ${expected.length - registered} not`);
    expect(out.answer.title).toBe('MFA registration in Finance Department');
  });

  it('"who still uses SMS": methodsRegistered/any(m:m eq \'mobilePhone\'), the model\'s phone users', async () => {
    const out = await t.ask({ name: 'users.mfaStatus', slots: { method: 'mobilePhone' } });
    expect(decodeURIComponent(out.queries[0]!.source === 'graph' ? out.queries[0]!.url : '')).toContain("$filter=methodsRegistered/any(m:m eq 'mobilePhone')");
    const expected = registration().filter((r) => (r['methodsRegistered'] as string[]).includes('mobilePhone')).map((r) => String(r['userPrincipalName'])).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect([...column(out.answer, 'userPrincipalName')].sort()).toEqual(expected);
  });
});

describe('users.deleted', () => {
  const deleted = (): readonly GraphObject[] => t.model.deletedUsers;

  it('lists every deleted user of the model, most recent first, each restorable until 30 days after its deletion', async () => {
    const out = await t.ask({ name: 'users.deleted', slots: {} });
    expect(out.queries.map((q) => (q.source === 'graph' ? q.url.split('?')[0] : ''))).toEqual(['https://graph.microsoft.com/v1.0/directory/deletedItems/microsoft.graph.user']);
    const expected = [...deleted()].sort((a, b) => Date.parse(String(b['deletedDateTime'])) - Date.parse(String(a['deletedDateTime'])));
    expect(column(out.answer, 'displayName')).toEqual(expected.map((u) => u['displayName']));
    // nothing in deleted items is older than 30 days (Graph deletes them for good), so each can be restored
    for (const u of expected) expect(Date.parse(String(u['deletedDateTime']))).toBeGreaterThan(now - 30 * DAY);
    expect(column(out.answer, 'canRestore').every((c) => String(c).startsWith('Yes'))).toBe(true);
    // deleted users are not in the directory any more
    const live = new Set(t.model.users.map((u) => u.id));
    expect(expected.some((u) => live.has(u.id))).toBe(false);
    // the story: Lynne Robbins was deleted 28 days ago and has two days left
    const lynne = column(out.answer, 'displayName').indexOf('Lynne Robbins');
    expect(column(out.answer, 'canRestore')[lynne]).toMatch(/^Yes, (1 day|2 days) left$/);
  });

  it('a window keeps the deletions in it; a name answers "can Miriam still be restored?"', async () => {
    const week = await t.ask({ name: 'users.deleted', slots: { window: { last: 'P7D' } } });
    const expected = deleted().filter((u) => Date.parse(String(u['deletedDateTime'])) >= now - 7 * DAY).map((u) => u['displayName']);
    expect([...column(week.answer, 'displayName')].sort()).toEqual([...expected].sort());
    expect(expected).toContain('Miriam Graham');
    expect(expected).not.toContain('Lynne Robbins');
    const miriam = await t.ask({ name: 'users.deleted', slots: { user: 'Miriam' } });
    expect(column(miriam.answer, 'displayName')).toEqual(['Miriam Graham']);
    const m = deleted().find((u) => u['displayName'] === 'Miriam Graham')!;
    const left = Math.floor((Date.parse(String(m['deletedDateTime'])) + 30 * DAY - now) / DAY);
    expect(column(miriam.answer, 'canRestore')).toEqual([`Yes, ${left} days left`]);
    const nobody = await t.ask({ name: 'users.deleted', slots: { user: 'Alain' } });
    expect(nobody.answer.kind).toBe('empty');
    expect(nobody.answer.summary).toContain('No deleted user matches "Alain"');
  });
});
