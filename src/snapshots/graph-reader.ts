/**
 * Reads the snapshot tables' rows from a tenant through Microsoft Graph with few requests:
 * `$select` of only the needed properties, `$top=999` pages, group memberships through the
 * delta function (`/groups/delta?$select=displayName,members`: memberships of every group in
 * `members@delta` across a few pages), and per-service-principal assignments through `$batch`
 * (20 per request). Throttling (429/503 with Retry-After) is the Graph source's retry policy.
 */
import type { GraphRequest } from '../planning/query-plan';
import type { GraphSource } from '../sources/graph';
import { GraphRequestError, odataPathSegment, odataQuery } from '../sources/graph';
import type { GraphResult } from '../sources/result-set';
import type { ExportTable, Row } from './tables';

const ALL = Number.MAX_SAFE_INTEGER;

/** How group memberships are read: the delta function (default), or one members request per group in `$batch`es. */
export type GroupsMode = 'delta' | 'batched';

export interface ReaderOptions {
  readonly groupsMode?: GroupsMode;
  /** Told when a table's rows are in hand. */
  readonly onTable?: (table: ExportTable, rows: number) => void;
}

/** Rows of the tables one reader step yields (without SnapshotDate). */
export type TableRows = Partial<Record<ExportTable, Row[]>>;

/** The reader steps, each yielding one or two tables; the exporter runs those it still needs. */
export const READER_STEPS: readonly { readonly tables: readonly ExportTable[]; readonly name: string }[] = [
  { name: 'users', tables: ['EntraUsers'] },
  { name: 'groups', tables: ['EntraGroups', 'EntraGroupMembership'] },
  { name: 'applications', tables: ['Applications', 'AppRoles'] },
  { name: 'assignments', tables: ['AppRoleAssignments'] },
];

const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

function request(id: string, path: string): GraphRequest {
  return { source: 'graph', id, method: 'GET', path, maxRows: ALL };
}

/** Runs several requests through `$batch`; throws the first failure. */
async function all(graph: GraphSource, reqs: readonly GraphRequest[]): Promise<Map<string, GraphResult>> {
  if (reqs.length === 0) return new Map();
  const got = await graph.executeAll(reqs);
  const out = new Map<string, GraphResult>();
  for (const [id, r] of got) {
    if (r instanceof GraphRequestError) throw r;
    out.set(id, r);
  }
  return out;
}

export class TenantReader {
  private servicePrincipals?: Promise<readonly Row[]>;

  constructor(private readonly graph: GraphSource, private readonly options: ReaderOptions = {}) {}

  /** Runs one step of `READER_STEPS`. */
  async read(step: string): Promise<TableRows> {
    switch (step) {
      case 'users':
        return { EntraUsers: await this.users() };
      case 'groups':
        return this.groups();
      case 'applications':
        return this.applications();
      case 'assignments':
        return { AppRoleAssignments: await this.assignments() };
      default:
        throw new Error(`bug: unknown reader step ${step}`);
    }
  }

  private async list(path: string): Promise<Row[]> {
    const r = await this.graph.execute(request(path, path));
    return r.rows as Row[];
  }

  private async users(): Promise<Row[]> {
    const rows = await this.list(`/users${odataQuery({
      select: ['id', 'displayName', 'userPrincipalName', 'employeeId', 'userType', 'createdDateTime', 'jobTitle', 'department', 'accountEnabled'],
      top: 999,
    })}`);
    return rows.map((u) => ({
      ObjectID: str(u['id']),
      DisplayName: str(u['displayName']),
      UserPrincipalName: str(u['userPrincipalName']),
      EmployeeId: str(u['employeeId']),
      UserType: str(u['userType']),
      CreatedDateTime: u['createdDateTime'] ?? null,
      JobTitle: str(u['jobTitle']),
      Department: str(u['department']),
      AccountEnabled: u['accountEnabled'] === true,
      // The seed's placeholder for a custom property; no such property is read by default.
      CustomExtension: '',
    }));
  }

  private async groups(): Promise<TableRows> {
    let groups: { id: string; displayName: string; members: string[] }[];
    if ((this.options.groupsMode ?? 'delta') === 'delta') {
      try {
        groups = await this.groupsByDelta();
      } catch (e) {
        // A Graph without the delta function (or a proxy refusing it): fall back to batches.
        if (!(e instanceof GraphRequestError) || (e.status !== 400 && e.status !== 404 && e.status !== 501)) throw e;
        groups = await this.groupsBatched();
      }
    } else groups = await this.groupsBatched();
    return {
      EntraGroups: groups.map((g) => ({ Id: g.id, DisplayName: g.displayName })),
      EntraGroupMembership: groups.map((g) => ({ GroupId: g.id, Members: g.members })),
    };
  }

