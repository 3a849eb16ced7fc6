/**
 * The Application Insights audit sink when the `applicationinsights` package cannot be loaded:
 * the failure is logged once (setup; the flush and shutdown failures after it are counted, not
 * said again), records are dropped without throwing at the person asking, and close() resolves.
 */
import { describe, expect, it, vi } from 'vitest';
import { appInsightsAuditSink, type AuditRecord } from '../../src/audit';

vi.mock('applicationinsights', () => { throw new Error('package missing'); });

const record: AuditRecord = {
  time: '2026-11-20T12:00:00.000Z', askerObjectId: 'a', tenantId: 't', channel: 'personal', intent: 'users.search',
  queries: [], rowCount: 1, durationMs: 1, outcome: 'table', errorCode: null, authorization: null,
};

describe('Application Insights sink without its package', () => {
  it('logs the setup failure once, drops the records quietly, and closes', async () => {
    const logs: string[] = [];
    const sink = appInsightsAuditSink('InstrumentationKey=00000000-0000-0000-0000-000000000001', (l) => logs.push(l));
    sink.record(record);
    sink.record(record);
    await expect(sink.flush()).resolves.toBeUndefined();
    await expect(sink.close()).resolves.toBeUndefined();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^audit: Application Insights setup failed: \S/);
  });
});
