import type { GeneratedTenantModel, GraphObject, TenantModel } from '../../model';
import { deriveDirectoryRoles } from './directory-roles';

/** The directory object types that relationships can point at. */
export type DirectoryType = 'user' | 'group' | 'servicePrincipal' | 'device' | 'application' | 'directoryRole';

/** A directory object with its Graph type. */
export interface TypedObject {
  readonly type: DirectoryType;
  readonly object: GraphObject;
}

const push = (m: Map<string, string[]>, k: string, v: string): void => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

function byId(rows: readonly GraphObject[]): Map<string, GraphObject> {
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Lookup structures over a `TenantModel`: objects by id, users by UPN, and both directions of
 * every relationship, so navigation paths answer without scanning.
 */
export class DirectoryIndex {
  readonly objects = new Map<string, TypedObject>();
  private readonly typedCache = new Map<string, GraphObject>();
  readonly usersByUpn = new Map<string, GraphObject>();
  readonly members = new Map<string, readonly string[]>();
  readonly memberOf = new Map<string, string[]>();
  readonly owners = new Map<string, readonly string[]>();
  readonly ownedObjects = new Map<string, string[]>();
  readonly devicesOfUser = new Map<string, readonly string[]>();
  readonly usersOfDevice = new Map<string, string[]>();
  readonly applicationsByAppId = new Map<string, GraphObject>();
  /** userId → managerId, and managerId → direct reports (from the generator's `userManagers`). */
  readonly managerOf = new Map<string, string>();
  readonly directReports = new Map<string, string[]>();
  /** Activated directory roles (`/directoryRoles`), derived from role assignments at tenant scope. */
  readonly directoryRoles: readonly GraphObject[];
  readonly servicePrincipalsByAppId = new Map<string, GraphObject>();
  /** Per collection of the model: id → object (for `/collection/{id}`). */
  private readonly tables = new Map<keyof TenantModel, Map<string, GraphObject>>();

  constructor(readonly model: TenantModel) {
    const add = (rows: readonly GraphObject[], type: DirectoryType): void => {
      for (const object of rows) this.objects.set(object.id, { type, object });
    };
    add(model.users, 'user');
    add(model.groups, 'group');
    add(model.servicePrincipals, 'servicePrincipal');
    add(model.devices, 'device');
    add(model.applications, 'application');
    for (const u of model.users) {
      const upn = u['userPrincipalName'];
      if (typeof upn === 'string') this.usersByUpn.set(upn.toLowerCase(), u);
    }
    for (const a of model.applications) if (typeof a['appId'] === 'string') this.applicationsByAppId.set(a['appId'], a);
    for (const s of model.servicePrincipals) if (typeof s['appId'] === 'string') this.servicePrincipalsByAppId.set(s['appId'], s);
    for (const g of model.groupMembers) {
      this.members.set(g.groupId, g.memberIds);
      for (const m of g.memberIds) push(this.memberOf, m, g.groupId);
    }
    for (const g of model.groupOwners) {
      this.owners.set(g.groupId, g.ownerIds);
      for (const o of g.ownerIds) push(this.ownedObjects, o, g.groupId);
    }
    // The demo keeps one owner list per app: the owners of the enterprise app (service principal)
    // also own its registration (application object) when it is registered here, as
    // `/applications/{id}/owners` serves them; so a user's ownedObjects hold both.
    const spById = byId(model.servicePrincipals);
    for (const a of model.appOwners) {
      this.owners.set(a.servicePrincipalId, a.ownerIds);
      const appId = spById.get(a.servicePrincipalId)?.['appId'];
      const registration = typeof appId === 'string' ? this.applicationsByAppId.get(appId) : undefined;
      for (const o of a.ownerIds) {
        push(this.ownedObjects, o, a.servicePrincipalId);
        if (registration) push(this.ownedObjects, o, registration.id);
      }
    }
    const roles = deriveDirectoryRoles(model);
    this.directoryRoles = roles.map((r) => r.role);
    for (const r of roles) {
      this.objects.set(r.role.id, { type: 'directoryRole', object: r.role });
      this.members.set(r.role.id, r.memberIds);
      for (const m of r.memberIds) push(this.memberOf, m, r.role.id);
    }
    for (const m of (model as Partial<GeneratedTenantModel>).userManagers ?? []) {
      this.managerOf.set(m.userId, m.managerId);
      push(this.directReports, m.managerId, m.userId);
    }
    for (const d of model.userDevices) {
      this.devicesOfUser.set(d.userId, d.deviceIds);
      for (const dev of d.deviceIds) push(this.usersOfDevice, dev, d.userId);
    }
  }

  /** `id → object` for one collection of the model, built on first use. */
  table(name: keyof TenantModel): Map<string, GraphObject> {
    let t = this.tables.get(name);
    if (!t) {
      const rows = this.model[name];
      t = byId(Array.isArray(rows) ? (rows as readonly GraphObject[]) : []);
      this.tables.set(name, t);
    }
    return t;
  }

  /**
   * The objects behind ids, each annotated with `@odata.type`, skipping dangling ids. The annotated
   * copy is made once per object (a group's 2,000 members were copied on every request); nothing
   * downstream changes it (responses are shaped into new objects).
   */
  typed(ids: Iterable<string>): GraphObject[] {
    const out: GraphObject[] = [];
    for (const id of ids) {
      let t = this.typedCache.get(id);
      if (!t) {
        const hit = this.objects.get(id);
        if (!hit) continue;
        t = withType(hit);
        this.typedCache.set(id, t);
      }
      out.push(t);
    }
    return out;
  }

  /** Groups reachable upwards from an object through membership (each once). */
  transitiveMemberOf(id: string): string[] {
    return walk(id, (x) => this.memberOf.get(x) ?? []);
  }

  /** Objects reachable downwards from a group through membership (each once). */
  transitiveMembers(groupId: string): string[] {
    return walk(groupId, (x) => this.members.get(x) ?? []);
  }
}

function walk(start: string, next: (id: string) => readonly string[]): string[] {
  const seen = new Set<string>([start]);
  const out: string[] = [];
  const queue = [...next(start)];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    queue.push(...next(id));
  }
  return out;
}

/** The object with Graph's `@odata.type` annotation first, as in directoryObject collections. */
export function withType(t: TypedObject): GraphObject {
  return { '@odata.type': `#microsoft.graph.${t.type}`, ...t.object };
}
