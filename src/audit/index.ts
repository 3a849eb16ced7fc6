import type { Settings } from '../config/settings';
import { appInsightsAuditSink } from './app-insights';
import { dailyFile, fileAuditSink, NO_AUDIT, teeSinks, type AuditSink } from './audit-log';

export { auditRecordOf, dailyFile, fileAuditSink, NO_AUDIT, teeSinks, verbRecord, withAudit } from './audit-log';
export type { AuditRecord, AuditSink, AuditVerb } from './audit-log';
export { appInsightsAuditSink, auditEventOf, AUDIT_EVENT_NAME } from './app-insights';

/** The audit sinks the settings ask for (AUDIT_LOG; Application Insights when configured). */
export function createAuditSink(settings: Settings, log: (line: string) => void): AuditSink {
  const sinks: AuditSink[] = [];
  const a = settings.audit;
  if (a.kind === 'dir') sinks.push(fileAuditSink(dailyFile(a.dir), log));
  if (a.kind === 'file') sinks.push(fileAuditSink(() => a.file, log));
  if (settings.appInsightsConnectionString) sinks.push(appInsightsAuditSink(settings.appInsightsConnectionString, log));
  if (sinks.length === 0) return NO_AUDIT;
  return sinks.length === 1 ? sinks[0] as AuditSink : teeSinks(sinks);
}
