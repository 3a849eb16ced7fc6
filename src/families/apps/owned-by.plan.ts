import type { Answer } from '../../answers/answer';
import { delegatedOnlyAnswer } from '../../answers/delegated-only';
import { graphPath, segment } from '../../planning/graph-path';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { get } from '../../planning/graph-get';
import { requireRef } from '../../planning/require';

/** Owned app registrations / enterprise apps read at most. */
export const OWNED_APPS_LIMIT = 1000;

/** App-only mode: List ownedObjects is delegated only ("Application: Not supported"), so apps.ownedBy says so. */
export function refuseAppsOwnedBy(ctx: PlanContext): Answer | undefined {
  return delegatedOnlyAnswer(ctx, {
    what: `the applications ${ctx.resolved.user?.displayName ?? 'a person'} owns`, apis: ['List ownedObjects'],
    links: [{ title: 'List ownedObjects (Microsoft Graph)', url: 'https://learn.microsoft.com/graph/api/user-list-ownedobjects' }],
    followUps: ['Show me apps outside my tenant'],
  });
}

/**
 * apps.ownedBy: a person's owned directory objects cast to app registrations
 * (`microsoft.graph.application`) and to enterprise apps (`microsoft.graph.servicePrincipal`) —
 * Entra keeps the two owner lists apart, so both are read.
 */
export function planAppsOwnedBy(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  const base = `/users/${segment(user.id)}/ownedObjects`;
  return {
    queries: [
      get('registrations', graphPath(`${base}/microsoft.graph.application`, {
        $select: 'id,appId,displayName,signInAudience,createdDateTime,passwordCredentials,keyCredentials', $top: 999,
      }), { maxRows: OWNED_APPS_LIMIT, reads: ['directory'] }),
      get('enterpriseApps', graphPath(`${base}/microsoft.graph.servicePrincipal`, {
        $select: 'id,appId,displayName,appOwnerOrganizationId,servicePrincipalType', $top: 999,
      }), { maxRows: OWNED_APPS_LIMIT, reads: ['directory'] }),
    ],
  };
}
