import { odataString } from '../../sources/graph/odata';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { graphPath } from '../../planning/graph-path';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { chunks, distinct, get } from '../../planning/graph-get';

/** User-consented grants read at most (Graph pages of up to 999). */
export const USER_CONSENT_LIMIT = 5000;
/** Consenting people and client apps looked up for their names (15 a request). */
export const USER_CONSENT_LOOKUP_LIMIT = 150;

/**
 * apps.userConsent: the delegated permission grants a person gave for themselves
 * (`consentType eq 'Principal'`, documented on List oauth2PermissionGrants: `$filter` eq on
 * consentType and clientId), narrowed to one app when the question names it.
 */
export function planUserConsent(ctx: PlanContext): QueryPlan {
  const app = ctx.resolved.app;
  const filter = `consentType eq 'Principal'${app ? ` and clientId eq ${odataString(app.id)}` : ''}`;
  return {
    queries: [get('grants', graphPath('/oauth2PermissionGrants', { $filter: filter, $top: 999 }), { maxRows: USER_CONSENT_LIMIT, reads: ['directory'] })],
  };
}

/**
 * Second round: the client apps (name, owning tenant, publisher), the APIs, the people who
 * consented, and this organization's id (to tell its own apps from other organizations').
 */
export function nextUserConsent(input: AnswerInput): QueryPlan | undefined {
  const grants = graphRows(input, 'grants');
  if (grants.length === 0) return undefined;
  const sps = distinct([...grants.map((g) => g.clientId), ...grants.map((g) => g.resourceId)]).slice(0, USER_CONSENT_LOOKUP_LIMIT);
  const users = distinct(grants.map((g) => g.principalId)).slice(0, USER_CONSENT_LOOKUP_LIMIT);
  return {
    queries: [
      get('organization', graphPath('/organization', { $select: 'id' }), { reads: ['directory'] }),
      ...chunks(sps).map((part, i) => get(`sps${i}`, graphPath('/servicePrincipals', {
        $filter: `id in (${part.map(odataString).join(',')})`, $select: 'id,appId,displayName,appOwnerOrganizationId,verifiedPublisher',
      }), { maxRows: 100, reads: ['directory'] })),
      ...chunks(users).map((part, i) => get(`people${i}`, graphPath('/users', {
        $filter: `id in (${part.map(odataString).join(',')})`, $select: 'id,displayName,userPrincipalName',
      }), { maxRows: 100, reads: ['directory'] })),
    ],
  };
}
