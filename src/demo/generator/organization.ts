import type { GraphObject, TenantInfo } from '../model';
import { COMPANY, INITIAL_DOMAIN } from './context';
import { DAY } from './time';

/**
 * The tenant's `organization` object and its `domain` objects (Graph v1.0), derived from the
 * tenant's identity so that no stored demo folder needs a new file: the company, its verified
 * default domain and the initial onmicrosoft.com domain, contacts for technical and security
 * notices, created four years before the anchor.
 */
export function organizationObject(tenant: TenantInfo): GraphObject {
  const created = new Date(Date.parse(tenant.anchorTime) - 1461 * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    id: tenant.tenantId,
    deletedDateTime: null,
    displayName: COMPANY,
    createdDateTime: created,
    countryLetterCode: 'US',
    city: 'Seattle',
    state: 'WA',
    street: '1 Woodgrove Way',
    postalCode: '98101',
    preferredLanguage: 'en',
    tenantType: 'AAD',
    onPremisesSyncEnabled: null,
    onPremisesLastSyncDateTime: null,
    businessPhones: ['+1 206 555 0100'],
    marketingNotificationEmails: [],
    technicalNotificationMails: [`it-admins@${tenant.domain}`],
    securityComplianceNotificationMails: [`security@${tenant.domain}`],
    securityComplianceNotificationPhones: [],
    verifiedDomains: [
      { capabilities: 'Email, OfficeCommunicationsOnline', isDefault: true, isInitial: false, name: tenant.domain, type: 'Managed' },
      { capabilities: 'Email, OfficeCommunicationsOnline', isDefault: false, isInitial: true, name: INITIAL_DOMAIN, type: 'Managed' },
    ],
    assignedPlans: [],
    provisionedPlans: [],
  };
}

export function domainObjects(tenant: TenantInfo): GraphObject[] {
  const domain = (id: string, isDefault: boolean, isInitial: boolean): GraphObject => ({
    id, authenticationType: 'Managed', availabilityStatus: null, isAdminManaged: true, isDefault, isInitial, isRoot: true,
    isVerified: true, passwordNotificationWindowInDays: 14, passwordValidityPeriodInDays: 2147483647,
    supportedServices: ['Email', 'OfficeCommunicationsOnline'], state: null,
  });
  return [domain(tenant.domain, true, false), domain(INITIAL_DOMAIN, false, true)];
}
