/**
 * Loads the demo tenant into the embedded engine's Log Analytics tables: sign-ins go in by
 * DuckDB's own NDJSON reader (interactive → SigninLogs, the rest → AADNonInteractiveUserSignInLogs);
 * audit, risk and identity tables come from the model through the appender; the snapshot tables
 * of seed 000 (EntraUsers, …, AppRoleAssignments, salesforceAssignments) from the model's
 * generated history. The tenant's anchor time is stored as `now()`. Log tables end up sorted by
 * TimeGenerated.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSnapshotHistory } from '../history';
import type { GraphObject, TenantModel } from '../model';
import { toJson } from '../store/to-json';
import { quoteIdent, schemaColumns, writeTable } from '../../kql';
import type { EmbeddedKqlEngine, Row } from '../../kql';
import { auditRow, identityInfoRows, riskEventRow, riskyUserRow } from './graph-to-log-rows';
import { copySignInsSql, insertSignInsSql } from './sign-in-sql';
import { createDerivedViews } from './derived-views';
import { provisioningRows, riskyServicePrincipalRow, servicePrincipalRiskEventRow, servicePrincipalSignInRows } from './workload-rows';

/** Sign-ins as Graph objects, or the path of an NDJSON file of them (oldest first). */
/**
 * Version of what the loader writes (tables, views, row mappings): part of the runtime store's
 * fingerprint, so a store written by an older loader is reloaded. 2: workload-identity,
 * provisioning and Defender sign-in tables, Graph activity.
 */
export const LOADER_VERSION = 2;

export type SignIns = Iterable<GraphObject> | AsyncIterable<GraphObject> | string;

/** Row counts per table after loading. */
export type LoadCounts = Readonly<Record<string, number>>;

/** Time spent per loading step (ms), for benchmarks. */
export type LoadTimings = Record<string, number>;

const INTERACTIVE = 'SigninLogs';
const NON_INTERACTIVE = 'AADNonInteractiveUserSignInLogs';

function byTime(rows: Row[]): Row[] {
  return rows.sort((a, b) => Date.parse(String(a['TimeGenerated'])) - Date.parse(String(b['TimeGenerated'])));
}

/** Writes sign-ins given as objects to an NDJSON file in `dir` (DuckDB reads files). */
async function spool(items: Iterable<GraphObject> | AsyncIterable<GraphObject>, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  const out = createWriteStream(file, { encoding: 'utf8' });
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (parts.length === 0) return;
    const ok = out.write(`${parts.join('\n')}\n`);
    parts = [];
    size = 0;
    if (!ok) await once(out, 'drain');
  };
  try {
    for await (const item of items) {
      const text = toJson(item);
      parts.push(text);
      size += text.length;
      if (size >= 1 << 20) await flush();
    }
    await flush();
  } finally {
    out.end();
    await once(out, 'close');
  }
  return file;
}

/** Runs a loading statement (no per-query time limit: loading millions of rows takes a while). */
async function exec(engine: EmbeddedKqlEngine, sql: string, parameters: readonly string[] = []): Promise<void> {
  await engine.withConnection((c) => c.run(sql, [...parameters]));
}

async function count(engine: EmbeddedKqlEngine, table: string): Promise<number> {
  const [[n]] = (await engine.runSql(`SELECT count(*) FROM ${quoteIdent(table)}`)) as [[bigint]];
  return Number(n);
}

/** Re-sorts a table by TimeGenerated unless its rows already are in that order. */
async function keepSorted(engine: EmbeddedKqlEngine, table: string): Promise<void> {
  const q = quoteIdent(table);
  const outOfOrder = await engine.withConnection(async (c) => (await c.runAndReadAll(
    `SELECT count(*) FROM (SELECT "TimeGenerated" < lag("TimeGenerated") OVER (ORDER BY rowid) AS back FROM ${q}) WHERE back`,
  )).getRowsJS()[0]?.[0]);
  if (Number(outOfOrder) === 0) return;
  await engine.withConnection(async (c) => {
    await c.run(`CREATE OR REPLACE TEMP TABLE _sorting AS SELECT * FROM ${q} ORDER BY "TimeGenerated"`);
    await c.run(`DELETE FROM ${q}`);
    await c.run(`INSERT INTO ${q} SELECT * FROM _sorting`);
    await c.run('DROP TABLE _sorting');
  });
}

/**
 * Sign-ins of `mixed` go by their `isInteractive` flag; every sign-in of `nonInteractive` goes
 * to AADNonInteractiveUserSignInLogs. Sign-ins given as objects are first written to a
 * temporary NDJSON file.
 */
