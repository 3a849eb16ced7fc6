/**
 * `entra-ask import <file> --table <name>`: an application's own user/role export (CSV or JSON)
 * as a KQL table, with column types inferred (string, long, real, bool, datetime, dynamic).
 * All or nothing: every value is checked before one file is written (atomically), and every
 * problem is reported with its line, column and what was expected.
 *
 * Where it goes: a new table → `<dataDir>/imports/<name>.parquet` (an existing one is refused
 * unless `replace`, which swaps the file atomically); a snapshot table (EntraUsers, …) → a new
 * `<dataDir>/snapshots/<Table>/import-<stamp>.parquet` when the columns match its schema. Other
 * built-in tables (the log tables) are refused.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SCHEMA } from '../kql/language/analyze';
import { SNAPSHOT_TABLE_SCHEMAS } from '../kql/language/table-schemas';
import { schemaColumns } from '../kql/language/schema-columns';
import { IMPORTS_FOLDER, importedTableFile, snapshotFolder, TABLE_NAME } from '../kql/engine/external-tables';
import { writeParquetOnce, writeParquetReplacing } from './parquet';
import { readCsv, readJson, RecordError } from './read-records';
import type { SourceTable } from './read-records';
import type { Row } from './tables';

export type ImportType = 'string' | 'long' | 'real' | 'bool' | 'datetime' | 'dynamic';
const IMPORT_TYPES: readonly ImportType[] = ['string', 'long', 'real', 'bool', 'datetime', 'dynamic'];

/** One bad value or record. */
export interface ImportProblem {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}

/** The file cannot be imported; nothing was written. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(message: string, readonly problems: readonly ImportProblem[] = []) {
    super(message);
  }
}

export interface ImportOptions {
  readonly dataDir: string;
  readonly file: string;
  readonly table: string;
  readonly replace?: boolean;
  /** Types forced per column (`--types EmployeeId:string`). */
  readonly types?: Readonly<Record<string, ImportType>>;
}

export interface ImportSummary {
  readonly table: string;
  readonly file: string;
  readonly rows: number;
  readonly columns: readonly { readonly name: string; readonly type: ImportType }[];
  /** Source column names changed to KQL identifiers. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  readonly replaced: boolean;
  /** `snapshot`: appended to a snapshot table; `table`: a table of its own. */
  readonly kind: 'table' | 'snapshot';
}

const KQL_KEYWORDS = new Set([
  'and', 'or', 'not', 'where', 'project', 'extend', 'summarize', 'by', 'let', 'set', 'on', 'in', 'has', 'true', 'false', 'null',
  'join', 'union', 'print', 'range', 'datatable', 'take', 'limit', 'sort', 'order', 'top', 'count', 'as', 'with', 'between',
  'contains', 'distinct', 'evaluate', 'invoke', 'lookup', 'materialize', 'render', 'search', 'find', 'table', 'database', 'cluster',
]);

/** Checks a table name; returns why it is refused, or undefined. */
export function tableNameProblem(name: string): string | undefined {
  if (!TABLE_NAME.test(name)) return `"${name}" is not a usable table name: letters, digits and _ only, not starting with a digit, at most 128 characters`;
  if (KQL_KEYWORDS.has(name.toLowerCase())) return `"${name}" is a KQL keyword; choose another table name`;
  return undefined;
}

// ----- values and types -----

const DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LONG = /^[+-]?(?:0|[1-9]\d*)$/;
const REAL = /^[+-]?(?:(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)$/;

function isoDateTime(text: string): string | undefined {
  if (!DATETIME.test(text)) return undefined;
  let iso = text.replace(' ', 'T');
  if (iso.length === 10) iso += 'T00:00:00';
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) iso += 'Z';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : iso;
}

/** The value as `type`, or undefined when it is not one. `null` stands for an empty value. */
function convert(v: unknown, type: ImportType): unknown {
  if (v === null || v === undefined || v === '') return null;
  switch (type) {
    case 'string':
      return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
    case 'long': {
      if (typeof v === 'number') return Number.isSafeInteger(v) ? v : undefined;
      if (typeof v !== 'string' || !LONG.test(v.trim())) return undefined;
      const n = Number(v.trim());
      return Number.isSafeInteger(n) ? n : undefined;
    }
    case 'real': {
      if (typeof v === 'number') return v;
      if (typeof v !== 'string' || !REAL.test(v.trim())) return undefined;
      return Number(v.trim());
    }
    case 'bool': {
      if (typeof v === 'boolean') return v;
      if (typeof v !== 'string') return undefined;
      const t = v.trim().toLowerCase();
      return t === 'true' ? true : t === 'false' ? false : undefined;
    }
    case 'datetime':
      return typeof v === 'string' ? isoDateTime(v.trim()) : undefined;
    case 'dynamic': {
      if (typeof v === 'object') return v;
      if (typeof v !== 'string') return undefined;
      const t = v.trim();
      if (!t.startsWith('[') && !t.startsWith('{')) return undefined;
      try {
        return JSON.parse(t) as unknown;
      } catch {
        return undefined;
      }
    }
  }
}

