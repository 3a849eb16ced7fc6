/**
 * Loads the demo tenant into the embedded engine's Log Analytics tables: sign-ins stream in
 * (interactive → SigninLogs, the rest → AADNonInteractiveUserSignInLogs); audit, risk and
 * identity tables come from the model; the snapshot tables of seed 000 (EntraUsers, …,
 * AppRoleAssignments, salesforceAssignments) from the model's generated history. The tenant's
 * anchor time is stored as `now()`.
 */
import { generateSnapshotHistory } from '../../demo/history';
import type { GraphObject, TenantModel } from '../../demo/model';
import type { EmbeddedKqlEngine } from '../engine/embedded-engine';
import { auditRow, identityInfoRows, riskEventRow, riskyUserRow, signInRow } from './graph-to-log-rows';
import type { Row } from './table-writer';
import { TableWriter, writeTable } from './table-writer';

export type SignIns = Iterable<GraphObject> | AsyncIterable<GraphObject>;

/** Row counts per table after loading. */
export type LoadCounts = Readonly<Record<string, number>>;

function byTime(rows: Row[]): Row[] {
  return rows.sort((a, b) => Date.parse(String(a['TimeGenerated'])) - Date.parse(String(b['TimeGenerated'])));
}

/**
 * One pass over each sign-in source. Sign-ins of `mixed` go by their `isInteractive` flag; every
 * sign-in of `nonInteractive` goes to AADNonInteractiveUserSignInLogs.
 */
async function loadSignIns(engine: EmbeddedKqlEngine, mixed: SignIns, nonInteractive: SignIns | undefined, tenantId: string): Promise<Record<string, number>> {
  const interactive = await TableWriter.open(engine, 'SigninLogs');
  const other = await TableWriter.open(engine, 'AADNonInteractiveUserSignInLogs');
  for await (const s of mixed) (s['isInteractive'] === false ? other : interactive).append(signInRow(s, tenantId));
  if (nonInteractive) for await (const s of nonInteractive) other.append(signInRow({ ...s, isInteractive: false }, tenantId));
  return { SigninLogs: await interactive.finish(), AADNonInteractiveUserSignInLogs: await other.finish() };
}

/**
 * Loads every log table. `signIns` holds interactive sign-ins (and non-interactive ones, told
 * apart by `isInteractive: false`); `nonInteractive` may supply the latter separately.
 */
export async function loadDemoTenantTables(
  engine: EmbeddedKqlEngine,
  model: TenantModel,
  signIns: SignIns,
  nonInteractive?: SignIns,
): Promise<LoadCounts> {
  const tenantId = model.tenant.tenantId;
  const counts: Record<string, number> = await loadSignIns(engine, signIns, nonInteractive, tenantId);
  counts['AuditLogs'] = await writeTable(engine, 'AuditLogs', byTime(model.directoryAudits.map((a) => auditRow(a, tenantId))));
  counts['AADRiskyUsers'] = await writeTable(engine, 'AADRiskyUsers', byTime(model.riskyUsers.map((r) => riskyUserRow(r, tenantId))));
  counts['AADUserRiskEvents'] = await writeTable(engine, 'AADUserRiskEvents', byTime(model.riskDetections.map((d) => riskEventRow(d, tenantId))));
  counts['IdentityInfo'] = await writeTable(engine, 'IdentityInfo', identityInfoRows(model));
  Object.assign(counts, await loadSnapshotTables(engine, model));
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
