import { odataString } from '../../sources/graph/odata';
import { graphPath, segment } from '../graph-path';
import type { GraphRequest } from '../query-plan';
import type { DirectoryRef } from '../entities';
import type { EntitySpec } from './resolver';
import { norm } from './resolver';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** Whether the row's display name starts with `text` (as Graph's startsWith: case-insensitive). */
const startsWithName = (r: Record<string, unknown>, text: string): boolean => norm(str(r.displayName)).startsWith(norm(text));

function get(id: string, path: string, allowNotFound = false): GraphRequest {
  // Name resolution reads the same directory whoever asks: the shared directory cache may answer it.
  return { source: 'graph', id, method: 'GET', path, allowNotFound, shared: true };
}

const USER_SELECT = 'id,displayName,userPrincipalName,givenName,surname,mail,jobTitle';

export const userSpec: EntitySpec = {
  kind: 'user',
  requests(text) {
    if (GUID.test(text)) return [get('resolve.user', graphPath(`/users/${segment(text)}`, { $select: USER_SELECT }), true)];
    const lit = odataString(text);
    if (text.includes('@')) {
      return [get('resolve.user', graphPath('/users', {
        $filter: `userPrincipalName eq ${lit} or mail eq ${lit}`, $select: USER_SELECT,
      }))];
    }
    return [get('resolve.user', graphPath('/users', {
      $filter: `startsWith(displayName,${lit}) or startsWith(givenName,${lit}) or startsWith(surname,${lit}) or startsWith(userPrincipalName,${lit})`,
      $select: USER_SELECT, $top: 25,
    }))];
  },
  toRef: (r): DirectoryRef => ({ kind: 'user', id: str(r.id), displayName: str(r.displayName), userPrincipalName: str(r.userPrincipalName) }),
  names: (r) => [str(r.displayName), str(r.givenName), str(r.userPrincipalName), str(r.mail), str(r.userPrincipalName).split('@')[0] ?? ''],
};

const GROUP_SELECT = 'id,displayName,description,groupTypes,securityEnabled,mailEnabled';

export const groupSpec: EntitySpec = {
  kind: 'group',
  requests(text) {
    if (GUID.test(text)) return [get('resolve.group', graphPath(`/groups/${segment(text)}`, { $select: GROUP_SELECT }), true)];
    const lit = odataString(text);
    return [
      get('resolve.group', graphPath('/groups', { $filter: `displayName eq ${lit}`, $select: GROUP_SELECT })),
      get('resolve.group.prefix', graphPath('/groups', { $filter: `startsWith(displayName,${lit})`, $select: GROUP_SELECT, $top: 25 })),
    ];
  },
  toRef: (r) => ({ kind: 'group', id: str(r.id), displayName: str(r.displayName) }),
  names: (r) => [str(r.displayName)],
};

const SP_SELECT = 'id,appId,displayName,appOwnerOrganizationId';

export const appSpec: EntitySpec = {
  kind: 'app',
  requests(text) {
    const lit = odataString(text);
    if (GUID.test(text)) {
      return [get('resolve.app', graphPath('/servicePrincipals', { $filter: `appId eq ${lit} or id eq ${lit}`, $select: SP_SELECT }))];
    }
    return [
      get('resolve.app', graphPath('/servicePrincipals', { $filter: `displayName eq ${lit}`, $select: SP_SELECT })),
      get('resolve.app.prefix', graphPath('/servicePrincipals', { $filter: `startsWith(displayName,${lit})`, $select: SP_SELECT, $top: 25 })),
    ];
  },
  toRef: (r) => ({ kind: 'app', id: str(r.id), displayName: str(r.displayName), appId: str(r.appId) }),
  names: (r) => [str(r.displayName), str(r.appId)],
};

export const roleSpec: EntitySpec = {
  kind: 'role',
  requests(text) {
    const lit = odataString(text);
    return [
      get('resolve.role', graphPath('/roleManagement/directory/roleDefinitions', { $filter: `displayName eq ${lit}`, $select: 'id,displayName,templateId,isBuiltIn' })),
      // roleDefinitions documents only eq and in on displayName: list them all (a tenant has a few
      // hundred at most) and keep the prefix matches here.
      get('resolve.role.prefix', graphPath('/roleManagement/directory/roleDefinitions', { $select: 'id,displayName,templateId,isBuiltIn' })),
    ];
  },
  keep: (r, text) => startsWithName(r, text),
  toRef: (r) => ({ kind: 'role', id: str(r.id), displayName: str(r.displayName), templateId: str(r.templateId) }),
  names: (r) => [str(r.displayName)],
};

const AP_BASE = '/identityGovernance/entitlementManagement/accessPackages';

export const accessPackageSpec: EntitySpec = {
  kind: 'accessPackage',
  requests(text) {
    const lit = odataString(text);
    return [
      get('resolve.accessPackage', graphPath(AP_BASE, { $filter: `displayName eq ${lit}`, $select: 'id,displayName,description' })),
      // accessPackages documents eq and contains on displayName, not startsWith: contains, then the prefix here.
      get('resolve.accessPackage.prefix', graphPath(AP_BASE, { $filter: `contains(displayName,${lit})`, $select: 'id,displayName,description' })),
    ];
  },
  keep: (r, text) => startsWithName(r, text),
  toRef: (r) => ({ kind: 'accessPackage', id: str(r.id), displayName: str(r.displayName) }),
  names: (r) => [str(r.displayName)],
};