const INFER_ORDER: readonly ImportType[] = ['bool', 'long', 'real', 'datetime', 'dynamic'];
/** A type most values fit makes the others errors (a typo in a number column), not a string column. */
const MOSTLY = 0.9;
const MOSTLY_MIN_VALUES = 10;

interface ColumnPlan {
  readonly source: string;
  readonly name: string;
  readonly type: ImportType;
}

function inferType(values: readonly unknown[]): ImportType {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length === 0) return 'string';
  let best: { type: ImportType; fit: number } | undefined;
  for (const t of INFER_ORDER) {
    const fit = present.filter((v) => convert(v, t) !== undefined).length;
    if (fit === present.length) return t;
    if (!best || fit > best.fit) best = { type: t, fit };
  }
  if (best && present.length >= MOSTLY_MIN_VALUES && best.fit / present.length >= MOSTLY) return best.type;
  return 'string';
}

function kqlName(source: string, k: number): string {
  let n = source.replace(/[^A-Za-z0-9_]/g, '_');
  if (n === '' || /^_*$/.test(n)) n = `Column${k + 1}`;
  if (/^\d/.test(n)) n = `_${n}`;
  return n.slice(0, 128);
}

function readSource(file: string, text: string): SourceTable {
  const ext = path.extname(file).toLowerCase();
  const json = ext === '.json' || ext === '.jsonl' || ext === '.ndjson' || (ext !== '.csv' && /^\s*[[{]/.test(text));
  try {
    return json ? readJson(text) : readCsv(text);
  } catch (e) {
    if (e instanceof RecordError) throw new ImportError(`${path.basename(file)}: ${e.message}; nothing was imported`, [{ line: e.line, message: e.message }]);
    throw e;
  }
}

/** Where the table goes, or why it cannot. */
function destination(o: ImportOptions): { kind: 'table' | 'snapshot'; declared?: Map<string, ImportType> } {
  const problem = tableNameProblem(o.table);
  if (problem) throw new ImportError(problem);
  const builtIn = Object.keys(DEFAULT_SCHEMA.tables).find((t) => t.toLowerCase() === o.table.toLowerCase());
  if (builtIn !== undefined) {
    const snapshot = SNAPSHOT_TABLE_SCHEMAS[builtIn];
    if (builtIn !== o.table) throw new ImportError(`"${o.table}" differs only in letter case from the built-in table ${builtIn}; use ${builtIn} or another name`);
    if (snapshot === undefined) throw new ImportError(`${o.table} is a built-in log table; import into a table of your own (e.g. --table ${o.table}Import)`);
    const declared = new Map(schemaColumns(snapshot).map((c) => [c.name, c.type as ImportType]));
    return { kind: 'snapshot', declared };
  }
  const dir = path.join(o.dataDir, IMPORTS_FOLDER);
  const existing = existsSync(dir) ? readdirSync(dir).map((f) => f.replace(/\.parquet$/, '')) : [];
  const clash = existing.find((t) => t.toLowerCase() === o.table.toLowerCase() && t !== o.table);
  if (clash) throw new ImportError(`"${o.table}" differs only in letter case from the imported table ${clash}; use ${clash} or another name`);
  if (existsSync(importedTableFile(o.dataDir, o.table)) && !o.replace) {
    throw new ImportError(`table ${o.table} was imported before; nothing was changed. Pass --replace to replace it (atomically), or choose another --table`);
  }
  return { kind: 'table' };
}

/** Reads, checks and writes; throws `ImportError` (nothing written) for any problem. */
export async function importTable(o: ImportOptions, text: string): Promise<ImportSummary> {
  const dest = destination(o);
  const source = readSource(o.file, text);
  if (source.records.length === 0) throw new ImportError(`${path.basename(o.file)} has no rows; nothing was imported`);
  // Column names → KQL identifiers; duplicates after renaming are refused.
  const plans: ColumnPlan[] = [];
  const renamed: { from: string; to: string }[] = [];
  const used = new Map<string, string>();
  const problems: ImportProblem[] = [];
  source.columns.forEach((c, k) => {
    const name = kqlName(c, k);
    if (name !== c) renamed.push({ from: c, to: name });
    const before = used.get(name.toLowerCase());
    if (before !== undefined) problems.push({ line: 1, column: c, message: `column "${c}" has the same name as "${before}" (as ${name}); rename one of them` });
    used.set(name.toLowerCase(), c);
    const forced = o.types?.[name] ?? o.types?.[c];
    const declared = dest.declared?.get(name);
    const type = forced ?? declared ?? inferType(source.records.map((r) => r.values.get(c)));
    plans.push({ source: c, name, type });
  });
  for (const t of Object.keys(o.types ?? {})) {
    if (!plans.some((p) => p.name === t || p.source === t)) problems.push({ line: 1, column: t, message: `--types names a column the file does not have: ${t}` });
  }
  if (dest.declared) {
    const have = new Set(plans.map((p) => p.name));
    const missing = [...dest.declared.keys()].filter((c) => !have.has(c));
    const extra = plans.filter((p) => !dest.declared?.has(p.name)).map((p) => p.name);
    if (missing.length > 0 || extra.length > 0) {
      throw new ImportError(
        `the columns do not match the snapshot table ${o.table} ${SNAPSHOT_TABLE_SCHEMAS[o.table]}` +
          `${missing.length ? `; missing: ${missing.join(', ')}` : ''}${extra.length ? `; not in the table: ${extra.join(', ')}` : ''}; nothing was imported`,
      );
    }
  }
  const rows: Row[] = [];
  for (const r of source.records) {
    const row: Row = {};
    for (const p of plans) {
      const raw = r.values.get(p.source);
      const v = convert(raw, p.type);
      if (v === undefined) {
        if (problems.length < 50) problems.push({ line: r.line, column: p.source, message: `expected ${p.type}${p.type === 'datetime' ? ' (ISO 8601, e.g. 2024-03-13 or 2024-03-13T10:00:00Z)' : ''}, found ${JSON.stringify(raw)}` });
        else if (problems.length === 50) problems.push({ line: r.line, message: 'more problems not listed' });
        continue;
      }
      row[p.name] = v;
    }
    rows.push(row);
  }
  if (problems.length > 0) {
    const list = problems.map((p) => `  line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''}: ${p.message}`).join('\n');
    throw new ImportError(`${path.basename(o.file)}: ${problems.length} problem(s); nothing was imported\n${list}\n(force a column's type with --types ${plans[0]?.name ?? 'Column'}:string if the values are right)`, problems);
  }
  const schemaText = `(${plans.map((p) => `['${p.name}']:${p.type}`).join(', ')})`;
  let replaced = false;
  if (dest.kind === 'snapshot') {
    const stamp = `${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 15)}-${process.pid}`;
    const file = path.join(snapshotFolder(o.dataDir, o.table), `import-${stamp}.parquet`);
    // The declared schema's order, so the file reads like an exported one.
    const ordered = `(${[...(dest.declared?.entries() ?? [])].map(([n, t]) => `['${n}']:${t}`).join(', ')})`;
    if ((await writeParquetOnce(file, ordered, rows)) === undefined) throw new ImportError(`${file} exists; try again`);
  } else {
    const file = importedTableFile(o.dataDir, o.table);
    replaced = existsSync(file);
    await writeParquetReplacing(file, schemaText, rows);
  }
  return { table: o.table, file: o.file, rows: rows.length, columns: plans.map((p) => ({ name: p.name, type: p.type })), renamed, replaced, kind: dest.kind };
}

export function parseTypes(text: string | undefined): Record<string, ImportType> | undefined {
  if (text === undefined) return undefined;
  const out: Record<string, ImportType> = {};
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const i = part.lastIndexOf(':');
    const col = part.slice(0, i).trim();
    const type = part.slice(i + 1).trim() as ImportType;
    if (i <= 0 || !IMPORT_TYPES.includes(type)) throw new ImportError(`--types wants column:type pairs with types ${IMPORT_TYPES.join(', ')}; got "${part}"`);
    out[col] = type;
  }
  return out;
}
