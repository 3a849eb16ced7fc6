import type { GeneratedTenantModel, GraphObject } from '../../model';
import { directoryObjectsDef } from '../resources/directory-defs';
import { oauth2PermissionGrantsDef } from '../resources/app-defs';
import { riskDetectionsDef, riskyServicePrincipalsDef, riskyUserHistoryDef, riskyUsersDef } from '../resources/protection-defs';
import { directoryRolesDef, roleAssignmentsDef, roleDefinitionsDef, roleEligibilitySchedulesDef } from '../resources/role-defs';
import {
  accessPackagesDef, assignmentPoliciesDef, assignmentRequestsDef, assignmentsDef, catalogsDef, connectedOrganizationsDef,
} from '../resources/governance-defs';
import { conditionalAccessPoliciesDef } from '../resources/policy-defs';
import { domainsDef, organizationDef, subscribedSkusDef } from '../resources/tenant-defs';
import { deletedUsersDef } from '../resources/directory-defs';
import { domainObjects, organizationObject } from '../../generator/organization';
import { servicePrincipalSignInActivitiesDef, userRegistrationDetailsDef } from '../resources/report-defs';
import { toMany } from '../resources/related';
import { computedSet, memorySet, navCollection } from './memory-set';
import type { RouteNode } from './route-types';

const historyOf = (rows: readonly GraphObject[], userId: string): GraphObject[] =>
  rows.filter((h) => (h['userId'] ?? h.id) === userId);

/** `/identityProtection/…` */
export const identityProtectionRoutes: RouteNode = {
  kind: 'container',
  children: {
    riskyUsers: memorySet(riskyUsersDef, 'identityProtection/riskyUsers', 'riskyUsers', {
      history: navCollection(riskyUserHistoryDef, 'identityProtection/riskyUsers/history', (ctx, p) =>
        historyOf(ctx.index.model.riskyUserHistory, p.id),
      ),
    }),
    riskDetections: memorySet(riskDetectionsDef, 'identityProtection/riskDetections', 'riskDetections'),
    riskyServicePrincipals: memorySet(riskyServicePrincipalsDef, 'identityProtection/riskyServicePrincipals', 'riskyServicePrincipals'),
  },
};

/** `/organization` and `/domains`, derived from the tenant's identity. */
export const organizationSet = computedSet(organizationDef, 'organization', (ctx) => [organizationObject(ctx.index.model.tenant)]);
export const domainsSet = computedSet(domainsDef, 'domains', (ctx) => domainObjects(ctx.index.model.tenant));

/** `/subscribedSkus`: the tenant's subscriptions (generated with the tenant). */
export const subscribedSkusSet = computedSet(subscribedSkusDef, 'subscribedSkus', (ctx) => (ctx.index.model as Partial<GeneratedTenantModel>).subscribedSkus ?? []);

/**
 * `/directory/deletedItems/microsoft.graph.user`: users deleted in the last 30 days. The OData cast
 * is required (Graph refuses `/directory/deletedItems` alone); only the user cast is served.
 */
export const directoryRoutes: RouteNode = {
  kind: 'container',
  children: {
    deletedItems: {
      kind: 'container',
      children: {
        'microsoft.graph.user': computedSet(deletedUsersDef, 'users', (ctx) => (ctx.index.model as Partial<GeneratedTenantModel>).deletedUsers ?? []),
      },
    },
  },
};

/** `/identity/conditionalAccess/policies` */
export const identityRoutes: RouteNode = {
  kind: 'container',
  children: {
    conditionalAccess: {
      kind: 'container',
      children: {
        policies: computedSet(
          conditionalAccessPoliciesDef,
          'identity/conditionalAccess/policies',
          (ctx) => (ctx.index.model as Partial<GeneratedTenantModel>).conditionalAccessPolicies ?? [],
        ),
      },
    },
  },
};

