/** Shared engine for the KQL tests: in memory, the tiny fixture tenant loaded, anchor fixed. */
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import type { EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { loadDemoTenantTables } from '../../src/demo/kql-store/load-demo';
import { TINY_ANCHOR, tinyTenant } from './fixtures/tiny-tenant';

let shared: Promise<EmbeddedKqlEngine> | undefined;

/** One engine per test file (vitest forks per file). */
export function fixtureEngine(): Promise<EmbeddedKqlEngine> {
  shared ??= (async () => {
    const engine = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: TINY_ANCHOR });
    const t = tinyTenant();
    await loadDemoTenantTables(engine, t.model, t.signIns);
    engine.setAnchorTime(TINY_ANCHOR);
    return engine;
  })();
  return shared;
}

/** Runs KQL and returns its rows. */
export async function rows(kql: string): Promise<readonly (readonly unknown[])[]> {
  return (await (await fixtureEngine()).query(kql)).rows;
}

/** Runs KQL and returns its column names. */
export async function columns(kql: string): Promise<string[]> {
  return (await (await fixtureEngine()).query(kql)).columns.map((c) => c.name);
}

/** Runs KQL and returns its columns as `name:type` and its rows as arrays. */
export async function table(kql: string): Promise<{ columns: string[]; rows: unknown[][] }> {
  const r = await (await fixtureEngine()).query(kql);
  return { columns: r.columns.map((c) => `${c.name}:${c.type}`), rows: r.rows.map((x) => [...x]) };
}

/** The error code a query is refused with, or 'ran' when it runs. */
export async function refused(kql: string): Promise<string> {
  try {
    await rows(kql);
  } catch (e) {
    return String((e as { code?: string }).code);
  }
  return 'ran';
}
