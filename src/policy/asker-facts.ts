/**
 * What the policy needs to know about the person asking: their active and PIM-eligible directory
 * roles, the groups they own, their direct reports, and whether they are a member or a guest.
 * Demo mode reads the generated tenant model; live app-only mode asks Microsoft Graph (cached).
 */
import type { GeneratedTenantModel, TenantModel } from '../demo/model';
import type { GraphExecutor } from '../pipeline/executors';
import type { Asker } from '../planning/entities';
import { graphPath, segment } from '../planning/graph-path';
import { odataFilter } from '../sources/graph/odata';

export interface AskerFacts {
  readonly objectId: string;
  readonly userType: 'Member' | 'Guest';
  /** Directory roles (display names) active now: assigned, activated in PIM, or through a group. */
  readonly activeRoles: readonly string[];
  /** Roles the person is PIM-eligible for but has not activated (they grant nothing until then). */
  readonly eligibleRoles: readonly string[];
  readonly ownedGroupIds: readonly string[];
  readonly directReportIds: readonly string[];
  /** Facts that could not be read (each then counts as none), in words for the denied card. */
  readonly notes?: readonly string[];
}

export interface AskerFactsProvider {
  /** The asker's facts; undefined when the asker is not a user of the tenant. */
  factsFor(asker: Asker): Promise<AskerFacts | undefined>;
  /**
   * Whether the asker owns this group, for a provider that cannot list the groups a person owns
   * (app-only Graph: List ownedObjects is delegated only) and asks the group instead. Absent:
   * `ownedGroupIds` is complete.
   */
  ownsGroup?(facts: AskerFacts, groupId: string): Promise<boolean>;
}

const uniq = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** Facts from the demo tenant model (the same data the local Graph endpoint serves). */
export function demoFactsProvider(model: TenantModel): AskerFactsProvider {
  const users = new Map(model.users.map((u) => [u.id, u]));
  const byUpn = new Map(model.users.map((u) => [String(u['userPrincipalName']).toLowerCase(), u.id]));
  const roleName = new Map(model.roleDefinitions.map((d) => [d.id, String(d['displayName'])]));
  // Indexed once: a question costs lookups, not scans of the tenant.
  const push = (m: Map<string, string[]>, k: string, v: string) => m.set(k, [...(m.get(k) ?? []), v]);
  // memberId → groups it is a direct member of; then transitively upwards.
  const parents = new Map<string, string[]>();
  for (const g of model.groupMembers) for (const m of g.memberIds) push(parents, m, g.groupId);
  const transitiveGroups = (id: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [...(parents.get(id) ?? [])];
    while (todo.length > 0) {
      const g = todo.pop() as string;
      if (seen.has(g)) continue;
      seen.add(g);
      todo.push(...(parents.get(g) ?? []));
    }
    return seen;
  };
  const managers = (model as Partial<GeneratedTenantModel>).userManagers ?? [];
  const ownedBy = new Map<string, string[]>();
  for (const g of model.groupOwners) for (const o of g.ownerIds) push(ownedBy, o, g.groupId);
  const reportsTo = new Map<string, string[]>();
  for (const m of managers) push(reportsTo, m.managerId, m.userId);
  const byPrincipal = (rows: readonly Record<string, unknown>[]) => {
    const m = new Map<string, string[]>();
    for (const a of rows) {
      if ((a['directoryScopeId'] ?? '/') !== '/') continue;
      push(m, String(a['principalId']), roleName.get(String(a['roleDefinitionId'])) ?? String(a['roleDefinitionId']));
    }
    return m;
  };
  const assigned = byPrincipal(model.roleAssignments);
  const eligibleFor = byPrincipal(model.roleEligibilitySchedules);
  return {
    async factsFor(asker) {
      const id = asker.objectId ?? byUpn.get(asker.upn.toLowerCase());
      const user = id ? users.get(id) : undefined;
      if (!user) return undefined;
      const principals = [user.id, ...transitiveGroups(user.id)];
      const active = uniq(principals.flatMap((p) => assigned.get(p) ?? []));
      const eligible = uniq(principals.flatMap((p) => eligibleFor.get(p) ?? [])).filter((r) => !active.includes(r));
      return {
        objectId: user.id,
        userType: user['userType'] === 'Guest' ? 'Guest' : 'Member',
        activeRoles: active,
        eligibleRoles: eligible,
        ownedGroupIds: uniq(ownedBy.get(user.id) ?? []),
        directReportIds: uniq(reportsTo.get(user.id) ?? []),
      };
    },
  };
}

/**
 * Facts from Microsoft Graph with the bot's own (app-only) identity. Active roles come from
 * `transitiveMemberOf/microsoft.graph.directoryRole` (which includes roles held through a
 * role-assignable group and PIM activations; an OData cast, so an advanced query with
 * `$count=true` and `ConsistencyLevel: eventual`); eligibility from `roleEligibilitySchedules`
 * filtered on the principal (eligibility held through a group is not looked up).
 *
 * Each fact is read on its own: one that Graph refuses leaves that fact empty with a note (in
 * `notes`) instead of failing every question. Owned groups are not listed: Microsoft documents
 * List ownedObjects as "Application: Not supported". Instead, when a question about a group could
 * be allowed by the group-owner exception, `ownsGroup` reads that group's owners
 * (`/groups/{id}/owners`, documented for application permissions: GroupMember.Read.All) and looks
 * for the asker among them.
 */
