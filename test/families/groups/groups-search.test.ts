import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphObject } from '../../../src/demo/model';
import { column, startRealTenant, TENANT, type RealTenant } from '../real-tenant';

/** groups.search through the real pipeline over the strict demo endpoint, checked against the generated tenant's groups. */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

const now = Date.parse(TENANT.anchorTime);
const types = (g: GraphObject): string[] => (g['groupTypes'] as string[]) ?? [];
const names = (gs: readonly GraphObject[]): string[] => gs.map((g) => String(g['displayName'])).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

describe('groups.search', () => {
  it('security groups: securityEnabled eq true, Microsoft 365 groups left out', async () => {
    const out = await t.ask({ name: 'groups.search', slots: { groupType: 'security' } });
    expect(out.queries.at(-1)).toMatchObject({ url: expect.stringContaining('/groups?$filter=securityEnabled%20eq%20true&') });
    const expected = t.model.groups.filter((g) => g['securityEnabled'] === true && !types(g).includes('Unified'));
    expect(column(out.answer, 'displayName')).toEqual(names(expected));
    expect(out.answer.title).toBe('Security groups');
  });

  it.each([
    ['microsoft365', (g: GraphObject) => types(g).includes('Unified'), "groupTypes/any(c:c%20eq%20'Unified')"],
    ['dynamic', (g: GraphObject) => types(g).includes('DynamicMembership'), "groupTypes/any(c:c%20eq%20'DynamicMembership')"],
    ['roleAssignable', (g: GraphObject) => g['isAssignableToRole'] === true, 'isAssignableToRole%20eq%20true'],
    ['mailEnabled', (g: GraphObject) => g['mailEnabled'] === true, 'mailEnabled%20eq%20true'],
  ] as const)('%s groups, filtered by Graph', async (groupType, keep, filter) => {
    const out = await t.ask({ name: 'groups.search', slots: { groupType } });
    expect(out.queries.at(-1)).toMatchObject({ url: expect.stringContaining(`$filter=${filter}`) });
    const expected = t.model.groups.filter(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(column(out.answer, 'displayName')).toEqual(names(expected));
  });

  it('groups created this month: newest first, the creation date applied to what Graph returned', async () => {
    const from = new Date(now - 30 * 86_400_000).toISOString();
    const out = await t.ask({ name: 'groups.search', slots: { createdWithin: { last: 'P30D' } } });
    expect(out.queries.at(-1)).toMatchObject({ url: expect.not.stringContaining('createdDateTime%20ge') });
    const expected = t.model.groups.filter((g) => String(g['createdDateTime']) >= from).sort((a, b) => String(b['createdDateTime']).localeCompare(String(a['createdDateTime'])));
    expect(expected.map((g) => g['displayName'])).toContain('Mortgage Pilot Team');
    expect(column(out.answer, 'displayName')).toEqual(expected.map((g) => g['displayName']));
    expect(out.answer.summary).toContain(`${t.model.groups.length} groups checked for the creation date`);
  });

  it('a word of the name is a $search with ConsistencyLevel, matching the words of group names', async () => {
    const out = await t.ask({ name: 'groups.search', slots: { nameContains: 'finance' } });
    expect(out.queries.at(-1)).toMatchObject({ url: expect.stringContaining('$search=%22displayName:finance%22') });
    const expected = t.model.groups.filter((g) => String(g['displayName']).toLowerCase().split(/[^a-z0-9]+/).some((w) => w.startsWith('finance')));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(column(out.answer, 'displayName')).toEqual(names(expected));
  });
});