/** `/roleManagement/directory/…` */
export const roleManagementRoutes: RouteNode = {
  kind: 'container',
  children: {
    directory: {
      kind: 'container',
      children: {
        roleDefinitions: memorySet(roleDefinitionsDef, 'roleManagement/directory/roleDefinitions', 'roleDefinitions'),
        roleAssignments: memorySet(roleAssignmentsDef, 'roleManagement/directory/roleAssignments', 'roleAssignments'),
        roleEligibilitySchedules: memorySet(roleEligibilitySchedulesDef, 'roleManagement/directory/roleEligibilitySchedules', 'roleEligibilitySchedules'),
      },
    },
  },
};

const EM = 'identityGovernance/entitlementManagement';

/** `/identityGovernance/entitlementManagement/…` */
export const identityGovernanceRoutes: RouteNode = {
  kind: 'container',
  children: {
    entitlementManagement: {
      kind: 'container',
      children: {
        catalogs: memorySet(catalogsDef, `${EM}/catalogs`, 'accessPackageCatalogs', {
          accessPackages: navCollection(accessPackagesDef, `${EM}/accessPackages`, (ctx, p) => toMany('accessPackages', 'catalog')(p, ctx) as GraphObject[]),
        }),
        accessPackages: memorySet(accessPackagesDef, `${EM}/accessPackages`, 'accessPackages', {
          assignmentPolicies: navCollection(assignmentPoliciesDef, `${EM}/assignmentPolicies`, (ctx, p) =>
            toMany('accessPackageAssignmentPolicies', 'accessPackage')(p, ctx) as GraphObject[],
          ),
        }),
        assignmentPolicies: memorySet(assignmentPoliciesDef, `${EM}/assignmentPolicies`, 'accessPackageAssignmentPolicies'),
        assignments: memorySet(assignmentsDef, `${EM}/assignments`, 'accessPackageAssignments'),
        assignmentRequests: memorySet(assignmentRequestsDef, `${EM}/assignmentRequests`, 'accessPackageAssignmentRequests'),
        connectedOrganizations: computedSet(
          connectedOrganizationsDef,
          `${EM}/connectedOrganizations`,
          (ctx) => (ctx.index.model as Partial<GeneratedTenantModel>).connectedOrganizations ?? [],
        ),
      },
    },
  },
};

/** `/reports/authenticationMethods/userRegistrationDetails` */
export const reportsRoutes: RouteNode = {
  kind: 'container',
  children: {
    authenticationMethods: {
      kind: 'container',
      children: {
        userRegistrationDetails: memorySet(userRegistrationDetailsDef, 'reports/authenticationMethods/userRegistrationDetails', 'userRegistrationDetails'),
      },
    },
  },
};

/** beta `/reports`: v1.0's reports plus `servicePrincipalSignInActivities` (not in v1.0). */
export const betaReportsRoutes: RouteNode = {
  kind: 'container',
  children: {
    ...(reportsRoutes.kind === 'container' ? reportsRoutes.children : {}),
    servicePrincipalSignInActivities: computedSet(
      servicePrincipalSignInActivitiesDef,
      'reports/servicePrincipalSignInActivities',
      (ctx) => (ctx.index.model as Partial<GeneratedTenantModel>).servicePrincipalSignInActivities ?? [],
    ),
  },
};

/** `/oauth2PermissionGrants` */
export const oauth2PermissionGrantsSet = memorySet(oauth2PermissionGrantsDef, 'oauth2PermissionGrants', 'oauth2PermissionGrants');

/** `/directoryRoles` (activated roles) with `/members`. */
export const directoryRolesSet = computedSet(directoryRolesDef, 'directoryRoles', (ctx) => ctx.index.directoryRoles, {
  members: navCollection(directoryObjectsDef, 'directoryObjects', (ctx, p) => ctx.index.typed(ctx.index.members.get(p.id) ?? []), true),
});

/** `/directoryObjects/{id}` */
export const directoryObjectsSet = computedSet(directoryObjectsDef, 'directoryObjects', () => []);
