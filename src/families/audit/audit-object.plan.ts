import { odataString } from '../../sources/graph/odata';
import { graphPath, segment } from '../../planning/graph-path';
import type { DirectoryRef, EntityKind, PlanContext } from '../../planning/entities';
import type { GraphRequest, QueryPlan } from '../../planning/query-plan';
import { get } from '../../planning/graph-get';
import { kqlString } from '../../kql/literal';
import { concreteWindow, durationMs } from '../../planning/time';
import { kqlWindow } from '../../planning/kql-text';
import { AUDIT_ROW_LIMIT, AUDIT_SOURCE, AUDITS, auditWindowClauses } from '../../planning/audits';

/** The directory audit log keeps 30 days: "who created X" looks at all of it unless a window is given. */
export const AUDIT_OBJECT_DEFAULT_WINDOW = 'P30D';
/** How far back Graph's directory audit log reaches; older windows are asked of the log store (KQL AuditLogs). */
export const GRAPH_AUDIT_RETENTION_MS = durationMs('P30D');
/** The AuditLogs columns the KQL plan projects, in the order the answer reads them. */
export const AUDIT_KQL_COLUMNS = ['ActivityDateTime', 'ActivityDisplayName', 'Category', 'InitiatedBy', 'TargetResources', 'Result', 'Id'] as const;

/** The object a question is about, in the order a question names them most specifically. */
export function auditObject(ctx: Pick<PlanContext, 'resolved'>): { kind: EntityKind; ref: DirectoryRef } | undefined {
  for (const kind of ['group', 'app', 'role', 'accessPackage', 'user'] as const) {
    const ref = ctx.resolved[kind];
    if (ref) return { kind, ref };
  }
  return undefined;
}

/** The id the audit log uses for the object: roles are logged by their template id. */
function auditId(kind: EntityKind, ref: DirectoryRef): string {
  return kind === 'role' ? ref.templateId ?? ref.id : ref.id;
}

/**
 * audit.forObject: the audit events whose targets include one object (`targetResources/any(t:
 * t/id eq …)`, documented on List directoryAudits), newest first, over the log's 30 days by
 * default; for an app also by its name (its registration is logged under another id); for a
 * group or user also the object's creation date, to say when it was created if that is older
 * than the log. The activity asked for (created, deleted, updated) is matched in the answer:
 * Graph has only `eq` and `startsWith` on activityDisplayName.
 */
export function planAuditForObject(ctx: PlanContext): QueryPlan {
  const target = auditObject(ctx);
  if (!target) return { queries: [] };
  const window = concreteWindow(ctx.intent.slots.window, ctx.now, AUDIT_OBJECT_DEFAULT_WINDOW);
  if (window.from.getTime() < ctx.now.getTime() - GRAPH_AUDIT_RETENTION_MS - 60_000) return planAuditForObjectKql(ctx, target.kind, target.ref);
  const when = auditWindowClauses(ctx, AUDIT_OBJECT_DEFAULT_WINDOW);
  const events = (id: string, clause: string): GraphRequest =>
    get(id, graphPath(AUDITS, { $filter: [clause, ...when].join(' and '), $top: 1000 }), { maxRows: AUDIT_ROW_LIMIT, reads: ['auditLogs'] });
  const queries: GraphRequest[] = [events('audits', `targetResources/any(t: t/id eq ${odataString(auditId(target.kind, target.ref))})`)];
  if (target.kind === 'app') queries.push(events('auditsByName', `targetResources/any(t: t/displayName eq ${odataString(target.ref.displayName)})`));
  if (target.kind === 'group') queries.push(get('object', graphPath(`/groups/${segment(target.ref.id)}`, { $select: 'id,displayName,createdDateTime' }), { allowNotFound: true, reads: ['directory'] }));
  if (target.kind === 'user') queries.push(get('object', graphPath(`/users/${segment(target.ref.id)}`, { $select: 'id,displayName,createdDateTime' }), { allowNotFound: true, reads: ['directory'] }));
  return { queries, sourceNote: AUDIT_SOURCE };
}

/**
 * A window reaching past Graph's 30 days: the same question over the log store's AuditLogs (as
 * Log Analytics keeps them), the object found by its id (or, for an app, its name) anywhere in
 * TargetResources.
 */
function planAuditForObjectKql(ctx: PlanContext, kind: EntityKind, ref: DirectoryRef): QueryPlan {
  const window = concreteWindow(ctx.intent.slots.window, ctx.now, AUDIT_OBJECT_DEFAULT_WINDOW);
  const match = kind === 'app'
    ? `| where tostring(TargetResources) contains ${kqlString(auditId(kind, ref))} or tostring(TargetResources) contains ${kqlString(ref.displayName)}`
    : `| where tostring(TargetResources) contains ${kqlString(auditId(kind, ref))}`;
  const text = ['AuditLogs', kqlWindow(window), match, `| project ${AUDIT_KQL_COLUMNS.join(', ')}`, '| order by ActivityDateTime desc', `| take ${AUDIT_ROW_LIMIT}`].join('\n');
  return {
    queries: [{ source: 'kql', reads: ['auditLogs'], id: 'auditsKql', text, maxRows: AUDIT_ROW_LIMIT }],
    sourceNote: 'KQL over AuditLogs: Graph keeps the directory audit log for 30 days; the log store keeps it longer.',
  };
}