export function graphFactsProvider(graph: GraphExecutor): AskerFactsProvider {
  const get = async (id: string, path: string, maxRows = 999, allowNotFound = false, headers?: Record<string, string>) =>
    (await graph.execute({ source: 'graph', id, method: 'GET', path, maxRows, allowNotFound, ...(headers ? { headers } : {}) })).rows;
  return {
    async factsFor(asker) {
      const key = asker.objectId ?? (asker.upn.includes('@') ? asker.upn : undefined);
      if (!key) return undefined;
      const base = `/users/${segment(key)}`;
      const [user] = await get('asker', graphPath(base, { $select: 'id,userType' }), 1, true);
      if (!user) return undefined;
      const id = String(user['id']);
      const me = `/users/${segment(id)}`;
      const notes: string[] = [];
      const fact = async (what: string, read: Promise<readonly Record<string, unknown>[]>): Promise<readonly Record<string, unknown>[]> => {
        try {
          return await read;
        } catch (e) {
          notes.push(`I could not read ${what} from Microsoft Graph (${e instanceof Error ? e.message : String(e)}), so ${what} count as none.`);
          return [];
        }
      };
      const [roles, eligibility, reports] = await Promise.all([
        fact('your active roles', get('askerRoles', graphPath(`${me}/transitiveMemberOf/microsoft.graph.directoryRole`, {
          $select: 'id,displayName,roleTemplateId', $count: 'true',
        }), 999, false, { ConsistencyLevel: 'eventual' })),
        fact('your PIM-eligible roles', get('askerEligibility', graphPath('/roleManagement/directory/roleEligibilitySchedules', {
          $filter: odataFilter`principalId eq ${id}`, $expand: 'roleDefinition',
        }))),
        fact('your direct reports', get('askerReports', graphPath(`${me}/directReports`, { $select: 'id' }))),
      ]);
      const active = uniq(roles.map((r) => String(r['displayName'])));
      const eligible = uniq(eligibility
        .filter((e) => (e['directoryScopeId'] ?? '/') === '/')
        .map((e) => String((e['roleDefinition'] as Record<string, unknown> | undefined)?.['displayName'] ?? e['roleDefinitionId'])))
        .filter((r) => !active.includes(r));
      return {
        objectId: id,
        userType: user['userType'] === 'Guest' ? 'Guest' : 'Member',
        activeRoles: active,
        eligibleRoles: eligible,
        ownedGroupIds: [],
        directReportIds: uniq(reports.map((u) => String(u['id']))),
        ...(notes.length > 0 ? { notes } : {}),
      };
    },
    async ownsGroup(facts, groupId) {
      const owners = await get('askerOwnsGroup', graphPath(`/groups/${segment(groupId)}/owners`, { $select: 'id', $top: 999 }), 5000, true);
      return owners.some((o) => String(o['id']) === facts.objectId);
    },
  };
}

/** The facts with `groupId` among the owned groups when the provider finds the asker owns it (see `ownsGroup`). */
export async function withOwnedGroup(provider: AskerFactsProvider, facts: AskerFacts | undefined, groupId: string | undefined): Promise<AskerFacts | undefined> {
  if (!facts || groupId === undefined || !provider.ownsGroup || facts.ownedGroupIds.includes(groupId)) return facts;
  let owns: boolean;
  try {
    owns = await provider.ownsGroup(facts, groupId);
  } catch (e) {
    const note = `I could not read the group's owners from Microsoft Graph (${e instanceof Error ? e.message : String(e)}), so the group-owner exception was not checked.`;
    return { ...facts, notes: [...(facts.notes ?? []), note] };
  }
  return owns ? { ...facts, ownedGroupIds: uniq([...facts.ownedGroupIds, groupId]) } : facts;
}

/**
 * Caches each asker's facts for `ttlMs` (role changes and PIM activations show after at most
 * that long). Concurrent first questions from one person share one lookup; failures are not cached.
 */
export function cachedFacts(inner: AskerFactsProvider, ttlMs = 5 * 60_000, now: () => number = Date.now, maxEntries = 5000): AskerFactsProvider {
  const ownsGroup = inner.ownsGroup;
  return {
    factsFor: cachedCalls((asker: Asker) => inner.factsFor(asker), (asker) => (asker.objectId ?? asker.upn).toLowerCase(), ttlMs, now, maxEntries),
    // `ownsGroup` answers per asker and group: an ownership change shows after at most `ttlMs`.
    ...(ownsGroup ? { ownsGroup: cachedCalls(ownsGroup.bind(inner), (facts: AskerFacts, groupId: string) => `${facts.objectId}|${groupId}`, ttlMs, now, maxEntries) } : {}),
  };
}

/**
 * A call whose promised answers are kept for `ttlMs` per key: concurrent calls with one key share one answer, a failure is
 * not kept (a late one does not drop the answer that replaced it), and at most `maxEntries` keys stay, the oldest dropped first.
 */
function cachedCalls<A extends unknown[], V>(call: (...args: A) => Promise<V>, keyOf: (...args: A) => string, ttlMs: number, now: () => number, maxEntries: number) {
  const cache = new Map<string, { at: number; value: Promise<V> }>();
  return (...args: A): Promise<V> => {
    const key = keyOf(...args);
    const hit = cache.get(key);
    if (hit && now() - hit.at < ttlMs) return hit.value;
    const value = call(...args);
    cache.delete(key);
    cache.set(key, { at: now(), value });
    value.catch(() => { if (cache.get(key)?.value === value) cache.delete(key); });
    while (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
