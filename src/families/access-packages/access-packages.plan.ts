import { odataString } from '../../sources/graph/odata';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { graphPath, segment, EM_BASE } from '../../planning/graph-path';
import { durationMs, type ConcreteWindow } from '../../planning/time';
import type { TimeWindow } from '../../understanding/intent';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { chunks, distinct, get } from '../../planning/graph-get';
import { requireRef } from '../../planning/require';

export const ASSIGNMENT_LIMIT = 5000;
const ASSIGNMENT_EXPAND = 'target,accessPackage($select=id,displayName),assignmentPolicy($select=id,displayName)';

export function planAccessPackages(ctx: PlanContext): QueryPlan {
  const catalog = ctx.intent.slots.catalog;
  if (catalog) {
    return {
      queries: [get('catalogs', graphPath(`${EM_BASE}/catalogs`, {
        $filter: `displayName eq ${odataString(catalog)}`, $expand: 'accessPackages',
      }), { maxRows: 100, reads: ['entitlement'] })],
    };
  }
  return { queries: [get('packages', graphPath(`${EM_BASE}/accessPackages`, { $expand: 'catalog', $top: 999 }), { maxRows: 2000, reads: ['entitlement'] })] };
}

/** The package with its resources, and its assignment policies (approvers, expiration). */
export function planAccessPackageDetails(ctx: PlanContext): QueryPlan {
  const ap = requireRef(ctx, 'accessPackage');
  return {
    queries: [
      get('package', graphPath(`${EM_BASE}/accessPackages/${segment(ap.id)}`, { $expand: 'catalog,resourceRoleScopes($expand=role,scope)' }), { reads: ['entitlement'] }),
      get('policies', graphPath(`${EM_BASE}/assignmentPolicies`, { $filter: `accessPackage/id eq ${odataString(ap.id)}` }), { maxRows: 100, reads: ['entitlement'] }),
    ],
  };
}

/**
 * Second round of accessPackage.details: the names of approvers given only by id. Graph documents
 * `description` on singleUser and groupMembers as "The name of the user/group in Microsoft Entra
 * ID" (read-only), so an approver that carries one needs no lookup: with every approver named, the
 * answer takes two sequential round trips instead of three (issue 21).
 */
export function nextAccessPackageDetails(input: AnswerInput): QueryPlan | undefined {
  const users: string[] = [];
  const groups: string[] = [];
  for (const policy of graphRows(input, 'policies')) {
    for (const approver of policyApprovers(policy)) {
      if (typeof approver.description === 'string' && approver.description.trim() !== '') continue;
      if (typeof approver.userId === 'string') users.push(approver.userId);
      if (typeof approver.groupId === 'string') groups.push(approver.groupId);
    }
  }
  if (users.length === 0 && groups.length === 0) return undefined;
  const byId = (kind: 'users' | 'groups', ids: string[]) => chunks(distinct(ids)).map((part, i) => get(`approvers.${kind}${i}`, graphPath(`/${kind}`, {
    $filter: `id in (${part.map(odataString).join(',')})`, $select: kind === 'users' ? 'id,displayName,userPrincipalName' : 'id,displayName',
  }), { reads: ['directory'], shared: true }));
  return { queries: [...byId('users', users), ...byId('groups', groups)] };
}

/** Every approver object of every approval stage of a policy. */
export function policyApprovers(policy: Record<string, unknown>): Record<string, unknown>[] {
  const settings = policy.requestApprovalSettings as { stages?: unknown } | undefined;
  const stages = Array.isArray(settings?.stages) ? (settings.stages as Record<string, unknown>[]) : [];
  return stages.flatMap((s) => [
    ...(Array.isArray(s.primaryApprovers) ? (s.primaryApprovers as Record<string, unknown>[]) : []),
    ...(Array.isArray(s.fallbackPrimaryApprovers) ? (s.fallbackPrimaryApprovers as Record<string, unknown>[]) : []),
  ]);
}

function assignmentFilter(ctx: PlanContext, defaultState?: string): string {
  const clauses: string[] = [];
  const ap = ctx.resolved.accessPackage;
  if (ap) clauses.push(`accessPackage/id eq ${odataString(ap.id)}`);
  const state = ctx.intent.slots.state ?? defaultState;
  if (state) clauses.push(`state eq ${odataString(state)}`);
  return clauses.join(' and ');
}

export function planAccessPackageAssignments(ctx: PlanContext): QueryPlan {
  return {
    queries: [get('assignments', graphPath(`${EM_BASE}/assignments`, {
      $filter: assignmentFilter(ctx), $expand: ASSIGNMENT_EXPAND, $top: 999,
    }), { maxRows: ASSIGNMENT_LIMIT, reads: ['entitlement'] })],
  };
}

export const EXPIRING_DEFAULT = 'P30D';

/** The future window of assignments.expiring: a `last` duration is read as "the next …". */
export function expiringWindow(window: TimeWindow | undefined, now: Date): ConcreteWindow {
  if (window && 'from' in window) return { from: new Date(window.from), to: new Date(window.to) };
  return { from: now, to: new Date(now.getTime() + durationMs(window?.last ?? EXPIRING_DEFAULT)) };
}

/** Delivered assignments; the expiration date (schedule/expiration/endDateTime) is compared in the answer. */
export function planAssignmentsExpiring(ctx: PlanContext): QueryPlan {
  return {
    queries: [get('assignments', graphPath(`${EM_BASE}/assignments`, {
      $filter: assignmentFilter(ctx, 'delivered'), $expand: ASSIGNMENT_EXPAND, $top: 999,
    }), { maxRows: ASSIGNMENT_LIMIT, reads: ['entitlement'] })],
    sourceNote: 'Microsoft Graph entitlement management assignments; the expiration date of each delivered assignment is compared with the window.',
  };
}

export function planPendingRequests(ctx: PlanContext): QueryPlan {
  const clauses = ["state eq 'pendingApproval'"];
  const ap = ctx.resolved.accessPackage;
  if (ap) clauses.push(`accessPackage/id eq ${odataString(ap.id)}`);
  return {
    queries: [get('requests', graphPath(`${EM_BASE}/assignmentRequests`, {
      $filter: clauses.join(' and '), $expand: 'requestor,accessPackage($select=id,displayName)', $top: 999,
    }), { maxRows: 2000, reads: ['entitlement'] })],
  };
}
