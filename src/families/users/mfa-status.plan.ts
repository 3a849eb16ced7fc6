import { odataString } from '../../sources/graph/odata';
import { graphPath, segment } from '../../planning/graph-path';
import { get } from '../../planning/graph-get';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';

export const REGISTRATION_LIMIT = 20_000;

/**
 * users.mfaStatus: Graph's registration report (`/reports/authenticationMethods/userRegistrationDetails`),
 * filtered by Graph where it documents the filter (`userType eq`, `isMfaRegistered eq`,
 * `methodsRegistered/any(m:m eq …)`); a group narrows it through the group's transitive user members.
 */
export function planMfaStatus(ctx: PlanContext): QueryPlan {
  const s = ctx.intent.slots;
  const clauses: string[] = [];
  if (s.userType) clauses.push(`userType eq ${odataString(s.userType)}`);
  if (s.registered !== undefined) clauses.push(`isMfaRegistered eq ${s.registered ? 'true' : 'false'}`);
  if (s.method) clauses.push(`methodsRegistered/any(m:m eq ${odataString(s.method)})`);
  const queries = [get('registration', graphPath('/reports/authenticationMethods/userRegistrationDetails', { $filter: clauses.join(' and ') }), { maxRows: REGISTRATION_LIMIT, reads: ['mfaRegistration'] })];
  const group = ctx.resolved.group;
  if (group) {
    queries.push(get('members', graphPath(`/groups/${segment(group.id)}/transitiveMembers/microsoft.graph.user`, { $select: 'id', $top: 999, $count: 'true' }), { maxRows: REGISTRATION_LIMIT, eventual: true, reads: ['directory'] }));
  }
  return {
    queries,
    sourceNote: "Microsoft Graph userRegistrationDetails (the authentication methods registration report). Microsoft's page: it does not cover disabled users.",
  };
}
