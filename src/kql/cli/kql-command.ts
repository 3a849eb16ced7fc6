/**
 * `entra-ask kql "<query>" [--json] [--database <name>] [--anchor <ISO>]` and
 * `entra-ask kql --batch <file|-> --json` (cli-contract.md). Runs on the embedded engine over
 * the data folder's database; returns the exit code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { createEmbeddedEngine } from '../engine/embedded-engine';
import type { EmbeddedKqlEngine } from '../engine/embedded-engine';
import { KqlError, isKqlError } from '../errors';
import type { KqlErrorInfo } from '../errors';
import { normalizeRows } from '../normalize-rows';
import { textTable } from './text-table';

export interface KqlCommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Data folder; the engine's database is `<dataDir>/kql.duckdb`. */
  readonly dataDir: string;
  /** Reads stdin (for `--batch -`). */
  readonly readStdin?: () => Promise<string>;
  /** Loads the demo tenant into an empty store (wired by the CLI dispatcher). */
  readonly ensureDemoLoaded?: (engine: EmbeddedKqlEngine) => Promise<void>;
  /** Opens the store itself (e.g. read-only, shared with a running bot) instead of `<dataDir>/kql.duckdb` read-write. */
  readonly openEngine?: () => Promise<EmbeddedKqlEngine>;
  /** Told of every query run (the audit trail): its text, row count, time and error code. */
  readonly onQuery?: (ran: { readonly text: string; readonly database: string; readonly rowCount: number; readonly elapsedMs: number; readonly errorCode: string | null; readonly at: Date }) => void;
}

interface Parsed {
  readonly query?: string;
  readonly batch?: string;
  readonly json: boolean;
  readonly database?: string;
  readonly anchor?: string;
  readonly problem?: string;
}

const USAGE = 'usage: entra-ask kql "<query>" [--json] [--database <name>] [--anchor <ISO>]\n       entra-ask kql --batch <file|-> --json\n';

function parseArgs(args: readonly string[]): Parsed {
  let query: string | undefined;
  let batch: string | undefined;
  let database: string | undefined;
  let anchor: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--batch' || a === '--database' || a === '--anchor') {
      const v = args[++i];
      if (v === undefined) return { json, problem: `${a} needs a value` };
      if (a === '--batch') batch = v;
      else if (a === '--database') database = v;
      else anchor = v;
    } else if (a.startsWith('--')) return { json, problem: `unknown option ${a}` };
    else if (query === undefined) query = a;
    else return { json, problem: 'give the query as one argument (quote it)' };
  }
  if (!query && !batch) return { json, problem: 'no query given' };
  if (query && batch) return { json, problem: 'give a query or --batch, not both' };
  return { json, ...(query ? { query } : {}), ...(batch ? { batch } : {}), ...(database ? { database } : {}), ...(anchor ? { anchor } : {}) };
}

interface Outcome {
  readonly ok: boolean;
  readonly columns: readonly { name: string; type: string }[];
  readonly rows: readonly (readonly unknown[])[];
  readonly render?: string;
  readonly error?: KqlErrorInfo;
  readonly elapsedMs: number;
}

async function run(engine: EmbeddedKqlEngine, text: string, database: string | undefined, io: KqlCommandIo): Promise<Outcome> {
  const at = new Date();
  const o = await runQuery(engine, text, database);
  io.onQuery?.({ text, database: database ?? engine.schema.database, rowCount: o.rows.length, elapsedMs: o.elapsedMs, errorCode: o.error?.code ?? null, at });
  return o;
}

async function runQuery(engine: EmbeddedKqlEngine, text: string, database: string | undefined): Promise<Outcome> {
  const t0 = performance.now();
  try {
    if (database && database.toLowerCase() !== engine.schema.database.toLowerCase()) {
      throw new KqlError({ code: 'EA003', message: `Unknown database '${database}'. The embedded engine serves '${engine.schema.database}'.` });
    }
    const r = await engine.query(text);
    return { ok: true, columns: r.columns, rows: normalizeRows(r.columns, r.rows), ...(r.render ? { render: r.render } : {}), elapsedMs: Math.round(performance.now() - t0) };
  } catch (e) {
    if (!isKqlError(e)) throw e;
    return { ok: false, columns: [], rows: [], error: e.toJSON(), elapsedMs: Math.round(performance.now() - t0) };
  }
}

function resolveListed(path: string, listFile: string): string {
  if (isAbsolute(path) || existsSync(path) || listFile === '-') return resolve(path);
  return join(dirname(listFile), path);
}

/** Runs the `kql` command; returns the process exit code. */
export async function runKqlCommand(args: readonly string[], io: KqlCommandIo): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.problem) {
    io.stderr.write(`entra-ask kql: ${parsed.problem}\n${USAGE}`);
    return 2;
  }
  const engine = io.openEngine
    ? await io.openEngine()
    : await createEmbeddedEngine({ dbPath: join(io.dataDir, 'kql.duckdb'), ...(parsed.anchor ? { anchorTime: parsed.anchor } : {}) });
  try {
    if (io.ensureDemoLoaded && !io.openEngine) await io.ensureDemoLoaded(engine);
    if (parsed.anchor) engine.setAnchorTime(parsed.anchor);
    if (parsed.batch !== undefined) {
      const list = parsed.batch === '-' ? await (io.readStdin?.() ?? Promise.resolve('')) : readFileSync(parsed.batch, 'utf8');
      for (const line of list.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith('#'))) {
        const file = resolveListed(line, parsed.batch);
        let o: Outcome;
        try {
          o = await run(engine, readFileSync(file, 'utf8'), parsed.database, io);
        } catch (e) {
          if (e instanceof Error && 'code' in e && (e as { code?: string }).code === 'ENOENT') {
            o = { ok: false, columns: [], rows: [], error: { code: 'EA004', message: `Cannot read ${line}` }, elapsedMs: 0 };
          } else throw e;
        }
        io.stdout.write(`${JSON.stringify({ file: line, ok: o.ok, rowCount: o.rows.length, columns: o.columns, rows: o.rows.slice(0, 100), error: o.error ?? null, elapsedMs: o.elapsedMs })}\n`);
      }
      return 0;
    }
    const o = await run(engine, parsed.query!, parsed.database, io);
    if (parsed.json) {
      io.stdout.write(`${JSON.stringify(o.ok ? { columns: o.columns, rows: o.rows, elapsedMs: o.elapsedMs, ...(o.render ? { render: o.render } : {}) } : { error: o.error })}\n`);
    } else if (o.ok) {
      io.stdout.write(`${textTable(o.columns, o.rows)}\n${o.elapsedMs} ms\n`);
    } else {
      const e = o.error!;
      const caret = e.start !== undefined ? `\n${parsed.query}\n${' '.repeat(e.start)}${'^'.repeat(Math.max(1, e.length ?? 1))}` : '';
      io.stderr.write(`${e.code}: ${e.message}${caret}\n`);
    }
    return o.ok ? 0 : 1;
  } finally {
    await engine.close();
  }
}
