import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphObject } from '../../../src/demo/model';
import { column, startRealTenant, upn, type RealTenant } from '../real-tenant';

/** audit.forObject through the real pipeline, checked against the generated tenant's audit log. */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

const targets = (a: GraphObject): { id: string; displayName: string }[] => a['targetResources'] as { id: string; displayName: string }[];
const byTime = (a: GraphObject, b: GraphObject): number => String(b['activityDateTime']).localeCompare(String(a['activityDateTime']));

describe('audit.forObject', () => {
  it('asks the audit log for the events whose targets include the group, over the 30 days it keeps', async () => {
    const group = t.model.groups.find((g) => g['displayName'] === 'Mortgage Pilot Team')!;
    const out = await t.ask({ name: 'audit.forObject', slots: { group: 'Mortgage Pilot Team' } });
    const audit = out.queries.find((q) => q.source === 'graph' && q.url.includes('/auditLogs/directoryAudits'));
    expect(audit).toMatchObject({ url: expect.stringContaining(`targetResources/any(t:%20t/id%20eq%20'${group.id}')%20and%20activityDateTime%20ge%202026-10-21T12:00:00Z`) });
    const expected = t.model.directoryAudits.filter((a) => targets(a).some((x) => x.id === group.id)).sort(byTime);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(column(out.answer, 'activity')).toEqual(expected.map((a) => a['activityDisplayName']));
  });

  it('"who created it": only the creation, with who did it and when', async () => {
    const group = t.model.groups.find((g) => g['displayName'] === 'Mortgage Pilot Team')!;
    const created = t.model.directoryAudits.filter((a) => a['activityDisplayName'] === 'Add group' && targets(a).some((x) => x.id === group.id));
    expect(created).toHaveLength(1);
    const { answer } = await t.ask({ name: 'audit.forObject', slots: { group: 'Mortgage Pilot Team', activity: 'created' } });
    expect(column(answer, 'activity')).toEqual(['Add group']);
    const by = (created[0]!['initiatedBy'] as { user: { userPrincipalName: string } }).user.userPrincipalName;
    expect(by).toBe(upn('megan'));
    expect(answer.summary).toContain(`Mortgage Pilot Team was created by ${by}`);
  });

  it('a group older than the log: says when it was created and that its creator is no longer logged', async () => {
    const finance = t.model.groups.find((g) => g['displayName'] === 'Finance Department')!;
    expect(t.model.directoryAudits.some((a) => a['activityDisplayName'] === 'Add group' && targets(a).some((x) => x.id === finance.id))).toBe(false);
    const { answer } = await t.ask({ name: 'audit.forObject', slots: { group: 'Finance Department', activity: 'created' } });
    expect(answer.kind).toBe('empty');
    expect(answer.summary).toContain(`Finance Department was created on ${String(finance['createdDateTime']).slice(0, 10)}`);
  });

  it('a role is looked up by its template id, as the audit log names it', async () => {
    const out = await t.ask({ name: 'audit.forObject', slots: { role: 'Global Administrator' } });
    expect(out.queries.find((q) => q.source === 'graph' && q.url.includes('/auditLogs/'))).toMatchObject({ url: expect.stringContaining("t/id%20eq%20'62e90394-69f5-4237-9190-012177145e10'") });
    const expected = t.model.directoryAudits.filter((a) => targets(a).some((x) => x.id === '62e90394-69f5-4237-9190-012177145e10')).sort(byTime);
    expect(column(out.answer, 'activity')).toEqual(expected.map((a) => a['activityDisplayName']));
  });

  it('an app is looked up by its enterprise app id and by its name (the registration is logged under another id)', async () => {
    const sp = t.model.servicePrincipals.find((s) => s['displayName'] === 'Woodgrove Backup Automation')!;
    const { answer, queries } = await t.ask({ name: 'audit.forObject', slots: { app: 'Woodgrove Backup Automation' } });
    expect(queries.filter((q) => q.source === 'graph' && q.url.includes('/auditLogs/'))).toHaveLength(2);
    const expected = t.model.directoryAudits.filter((a) => targets(a).some((x) => x.id === sp.id || x.displayName === 'Woodgrove Backup Automation'));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(answer.rows).toHaveLength(expected.length);
    // one of them only by name: the registration's credential update
    expect(expected.some((a) => !targets(a).some((x) => x.id === sp.id))).toBe(true);
  });

  it('the deleted group is in the audit log: created and deleted by Adele', () => {
    const events = t.model.directoryAudits.filter((a) => targets(a).some((x) => x.displayName === 'Temp - Contractor Onboarding')).sort(byTime);
    expect(events.map((a) => a['activityDisplayName'])).toEqual(['Delete group', 'Add group']);
    expect(t.model.groups.some((g) => g['displayName'] === 'Temp - Contractor Onboarding')).toBe(false);
  });
});
