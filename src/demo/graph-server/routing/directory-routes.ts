import type { GraphObject } from '../../model';
import type { DataContext } from '../data/data-context';
import {
  applicationsDef, devicesDef, directoryObjectsDef, groupsDef, servicePrincipalsDef, usersDef,
} from '../resources/directory-defs';
import { appRoleAssignmentsDef, authenticationMethodsDef, oauth2PermissionGrantsDef } from '../resources/app-defs';
import { memorySet, navCollection } from './memory-set';
import { assignmentsBy, userAppRoleAssignments } from '../data/app-role-assignments';
import { groupsDelta } from '../resources/delta';
import { licenseDetailsDef } from '../resources/tenant-defs';
import { licenseDetailsOf } from '../../generator/licenses';
import type { GeneratedTenantModel } from '../../model';
import type { EntitySet, Navigation } from './route-types';

const objects = (pick: (ctx: DataContext, parent: GraphObject) => readonly string[] | undefined): Navigation =>
  navCollection(directoryObjectsDef, 'directoryObjects', (ctx, p) => ctx.index.typed(pick(ctx, p) ?? []), true);

const memberOf = objects((ctx, p) => ctx.index.memberOf.get(p.id));
const transitiveMemberOf = objects((ctx, p) => ctx.index.transitiveMemberOf(p.id));
const grantsBy = (field: string) => (ctx: DataContext, p: GraphObject): readonly GraphObject[] =>
  ctx.index.model.oauth2PermissionGrants.filter((g) => g[field] === p.id);

/** `/users/{id | userPrincipalName}` and its relationships. */
export const usersSet: EntitySet = memorySet(
  usersDef,
  'users',
  'users',
  {
    memberOf,
    transitiveMemberOf,
    ownedObjects: objects((ctx, p) => ctx.index.ownedObjects.get(p.id)),
    manager: {
      kind: 'single',
      def: directoryObjectsDef,
      contextName: 'directoryObjects',
      name: 'manager',
      target: (ctx, p) => {
        const id = ctx.index.managerOf.get(p.id);
        return id === undefined ? undefined : ctx.index.typed([id])[0];
      },
    },
    directReports: objects((ctx, p) => ctx.index.directReports.get(p.id)),
    licenseDetails: navCollection(licenseDetailsDef, 'users/licenseDetails', (ctx, p) =>
      licenseDetailsOf(p, (ctx.index.model as Partial<GeneratedTenantModel>).subscribedSkus ?? [])),
    registeredDevices: objects((ctx, p) => ctx.index.devicesOfUser.get(p.id)),
    ownedDevices: objects((ctx, p) => ctx.index.devicesOfUser.get(p.id)),
    appRoleAssignments: navCollection(appRoleAssignmentsDef, 'appRoleAssignments', userAppRoleAssignments),
    oauth2PermissionGrants: navCollection(oauth2PermissionGrantsDef, 'oauth2PermissionGrants', grantsBy('principalId')),
    authentication: {
      kind: 'container',
      children: {
        methods: navCollection(authenticationMethodsDef, 'authenticationMethods', (ctx, p) =>
          ctx.index.model.authenticationMethods
            .filter((m) => m['userId'] === p.id)
            .map(({ userId: _userId, ...rest }) => rest as GraphObject),
        ),
      },
    },
  },
  (ctx, key) => ctx.index.usersByUpn.get(key.toLowerCase()),
);

/** `/groups/{id}`, its relationships, and `/groups/delta`. */
const groupsBase: EntitySet = memorySet(groupsDef, 'groups', 'groups', {
  members: objects((ctx, p) => ctx.index.members.get(p.id)),
  transitiveMembers: objects((ctx, p) => ctx.index.transitiveMembers(p.id)),
  owners: objects((ctx, p) => ctx.index.owners.get(p.id)),
  memberOf,
  transitiveMemberOf,
  appRoleAssignments: navCollection(appRoleAssignmentsDef, 'appRoleAssignments', assignmentsBy('principalId')),
});
export const groupsSet: EntitySet = { ...groupsBase, delta: groupsDelta };

/** `/servicePrincipals/{id}` and its relationships. */
export const servicePrincipalsSet: EntitySet = memorySet(servicePrincipalsDef, 'servicePrincipals', 'servicePrincipals', {
  owners: objects((ctx, p) => ctx.index.owners.get(p.id)),
  memberOf,
  transitiveMemberOf,
  appRoleAssignedTo: navCollection(appRoleAssignmentsDef, 'appRoleAssignments', assignmentsBy('resourceId')),
  appRoleAssignments: navCollection(appRoleAssignmentsDef, 'appRoleAssignments', assignmentsBy('principalId')),
  oauth2PermissionGrants: navCollection(oauth2PermissionGrantsDef, 'oauth2PermissionGrants', grantsBy('clientId')),
});

/** `/applications/{id}`: owners are those of the app's service principal. */
export const applicationsSet: EntitySet = memorySet(applicationsDef, 'applications', 'applications', {
  owners: objects((ctx, p) => {
    const own = ctx.index.owners.get(p.id);
    if (own) return own;
    const sp = typeof p['appId'] === 'string' ? ctx.index.servicePrincipalsByAppId.get(p['appId']) : undefined;
    return sp ? ctx.index.owners.get(sp.id) : undefined;
  }),
});

/** `/devices/{id}` */
export const devicesSet: EntitySet = memorySet(devicesDef, 'devices', 'devices', {
  registeredOwners: objects((ctx, p) => ctx.index.usersOfDevice.get(p.id)),
  registeredUsers: objects((ctx, p) => ctx.index.usersOfDevice.get(p.id)),
  memberOf,
  transitiveMemberOf,
});