async function loadSignIns(engine: EmbeddedKqlEngine, mixed: SignIns, nonInteractive: SignIns | undefined, tenantId: string, timings: LoadTimings): Promise<Record<string, number>> {
  const interactiveCols = schemaColumns(engine.schema.tables[INTERACTIVE]!);
  const otherCols = schemaColumns(engine.schema.tables[NON_INTERACTIVE]!);
  let dir: string | undefined;
  const fileOf = async (source: SignIns, name: string): Promise<string> => {
    if (typeof source === 'string') return source;
    dir ??= await mkdtemp(path.join(tmpdir(), 'entra-ask-kql-'));
    return spool(source, dir, name);
  };
  const step = async (name: string, fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    timings[name] = (timings[name] ?? 0) + (performance.now() - t0);
  };
  try {
    for (const t of [INTERACTIVE, NON_INTERACTIVE]) await exec(engine, `DELETE FROM ${quoteIdent(t)}`);
    let mixedFile = '';
    let otherFile: string | undefined;
    await step('spool', async () => {
      mixedFile = await fileOf(mixed, 'signIns.ndjson');
      if (nonInteractive !== undefined) otherFile = await fileOf(nonInteractive, 'nonInteractive.ndjson');
    });
    await step(INTERACTIVE, () => exec(engine, insertSignInsSql(INTERACTIVE, interactiveCols, mixedFile, false), [tenantId]));
    // Non-interactive sign-ins of the mixed source move to their own table (none in the demo files).
    await step(NON_INTERACTIVE, async () => {
      await exec(engine, copySignInsSql(INTERACTIVE, interactiveCols, NON_INTERACTIVE, otherCols, 'NOT "IsInteractive"'));
      await exec(engine, `DELETE FROM ${quoteIdent(INTERACTIVE)} WHERE NOT "IsInteractive"`);
      if (otherFile !== undefined) await exec(engine, insertSignInsSql(NON_INTERACTIVE, otherCols, otherFile, true), [tenantId]);
    });
    await step('sort', async () => {
      await keepSorted(engine, INTERACTIVE);
      await keepSorted(engine, NON_INTERACTIVE);
    });
    return { [INTERACTIVE]: await count(engine, INTERACTIVE), [NON_INTERACTIVE]: await count(engine, NON_INTERACTIVE) };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Loads every log table. `signIns` holds interactive sign-ins (and non-interactive ones, told
 * apart by `isInteractive: false`); `nonInteractive` may supply the latter separately. Either
 * may be the path of an NDJSON file (the demo data folder's), read by DuckDB directly.
 */
export async function loadDemoTenantTables(
  engine: EmbeddedKqlEngine,
  model: TenantModel,
  signIns: SignIns,
  nonInteractive?: SignIns,
  timings: LoadTimings = {},
): Promise<LoadCounts> {
  const tenantId = model.tenant.tenantId;
  const counts: Record<string, number> = await loadSignIns(engine, signIns, nonInteractive, tenantId, timings);
  const t0 = performance.now();
  counts['AuditLogs'] = await writeTable(engine, 'AuditLogs', byTime(model.directoryAudits.map((a) => auditRow(a, tenantId))));
  counts['AADRiskyUsers'] = await writeTable(engine, 'AADRiskyUsers', byTime(model.riskyUsers.map((r) => riskyUserRow(r, tenantId))));
  counts['AADUserRiskEvents'] = await writeTable(engine, 'AADUserRiskEvents', byTime(model.riskDetections.map((d) => riskEventRow(d, tenantId))));
  counts['IdentityInfo'] = await writeTable(engine, 'IdentityInfo', identityInfoRows(model));
  const optional: Record<string, () => Row[]> = {
    AADServicePrincipalSignInLogs: () => servicePrincipalSignInRows(model),
    AADRiskyServicePrincipals: () => byTime(model.riskyServicePrincipals.map((r) => riskyServicePrincipalRow(r, tenantId))),
    AADServicePrincipalRiskEvents: () => byTime(model.riskyServicePrincipals.map((r) => servicePrincipalRiskEventRow(r, tenantId))),
    AADProvisioningLogs: () => provisioningRows(model),
  };
  for (const [table, rows] of Object.entries(optional)) if (engine.schema.tables[table]) counts[table] = await writeTable(engine, table, rows());
  Object.assign(counts, await loadSnapshotTables(engine, model));
  for (const view of await createDerivedViews(engine)) counts[view] = await count(engine, view);
  timings['model tables'] = performance.now() - t0;
  await engine.saveAnchorTime(model.tenant.anchorTime);
  return counts;
}

/** The demo tenant's snapshot history (src/demo/history) into the snapshot tables. */
export async function loadSnapshotTables(engine: EmbeddedKqlEngine, model: TenantModel): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, rows] of Object.entries(generateSnapshotHistory(model).tables)) {
    if (engine.schema.tables[table]) counts[table] = await writeTable(engine, table, rows);
  }
  return counts;
}
