import { applicationsSet, devicesSet, groupsSet, servicePrincipalsSet, usersSet } from './directory-routes';
import { directoryAuditsSet, signInsSet } from './log-routes';
import {
  directoryObjectsSet, directoryRolesSet, identityGovernanceRoutes, identityProtectionRoutes, oauth2PermissionGrantsSet,
  betaReportsRoutes, directoryRoutes, domainsSet, identityRoutes, subscribedSkusSet, organizationSet, reportsRoutes, roleManagementRoutes,
} from './service-routes';
import type { RouteNode } from './route-types';

/** Every path this endpoint serves under `/v1.0`. */
export const v1Routes: RouteNode = {
  kind: 'container',
  children: {
    users: usersSet,
    groups: groupsSet,
    servicePrincipals: servicePrincipalsSet,
    applications: applicationsSet,
    devices: devicesSet,
    directoryRoles: directoryRolesSet,
    directoryObjects: {
      ...directoryObjectsSet,
      find: (ctx, key) => ctx.index.typed([key])[0],
    },
    oauth2PermissionGrants: oauth2PermissionGrantsSet,
    organization: organizationSet,
    domains: domainsSet,
    subscribedSkus: subscribedSkusSet,
    directory: directoryRoutes,
    auditLogs: { kind: 'container', children: { signIns: signInsSet, directoryAudits: directoryAuditsSet } },
    identity: identityRoutes,
    identityProtection: identityProtectionRoutes,
    roleManagement: roleManagementRoutes,
    identityGovernance: identityGovernanceRoutes,
    reports: reportsRoutes,
  },
};

/**
 * Every path served under `/beta`: the same as v1.0 (beta is a superset for what the demo
 * serves), plus the reports only beta has (`/reports/servicePrincipalSignInActivities`).
 */
export const betaRoutes: RouteNode = {
  kind: 'container',
  children: {
    ...(v1Routes.kind === 'container' ? v1Routes.children : {}),
    reports: betaReportsRoutes,
  },
};
