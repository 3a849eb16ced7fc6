import { graphPath } from '../../planning/graph-path';
import { get } from '../../planning/graph-get';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import type { AnswerInput } from '../../answers/answer-input';
import { graphRows } from '../../answers/answer-input';
import { odataString } from '../../sources/graph/odata';

/**
 * policies.conditionalAccess: every policy (a tenant has few; state and exclusions are filtered
 * in the answer so each filter can be named), and, for "exclude the break-glass accounts", the
 * configured emergency-access accounts by UPN.
 */
export function planConditionalAccess(ctx: PlanContext): QueryPlan {
  const queries = [get('policies', '/identity/conditionalAccess/policies', { maxRows: 1000, reads: ['conditionalAccess'] })];
  const breakGlass = ctx.breakGlassAccounts ?? [];
  if (ctx.intent.slots.excludes === 'breakGlass' && breakGlass.length > 0) {
    queries.push(get('breakGlass', graphPath('/users', {
      $filter: `userPrincipalName in (${breakGlass.slice(0, 15).map(odataString).join(',')})`, $select: 'id,displayName,userPrincipalName',
    }), { reads: ['directory'] }));
  }
  return { queries };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Second round: the names of the users the policies exclude (ids only in the policies). */
export function nextConditionalAccess(input: AnswerInput): QueryPlan | undefined {
  if (input.results.has('excluded')) return undefined;
  const ids = new Set<string>();
  for (const p of graphRows(input, 'policies')) {
    const users = ((p.conditions as Record<string, unknown> | undefined)?.users ?? {}) as Record<string, unknown>;
    for (const id of (Array.isArray(users.excludeUsers) ? users.excludeUsers : []) as unknown[]) if (typeof id === 'string' && GUID.test(id)) ids.add(id);
  }
  if (ids.size === 0) return undefined;
  return { queries: [get('excluded', graphPath('/users', { $filter: `id in (${[...ids].slice(0, 15).map(odataString).join(',')})`, $select: 'id,displayName,userPrincipalName' }), { reads: ['directory'] })] };
}