  /** `/groups/delta`: a group may come back on several entries (members split); merged by id. */
  private async groupsByDelta() {
    const rows = await this.list(`/groups/delta${odataQuery({ select: ['displayName', 'members'] })}`);
    const byId = new Map<string, { id: string; displayName: string; members: string[]; seen: Set<string> }>();
    for (const r of rows) {
      const id = str(r['id']);
      if (r['@removed'] !== undefined) continue;
      let g = byId.get(id);
      if (!g) {
        g = { id, displayName: '', members: [], seen: new Set() };
        byId.set(id, g);
      }
      if (typeof r['displayName'] === 'string') g.displayName = r['displayName'];
      const delta = r['members@delta'];
      if (Array.isArray(delta)) {
        for (const m of delta as Row[]) {
          const mid = str(m['id']);
          if (m['@removed'] !== undefined || mid === '' || g.seen.has(mid)) continue;
          g.seen.add(mid);
          g.members.push(mid);
        }
      }
    }
    return [...byId.values()].map(({ id, displayName, members }) => ({ id, displayName, members }));
  }

  /** `/groups` then one `/groups/{id}/members` per group, 20 to a `$batch`. */
  private async groupsBatched() {
    const groups = await this.list(`/groups${odataQuery({ select: ['id', 'displayName'], top: 999 })}`);
    const reqs = groups.map((g) => request(str(g['id']), `/groups/${odataPathSegment(str(g['id']))}/members${odataQuery({ select: ['id'], top: 999 })}`));
    const got = await all(this.graph, reqs);
    return groups.map((g) => ({
      id: str(g['id']),
      displayName: str(g['displayName']),
      members: (got.get(str(g['id']))?.rows ?? []).map((m) => str(m['id'])),
    }));
  }

  private sps(): Promise<readonly Row[]> {
    this.servicePrincipals ??= this.list(`/servicePrincipals${odataQuery({ select: ['id', 'appId', 'displayName', 'appRoles'], top: 999 })}`);
    return this.servicePrincipals;
  }

  private async applications(): Promise<TableRows> {
    const [apps, sps] = await Promise.all([
      this.list(`/applications${odataQuery({ select: ['id', 'appId', 'displayName', 'appRoles'], top: 999 })}`),
      this.sps(),
    ]);
    const spByAppId = new Map(sps.map((s) => [str(s['appId']), s]));
    const applications: Row[] = [];
    const appRoles: Row[] = [];
    for (const app of apps) {
      const appId = str(app['appId']);
      const sp = spByAppId.get(appId);
      const spId = sp ? str(sp['id']) : '';
      applications.push({ Name: str(app['displayName']), ApplicationId: appId, ServicePrincipalId: spId });
      const roles = Array.isArray(app['appRoles']) && app['appRoles'].length > 0 ? app['appRoles'] : Array.isArray(sp?.['appRoles']) ? sp['appRoles'] : [];
      const userRoles = (roles as Row[])
        .filter((r) => Array.isArray(r['allowedMemberTypes']) && (r['allowedMemberTypes'] as unknown[]).includes('User'))
        .map((r) => ({ Id: str(r['id']), Value: str(r['value']), DisplayName: str(r['displayName']) }));
      appRoles.push({ ApplicationId: appId, DisplayName: str(app['displayName']), ServicePrincipalId: spId, AppRoles: userRoles });
    }
    return { Applications: applications, AppRoles: appRoles };
  }

  /** Every service principal's `appRoleAssignedTo` (users, groups and service principals), 20 to a `$batch`. */
  private async assignments(): Promise<Row[]> {
    const sps = await this.sps();
    const select = odataQuery({ select: ['appRoleId', 'createdDateTime', 'principalDisplayName', 'principalId', 'resourceDisplayName', 'resourceId'], top: 999 });
    const reqs = sps.map((s) => request(str(s['id']), `/servicePrincipals/${odataPathSegment(str(s['id']))}/appRoleAssignedTo${select}`));
    const got = await all(this.graph, reqs);
    const rows: Row[] = [];
    for (const req of reqs) {
      for (const a of got.get(req.id)?.rows ?? []) {
        rows.push({
          AppRoleId: str(a['appRoleId']),
          CreatedDateTime: a['createdDateTime'] ?? null,
          PrincipalDisplayName: str(a['principalDisplayName']),
          PrincipalId: str(a['principalId']),
          ResourceDisplayName: str(a['resourceDisplayName']),
          ResourceId: str(a['resourceId']),
        });
      }
    }
    return rows;
  }
}
