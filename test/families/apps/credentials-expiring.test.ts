import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphObject } from '../../../src/demo/model';
import { column, startRealTenant, TENANT, type RealTenant } from '../real-tenant';

/** apps.credentialsExpiring through the real pipeline, checked against the generated tenant's own applications. */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

const DAY = 86_400_000;
const now = Date.parse(TENANT.anchorTime);

function credentialsOf(apps: readonly GraphObject[]): { app: string; name: string; type: string; end: number }[] {
  return apps.flatMap((a) => [
    ...(a['passwordCredentials'] as { displayName: string; endDateTime: string }[]).map((c) => ({ app: String(a['displayName']), name: c.displayName, type: 'Client secret', end: Date.parse(c.endDateTime) })),
    ...(a['keyCredentials'] as { displayName: string; endDateTime: string }[]).map((c) => ({ app: String(a['displayName']), name: c.displayName, type: 'Certificate', end: Date.parse(c.endDateTime) })),
  ]);
}

describe('apps.credentialsExpiring', () => {
  it('asks Graph for the app registrations with their secrets and certificates', async () => {
    const out = await t.ask({ name: 'apps.credentialsExpiring', slots: {} });
    expect(out.queries).toEqual([{ source: 'graph', method: 'GET', url: 'https://graph.microsoft.com/v1.0/applications?$select=id,appId,displayName,passwordCredentials,keyCredentials&$top=999' }]);
  });

  it('by default: every credential expired or ending in the next 30 days, soonest first, as the model has them', async () => {
    const expected = credentialsOf(t.model.applications).filter((c) => c.end < now + 30 * DAY).sort((a, b) => a.end - b.end);
    const { answer } = await t.ask({ name: 'apps.credentialsExpiring', slots: {} });
    expect(answer.kind).toBe('table');
    expect(column(answer, 'app')).toEqual(expected.map((c) => c.app));
    expect(column(answer, 'type')).toEqual(expected.map((c) => c.type));
    // the story: the HR connector's certificate and a payroll secret run out within the month, the legacy tool's certificate has expired
    expect(expected.some((c) => c.app === 'HR Provisioning Connector' && c.type === 'Certificate' && c.end > now)).toBe(true);
    expect(expected.some((c) => c.app === 'Woodgrove Payroll Sync' && c.type === 'Client secret' && c.end > now)).toBe(true);
    expect(expected.some((c) => c.app === 'Legacy Expense Tool' && c.type === 'Certificate' && c.end < now)).toBe(true);
    const expired = expected.filter((c) => c.end <= now).length;
    expect(answer.summary).toContain(`${expired} expired, ${expected.length - expired} still valid`);
    expect(column(answer, 'status').filter((s) => String(s).startsWith('Expired'))).toHaveLength(expired);
  });

  it('"expired" keeps only the credentials that have ended; a future window only those ending in it', async () => {
    const all = credentialsOf(t.model.applications);
    const expired = await t.ask({ name: 'apps.credentialsExpiring', slots: { state: 'expired' } });
    expect(expired.answer.rows).toHaveLength(all.filter((c) => c.end <= now).length);
    const from = new Date(now).toISOString();
    const to = new Date(now + 14 * DAY).toISOString();
    const soon = await t.ask({ name: 'apps.credentialsExpiring', slots: { window: { from, to } } });
    expect(column(soon.answer, 'credential')).toEqual(all.filter((c) => c.end >= now && c.end < now + 14 * DAY).sort((a, b) => a.end - b.end).map((c) => c.name));
  });

  it('an app named in the question narrows it to that app', async () => {
    const { answer } = await t.ask({ name: 'apps.credentialsExpiring', slots: { app: 'HR Provisioning Connector' } });
    expect(answer.title).toContain('of HR Provisioning Connector');
    expect(new Set(column(answer, 'app'))).toEqual(new Set(['HR Provisioning Connector']));
  });
});
