import { graphPath } from '../../planning/graph-path';
import { get } from '../../planning/graph-get';
import type { QueryPlan } from '../../planning/query-plan';

/** tenant.details: the organization (id, name, contacts, verified domains) and the domains. */
export function planTenantDetails(): QueryPlan {
  return {
    queries: [
      get('organization', graphPath('/organization', {
        $select: 'id,displayName,createdDateTime,countryLetterCode,city,tenantType,onPremisesSyncEnabled,technicalNotificationMails,securityComplianceNotificationMails,verifiedDomains',
      }), { reads: ['directory'] }),
      get('domains', graphPath('/domains', { $select: 'id,isDefault,isInitial,isVerified,authenticationType' }), { reads: ['directory'] }),
    ],
  };
}
