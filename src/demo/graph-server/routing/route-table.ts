import { applicationsSet, devicesSet, groupsSet, servicePrincipalsSet, usersSet } from './directory-routes';
import { directoryAuditsSet, signInsSet } from './log-routes';
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
    auditLogs: { kind: 'container', children: { signIns: signInsSet, directoryAudits: directoryAuditsSet } },
  },
};
