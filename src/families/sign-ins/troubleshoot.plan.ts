import { odataString } from '../../sources/graph/odata';
import { graphPath, segment } from '../../planning/graph-path';
import { concreteWindow, isoSeconds } from '../../planning/time';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { requireRef } from '../../planning/require';

/** How far back a diagnosis looks unless the person says otherwise. */
export const TROUBLESHOOT_WINDOW = 'P7D';

/**
 * Everything helpdesk looks at when someone can't sign in: the account's state, the latest
 * sign-in attempts (with Conditional Access and MFA details), MFA registration and user risk.
 */
export function planTroubleshoot(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  const window = concreteWindow(ctx.intent.slots.window, ctx.now, TROUBLESHOOT_WINDOW);
  const id = segment(user.id);
  return {
    queries: [
      { source: 'graph', reads: ['directory', 'account', 'accountState'], id: 'user', method: 'GET', path: graphPath(`/users/${id}`, { $select: 'id,displayName,userPrincipalName,accountEnabled,lastPasswordChangeDateTime,signInActivity' }) },
      {
        // Beta: whether a sign-in used MFA (authenticationRequirement, mfaDetail) is beta-only, and the
        // lockout and compromise reasoning needs it (issue 17: v1.0 answers do not carry it).
        source: 'graph', reads: ['signInLogs'], id: 'signIns', method: 'GET', maxRows: 200, version: 'beta',
        path: graphPath('/auditLogs/signIns', {
          $filter: `userId eq ${odataString(user.id)} and createdDateTime ge ${isoSeconds(window.from)} and createdDateTime le ${isoSeconds(window.to)}`,
          $top: 200,
        }),
      },
      { source: 'graph', reads: ['mfaRegistration'], id: 'registration', method: 'GET', path: `/reports/authenticationMethods/userRegistrationDetails/${id}`, allowNotFound: true },
      { source: 'graph', reads: ['risk'], id: 'risk', method: 'GET', path: `/identityProtection/riskyUsers/${id}`, allowNotFound: true },
    ],
    sourceNote: 'Microsoft Graph: the user, sign-in logs (beta, for whether MFA was used), MFA registration and Identity Protection.',
  };
}
