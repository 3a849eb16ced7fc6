import { BUILT_IN_ROLES } from './roles';

/** A user the tenant knows, for name resolution. */
export interface GazetteerUser {
  readonly displayName: string;
  readonly upn: string;
  readonly givenName?: string;
  readonly surname?: string;
}

/**
 * The names a tenant knows, by kind. Built by the caller (from the demo tenant or a bounded Graph
 * fetch) with `buildGazetteer`; the understanding stage only reads it.
 */
export interface Gazetteer {
  readonly users: readonly GazetteerUser[];
  readonly groups: readonly string[];
  readonly apps: readonly string[];
  readonly roles: readonly string[];
  readonly accessPackages: readonly string[];
  readonly catalogs: readonly string[];
  /** Department names (users.search "disabled accounts in Finance"). */
  readonly departments?: readonly string[];
  /** Cities the tenant's users are in ("staff based in Charlotte"), besides the well-known cities every tenant reads. */
  readonly cities?: readonly string[];
}

/** Graph-shaped objects, as the demo model or a Graph fetch returns them. */
export interface GazetteerSource {
  readonly users?: readonly Readonly<Record<string, unknown>>[];
  readonly groups?: readonly Readonly<Record<string, unknown>>[];
  readonly applications?: readonly Readonly<Record<string, unknown>>[];
  readonly servicePrincipals?: readonly Readonly<Record<string, unknown>>[];
  readonly roleDefinitions?: readonly Readonly<Record<string, unknown>>[];
  readonly accessPackages?: readonly Readonly<Record<string, unknown>>[];
  readonly accessPackageCatalogs?: readonly Readonly<Record<string, unknown>>[];
}

export const EMPTY_GAZETTEER: Gazetteer = {
  users: [], groups: [], apps: [], roles: [], accessPackages: [], catalogs: [],
};

function str(o: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function names(list: readonly Readonly<Record<string, unknown>>[] | undefined): string[] {
  return [...new Set((list ?? []).map((o) => str(o, 'displayName')).filter((n): n is string => n !== undefined))];
}

/** Builds a gazetteer from Graph-shaped objects (users, groups, apps, roles, packages). */
export function buildGazetteer(source: GazetteerSource): Gazetteer {
  const users: GazetteerUser[] = [];
  const departments = new Set<string>();
  const cities = new Set<string>();
  for (const u of source.users ?? []) {
    const displayName = str(u, 'displayName');
    const upn = str(u, 'userPrincipalName') ?? str(u, 'mail');
    if (displayName === undefined || upn === undefined) continue;
    const givenName = str(u, 'givenName');
    const surname = str(u, 'surname');
    users.push({ displayName, upn, ...(givenName ? { givenName } : {}), ...(surname ? { surname } : {}) });
    const department = str(u, 'department');
    if (department !== undefined) departments.add(department);
    const city = str(u, 'city');
    if (city !== undefined) cities.add(city);
  }
  return {
    users,
    groups: names(source.groups),
    apps: [...new Set([...names(source.servicePrincipals), ...names(source.applications)])],
    roles: [...new Set([...names(source.roleDefinitions), ...BUILT_IN_ROLES])],
    accessPackages: names(source.accessPackages),
    catalogs: names(source.accessPackageCatalogs),
    departments: [...departments],
    cities: [...cities],
  };
}
