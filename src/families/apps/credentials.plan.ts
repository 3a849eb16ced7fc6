import { graphPath } from '../../planning/graph-path';
import { get } from '../../planning/graph-get';
import type { QueryPlan } from '../../planning/query-plan';

/**
 * apps.credentialsExpiring: every app registration with its client secrets (`passwordCredentials`)
 * and certificates (`keyCredentials`); the answer keeps those ending in the window (default: the
 * next 30 days, and those already expired). Graph cannot filter credentials by end date on v1.0
 * without advanced queries, and a tenant has few registrations, so the window is applied here.
 */
export function planCredentialsExpiring(): QueryPlan {
  return {
    queries: [get('registrations', graphPath('/applications', {
      $select: 'id,appId,displayName,passwordCredentials,keyCredentials', $top: 999,
    }), { maxRows: 5000, reads: ['directory'] })],
  };
}
