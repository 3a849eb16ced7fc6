/**
 * Sign-ins by MFA requirement and device compliance (issue 16), over the generated tenant served
 * by the demo Graph endpoint: the rows are exactly the tenant's own sign-ins of the window that
 * match, MFA requirement is filtered by Graph on beta (the only version with
 * authenticationRequirement; v1.0 refuses it), device compliance on the rows (Graph documents no
 * filter on deviceDetail/isCompliant).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequest } from '../../../src/sources/graph/capabilities';
import { planSignInSummary } from '../../../src/families/sign-ins/sign-in-summary.plan';
import { kqlSignInConditions } from '../../../src/planning/kql-text';
import type { GraphObject } from '../../../src/demo/model';
import type { Slots } from '../../../src/understanding/intent';
import { startRealTenant, TENANT, type RealTenant } from '../real-tenant';

let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

const now = Date.parse(TENANT.anchorTime);
const window = { from: new Date(now - 86_400_000).toISOString(), to: new Date(now).toISOString() };

function inWindow(s: GraphObject): boolean {
  const at = Date.parse(String(s['createdDateTime']));
  return at >= Date.parse(window.from) && at <= Date.parse(window.to);
}
const device = (s: GraphObject): Record<string, unknown> => (s['deviceDetail'] ?? {}) as Record<string, unknown>;
const failed = (s: GraphObject): boolean => ((s['status'] ?? {}) as Record<string, unknown>)['errorCode'] !== 0;

async function rowsOf(name: 'signIns.list' | 'signIns.failures', slots: Slots): Promise<{ count: number; paths: string[]; summary: string; title: string }> {
  const out = await t.ask({ name, slots: { window, ...slots } });
  return { count: out.answer.rows.length, paths: out.queries.map((q) => (q.source === 'graph' ? q.url : q.text)), summary: out.answer.summary, title: out.answer.title };
}

describe('sign-ins without MFA / that required MFA', () => {
  it.each([
    ['singleFactor', 'singleFactorAuthentication'],
    ['multiFactor', 'multiFactorAuthentication'],
  ] as const)('%s: exactly the sign-ins whose authenticationRequirement is %s, filtered by Graph beta', async (slot, value) => {
    const expected = t.signIns.filter((s) => inWindow(s) && s['authenticationRequirement'] === value).length;
    const all = t.signIns.filter(inWindow).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(all);
    const got = await rowsOf('signIns.list', { authRequirement: slot });
    expect(got.count).toBe(Math.min(expected, 500));
    expect(got.paths.join('\n')).toContain(`/beta/auditLogs/signIns?$filter=`);
    expect(decodeURIComponent(got.paths.join('\n'))).toContain(`authenticationRequirement eq '${value}'`);
    expect(got.title).toMatch(slot === 'singleFactor' ? /without MFA/ : /required MFA/);
  });

  it('v1.0 has no authenticationRequirement: the capability table refuses the filter there, beta takes it', () => {
    const url = "/auditLogs/signIns?$filter=authenticationRequirement eq 'singleFactorAuthentication'";
    expect(checkRequest({ method: 'GET', url: `/v1.0${url}`, headers: {} }, 'delegated').violations.map((v) => v.kind)).toContain('unsupportedFilter');
    expect(checkRequest({ method: 'GET', url: `/beta${url}`, headers: {} }, 'delegated').violations).toEqual([]);
  });
});

describe('sign-ins from (non-)compliant devices', () => {
  it.each([[false], [true]] as const)('deviceCompliant %s: exactly the matching sign-ins of the window, kept from the rows', async (compliant) => {
    const expected = t.signIns.filter((s) => inWindow(s) && (device(s)['isCompliant'] === true) === compliant).length;
    expect(expected).toBeGreaterThan(0);
    const got = await rowsOf('signIns.list', { deviceCompliant: compliant });
    expect(got.count).toBe(Math.min(expected, 500));
    expect(decodeURIComponent(got.paths.join('\n'))).not.toContain('isCompliant');
    expect(got.title).toContain(compliant ? 'from compliant devices' : 'from non-compliant devices');
  });

  it('failed sign-ins from non-compliant devices without MFA: all three constraints at once', async () => {
    const expected = t.signIns.filter((s) => inWindow(s) && failed(s) && device(s)['isCompliant'] !== true
      && s['authenticationRequirement'] === 'singleFactorAuthentication').length;
    const got = await rowsOf('signIns.failures', { deviceCompliant: false, authRequirement: 'singleFactor' });
    expect(got.count).toBe(Math.min(expected, 500));
  });
});

describe('the KQL answers (signIns.summary, privileged.signIns) apply them in SigninLogs', () => {
  it('AuthenticationRequirement and DeviceDetail.isCompliant lines, unknown devices not compliant', () => {
    expect(kqlSignInConditions({})).toEqual([]);
    expect(kqlSignInConditions({ authRequirement: 'singleFactor', deviceCompliant: false })).toEqual([
      '| where AuthenticationRequirement == "singleFactorAuthentication"', '| where tostring(DeviceDetail.isCompliant) != "true"',
    ]);
    expect(kqlSignInConditions({ authRequirement: 'multiFactor', deviceCompliant: true })).toEqual([
      '| where AuthenticationRequirement == "multiFactorAuthentication"', '| where tostring(DeviceDetail.isCompliant) == "true"',
    ]);
    const plan = planSignInSummary({ intent: { name: 'signIns.summary', slots: { authRequirement: 'singleFactor', deviceCompliant: false } }, resolved: {}, asker: { upn: 'a@b.c' }, now: new Date(now), tenantId: 't' });
    const text = (plan.queries[0] as { text: string }).text;
    expect(text).toContain('AuthenticationRequirement == "singleFactorAuthentication"');
    expect(text).toContain('tostring(DeviceDetail.isCompliant) != "true"');
  });
});
