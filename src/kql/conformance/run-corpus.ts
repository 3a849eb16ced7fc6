/**
 * Runs the KQL reference corpus through the embedded engine and classifies what fails.
 * Used by scripts/kql-corpus.ts (full size) and test/kql/corpus-conformance.test.ts (fixture data).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmbeddedKqlEngine } from '../engine/embedded-engine';
import { isKqlError } from '../errors';
import type { KqlErrorInfo } from '../errors';

export interface CorpusQueryResult {
  readonly file: string;
  readonly status: 'ok' | 'failed' | 'countedOut';
  readonly tables: readonly string[];
  readonly unserved?: readonly string[];
  readonly error?: KqlErrorInfo;
  readonly rowCount?: number;
  readonly compileMs?: number;
  readonly runMs?: number;
}

export interface CorpusReport {
  readonly summary: {
    readonly total: number;
    readonly served: number;
    readonly countedOut: number;
    readonly ok: number;
    readonly failed: number;
    /**
     * Failed queries that Kusto.Language, Microsoft's own parser and binder, rejects (KS codes)
     * with the tables' published schemas: a column the table does not have, a type mismatch. They
     * fail on Log Analytics too; said apart, still counted in `served`.
     */
    readonly rejectedByBinder: number;
    readonly compileMedianMs: number;
    readonly compileP95Ms: number;
    readonly runMedianMs: number;
    readonly runP95Ms: number;
  };
  readonly classes: readonly { readonly key: string; readonly count: number; readonly examples: readonly string[] }[];
  readonly unservedTables: readonly { readonly table: string; readonly count: number }[];
  readonly results: readonly CorpusQueryResult[];
}

/** Tables per corpus file, from INDEX.tsv. */
function readIndex(dir: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const lines = readFileSync(join(dir, 'INDEX.tsv'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const cols = line.split('\t');
    if (cols.length < 3) continue;
    map.set(cols[0]!, cols[2]!.split(',').map((t) => t.trim()).filter((t) => t.length > 0));
  }
  return map;
}

/** A failure's class: its code plus the detail that names the missing feature. */
export function failureClass(e: KqlErrorInfo): string {
  if (e.code === 'EA500') {
    const m = /^[^:]*: ([A-Za-z ]+Error)/.exec(e.message);
    return `EA500 ${m?.[1] ?? 'execution'}`;
  }
  if (e.code.startsWith('EA')) {
    const detail = e.message.split(': ').slice(1).join(': ');
    return `${e.code} ${detail.replace(/'[^']*'/g, "'…'").slice(0, 60)}`;
  }
  return `${e.code} ${e.message.replace(/'[^']*'/g, "'…'").replace(/"[^"]*"/g, '"…"').slice(0, 60)}`;
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

export async function runCorpus(engine: EmbeddedKqlEngine, dir: string, options: { limit?: number; onQuery?: (file: string) => void } = {}): Promise<CorpusReport> {
  const index = readIndex(dir);
  const served = new Set(Object.keys(engine.schema.tables));
  const files = readdirSync(dir).filter((f) => f.endsWith('.kql')).sort().slice(0, options.limit);
  const results: CorpusQueryResult[] = [];
  const unservedCounts = new Map<string, number>();
  for (const file of files) {
    const tables = index.get(file) ?? [];
    const unserved = tables.filter((t) => !served.has(t));
    if (unserved.length > 0) {
      for (const t of unserved) unservedCounts.set(t, (unservedCounts.get(t) ?? 0) + 1);
      results.push({ file, status: 'countedOut', tables, unserved });
      continue;
    }
    const text = readFileSync(join(dir, file), 'utf8');
    options.onQuery?.(file);
    try {
      const r = await engine.query(text, { maxRows: 1000 });
      results.push({ file, status: 'ok', tables, rowCount: r.rows.length, compileMs: r.compileMs, runMs: r.runMs });
    } catch (e) {
      if (!isKqlError(e)) {
        results.push({ file, status: 'failed', tables, error: { code: 'BUG', message: e instanceof Error ? e.message : String(e) } });
        continue;
      }
      results.push({ file, status: 'failed', tables, error: e.toJSON() });
    }
  }
  const classes = new Map<string, string[]>();
  for (const r of results) {
    if (r.status !== 'failed' || !r.error) continue;
    const key = failureClass(r.error);
    classes.set(key, [...(classes.get(key) ?? []), r.file]);
  }
  const ok = results.filter((r) => r.status === 'ok');
  const compile = ok.map((r) => r.compileMs ?? 0);
  const run = ok.map((r) => r.runMs ?? 0);
  return {
    summary: {
      total: files.length,
      served: results.filter((r) => r.status !== 'countedOut').length,
      countedOut: results.filter((r) => r.status === 'countedOut').length,
      ok: ok.length,
      failed: results.filter((r) => r.status === 'failed').length,
      rejectedByBinder: results.filter((r) => r.status === 'failed' && r.error?.code.startsWith('KS')).length,
      compileMedianMs: quantile(compile, 0.5),
      compileP95Ms: quantile(compile, 0.95),
      runMedianMs: quantile(run, 0.5),
      runP95Ms: quantile(run, 0.95),
    },
    classes: [...classes.entries()].map(([key, fs]) => ({ key, count: fs.length, examples: fs.slice(0, 4) })).sort((a, b) => b.count - a.count),
    unservedTables: [...unservedCounts.entries()].map(([table, count]) => ({ table, count })).sort((a, b) => b.count - a.count),
    results,
  };
}
