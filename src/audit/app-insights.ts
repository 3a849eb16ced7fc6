/**
 * The audit trail to Application Insights: one custom event (`EntraAskQuestion`) per question,
 * with the same fields as the JSON line (never the answer's data). Uses the `applicationinsights`
 * package's TelemetryClient with its own, isolated OpenTelemetry providers: no auto-collection,
 * no live metrics, no offline storage, no patching of the process's HTTP stack.
 */
import type { AuditRecord, AuditSink } from './audit-log';

export const AUDIT_EVENT_NAME = 'EntraAskQuestion';

/** The event's properties (strings) and measurements (numbers). */
export function auditEventOf(e: AuditRecord): { properties: Record<string, string>; measurements: Record<string, number> } {
  return {
    properties: {
      time: e.time, askerObjectId: e.askerObjectId ?? '', tenantId: e.tenantId, channel: e.channel,
      intent: e.intent ?? '', outcome: e.outcome, errorCode: e.errorCode ?? '',
      authorization: e.authorization ? `${e.authorization.decision}:${e.authorization.category}:${e.authorization.by}` : '',
      queries: JSON.stringify(e.queries),
    },
    measurements: { rowCount: e.rowCount, durationMs: e.durationMs, queryCount: e.queries.length },
  };
}

export function appInsightsAuditSink(connectionString: string, log: (line: string) => void): AuditSink {
  let failures = 0;
  const fail = (what: string, err: unknown) => {
    failures += 1;
    if (failures === 1 || failures % 100 === 0) log(`audit: Application Insights ${what} failed: ${(err as Error)?.message ?? String(err)}`);
  };
  // Loaded on first use: the package is large, and most runs never configure it.
  const client = import('applicationinsights').then(({ TelemetryClient }) => {
    const c = new TelemetryClient(connectionString, { useGlobalProviders: false });
    c.config.azureMonitorOpenTelemetryOptions = {
      azureMonitorExporterOptions: { connectionString, disableOfflineStorage: true },
      enableLiveMetrics: false, enableAutoCollectPerformance: false, enableAutoCollectExceptions: false,
    };
    return c;
  });
  let pending: Promise<unknown> = client.catch((err) => fail('setup', err));
  return {
    record(entry) {
      pending = pending.then(() => client).then((c) => c.trackEvent({ name: AUDIT_EVENT_NAME, ...auditEventOf(entry) })).catch((err) => fail('tracking', err));
    },
    async flush() {
      await pending;
      await client.then((c) => c.flush()).catch((err) => fail('flush', err));
    },
    async close() {
      await this.flush();
      await client.then((c) => c.shutdown()).catch((err) => fail('shutdown', err));
    },
  };
}
