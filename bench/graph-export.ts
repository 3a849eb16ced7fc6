/**
 * Graph efficiency (performance.md): exporting the large demo tenant's groups and memberships
 * through the Graph protocol with `entra-ask export`'s reader (`/groups/delta` with
 * `members@delta`), against the seed's approach — list the groups, then one
 * `/groups/{id}/members` request per group (following its next links), without the seed's
 * 200 ms sleeps — both against the same local Graph endpoint, in the same run. The figure is
 * the ratio of HTTP requests (target ≥ 10× fewer); wall times are reported beside it, and the
 * `$batch` variant (one members request per group, 20 to a batch) as extra.
 */
import { startGraphServer } from '../src/demo/graph-server';
import { loadOrCreateDemoTenant } from '../src/demo/store';
import { createGraphSource, odataPathSegment } from '../src/sources/graph';
import type { GraphSource } from '../src/sources/graph';
import { EXPORT_GRAPH_OPTIONS } from '../src/cli/export-command';
import { exportSnapshot } from '../src/snapshots/export';
import type { SnapshotSink } from '../src/snapshots/export';
import type { GroupsMode } from '../src/snapshots/graph-reader';
import { median, percentile } from './stats';
import type { BenchContext, BenchSuite, Measurement } from './types';

interface Run {
  readonly requests: number;
  readonly ms: number;
  /** Membership references read (the same for every approach, checked). */
  readonly memberRefs: number;
  readonly groups: number;
}

function counted(baseUrl: string): { graph: GraphSource; requests: () => number } {
  let n = 0;
  const graph = createGraphSource({ mode: 'demo', baseUrl }, { ...EXPORT_GRAPH_OPTIONS, onHttp: () => { n += 1; } });
  return { graph, requests: () => n };
}

/** Keeps rows in memory: only the Graph side is measured, not Parquet writing. */
function memorySink(): SnapshotSink & { memberRefs: number; groups: number } {
  const sink = {
    description: 'memory',
    memberRefs: 0,
    groups: 0,
    has: async () => false,
    write: async (table: string, _date: string, rows: readonly Record<string, unknown>[]) => {
      if (table === 'EntraGroupMembership') sink.memberRefs += rows.reduce((n, r) => n + (r['Members'] as unknown[]).length, 0);
      if (table === 'EntraGroups') sink.groups += rows.length;
      return rows.length;
    },
  };
  return sink;
}

async function exporter(baseUrl: string, mode: GroupsMode): Promise<Run> {
  const { graph, requests } = counted(baseUrl);
  const sink = memorySink();
  const t0 = performance.now();
  await exportSnapshot({ graph, requests, sink, date: '2000-01-01', sourceDay: '2000-01-01', tables: ['EntraGroups', 'EntraGroupMembership'], groupsMode: mode });
  return { requests: requests(), ms: performance.now() - t0, memberRefs: sink.memberRefs, groups: sink.groups };
}

/** The seed's PowerShell: Get-MgGroup -All (pages of 100), then Get-MgGroupMember per group, one after another. */
async function onePerGroup(baseUrl: string): Promise<Run> {
  const { graph, requests } = counted(baseUrl);
  const t0 = performance.now();
  const groups = await graph.execute({ source: 'graph', id: 'groups', method: 'GET', path: '/groups', maxRows: Number.MAX_SAFE_INTEGER });
  let memberRefs = 0;
  for (const g of groups.rows) {
    const id = String(g['id']);
    const members = await graph.execute({ source: 'graph', id, method: 'GET', path: `/groups/${odataPathSegment(id)}/members`, maxRows: Number.MAX_SAFE_INTEGER });
    memberRefs += members.rows.length;
  }
  return { requests: requests(), ms: performance.now() - t0, memberRefs, groups: groups.rows.length };
}


export const graphExportSuite: BenchSuite = async (ctx: BenchContext): Promise<Measurement[]> => {
  const tenant = ctx.large;
  ctx.log(`graph export: loading the demo tenant in ${tenant.dataDir}`);
  const demo = await loadOrCreateDemoTenant(tenant.dataDir);
  const server = await startGraphServer({ model: demo.model, host: '127.0.0.1', port: 0 });
  const runs = ctx.quick ? 2 : 5;
  try {
    const mine: Run[] = [];
    const batched: Run[] = [];
    const seed: Run[] = [];
    // Warm-up (JIT, the endpoint's indexes), not counted.
    await exporter(server.url, 'delta');
    await onePerGroup(server.url);
    for (let i = 0; i < runs; i++) {
      ctx.log(`graph export: run ${i + 1}/${runs}`);
      mine.push(await exporter(server.url, 'delta'));
      batched.push(await exporter(server.url, 'batched'));
      seed.push(await onePerGroup(server.url));
    }
    const check = (r: Run, name: string) => {
      const ref = seed[0] as Run;
      if (r.memberRefs !== ref.memberRefs || r.groups !== ref.groups) {
        throw new Error(`graph export: ${name} read ${r.groups} groups / ${r.memberRefs} memberships, the one-per-group way ${ref.groups} / ${ref.memberRefs}`);
      }
    };
    mine.forEach((r) => check(r, 'delta'));
    batched.forEach((r) => check(r, '$batch'));
    const ref = seed[0] as Run;
    const ratio = median(seed.map((r) => r.requests)) / median(mine.map((r) => r.requests));
    const about = `${tenant.users.toLocaleString('en-US')} users, ${ref.groups.toLocaleString('en-US')} groups, ${ref.memberRefs.toLocaleString('en-US')} memberships`;
    const extra = {
      tenant: about,
      requests: { delta: median(mine.map((r) => r.requests)), batch: median(batched.map((r) => r.requests)), onePerGroup: median(seed.map((r) => r.requests)) },
      wallMs: { delta: Math.round(median(mine.map((r) => r.ms))), batch: Math.round(median(batched.map((r) => r.ms))), onePerGroup: Math.round(median(seed.map((r) => r.ms))) },
    };
    return [
      {
        id: 'graph.export.requestRatio',
        what: `HTTP requests to export groups + memberships: one request per group ÷ entra-ask export (${about})`,
        unit: 'ratio',
        median: ratio,
        runs,
        target: '≥ 10× fewer requests',
        meets: ratio >= 10,
        extra,
      },
      {
        id: 'graph.export.requests',
        what: 'HTTP requests of entra-ask export for groups + memberships (/groups/delta with members@delta)',
        unit: 'requests',
        median: median(mine.map((r) => r.requests)),
        p95: percentile(mine.map((r) => r.requests), 0.95),
        runs,
        notes: `one request per group: ${extra.requests.onePerGroup}; one members request per group in $batch: ${extra.requests.batch}`,
      },
      {
        id: 'graph.export.ms',
        what: 'wall time of entra-ask export for groups + memberships against the local Graph endpoint',
        unit: 'ms',
        median: Math.round(median(mine.map((r) => r.ms))),
        p95: Math.round(percentile(mine.map((r) => r.ms), 0.95)),
        runs,
        notes: `one request per group (no sleeps): median ${Math.round(extra.wallMs.onePerGroup)} ms; $batch: ${Math.round(extra.wallMs.batch)} ms`,
      },
    ];
  } finally {
    await server.close();
  }
};
