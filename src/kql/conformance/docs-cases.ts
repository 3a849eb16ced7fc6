/**
 * The documentation conformance suite's cases and how an engine result is judged against the
 * output table a page of Microsoft's KQL reference shows. Pure: no I/O.
 */

/** One example of the KQL reference with the output the page shows for it. */
export interface DocsCase {
  /** `<page without .md>#<n>`, n counting the page's self-contained examples from 1. */
  readonly id: string;
  /** Page path under `data-explorer/kusto/query/`. */
  readonly page: string;
  /** Line of the query's code fence in the page. */
  readonly line: number;
  /** Function family or kind of page (`String functions`, `Tabular operators`, …). */
  readonly feature: string;
  readonly query: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface DocsCaseFile {
  readonly source: string;
  readonly license: string;
  readonly commit: string;
  readonly extractedBy: string;
  readonly cases: readonly DocsCase[];
}

/**
 * A reviewed correction of an obvious documentation mistake, with its reason. Never written to
 * make an expected value agree with the engine: only where the page contradicts itself or Kusto.
 */
export interface DocsCorrection {
  readonly reason: string;
  readonly query?: string;
  readonly columns?: readonly string[];
  readonly rows?: readonly (readonly string[])[];
  /** The example cannot be checked (random, clock-dependent, output elided in the page). */
  readonly unverifiable?: boolean;
}

export type DocsOutcome = 'pass' | 'refused' | 'wrong' | 'failed' | 'unverifiable';

/** A result as the engine gives it: column names and types, rows of KQL JSON values. */
export interface EngineTable {
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly rows: readonly (readonly unknown[])[];
}

/** Queries whose output depends on the clock, randomness or the cluster: cannot be compared. */
const NONDETERMINISTIC = /\b(now|ago|rand|new_guid|current_principal\w*|current_cluster_endpoint|current_database|ingestion_time|cursor_\w+|extent_id|extent_tags|estimate_data_size|hll|tdigest)\s*\(|\|\s*(sample|sample-distinct)\b|\bhll_merge\b/i;

export function isNondeterministic(query: string): boolean {
  return NONDETERMINISTIC.test(query);
}

/** The page's markdown cell as plain text: backticks, bold, escapes and entities removed. */
export function cellText(cell: string): string {
  let s = cell.trim();
  s = s.replace(/<br\s*\/?>/gi, '\n').replace(/&nbsp;/g, ' ');
  s = s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#124;/g, '|').replace(/&amp;/g, '&');
  if (/^\*\*.*\*\*$/.test(s)) s = s.slice(2, -2);
  // Inside a code span backslashes are literal: only text outside one is unescaped.
  if (/^`[^`]*`$/.test(s)) s = s.slice(1, -1);
  else s = s.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
  s = s.replace(/^<(https?:[^>\s]+)>$/, '$1');
  if (s === '(null)') s = '';
  return s.trim();
}

const TICKS_PER_SECOND = 10_000_000;

/** `[-][d.]hh:mm:ss[.fffffff]` (or `d.hh:mm`) → 100-ns ticks. */
export function timespanTicks(text: string): bigint | undefined {
  const m = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(text.trim());
  if (!m) return undefined;
  const [, neg, d, h, mi, s, f] = m;
  const secs = BigInt(d ?? 0) * 86400n + BigInt(h!) * 3600n + BigInt(mi!) * 60n + BigInt(s ?? 0);
  const ticks = secs * BigInt(TICKS_PER_SECOND) + BigInt((f ?? '').padEnd(7, '0'));
  return neg ? -ticks : ticks;
}

/** A datetime as written in the docs or by the engine → `YYYY-MM-DD HH:MM:SS.fffffff`. */
export function datetimeText(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|\+00:00)?$/.exec(text.trim());
  if (m) {
    const [, y, mo, d, h, mi, s, f] = m;
    return `${y}-${mo}-${d} ${(h ?? '0').padStart(2, '0')}:${mi ?? '00'}:${s ?? '00'}.${(f ?? '').padEnd(7, '0')}`;
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?\s*(AM|PM)$/i.exec(text.trim());
  if (us) {
    const [, mo, d, y, h, mi, s, f, ap] = us;
    let hour = Number(h) % 12;
    if (ap!.toUpperCase() === 'PM') hour += 12;
    return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')} ${String(hour).padStart(2, '0')}:${mi}:${s}.${(f ?? '').padEnd(7, '0')}`;
  }
  return undefined;
}

function numberOf(text: string): number | undefined {
  const t = text.trim();
  if (/^nan$/i.test(t)) return NaN;
  if (/^[+]?(inf|infinity|∞)$/i.test(t)) return Infinity;
  if (/^-(inf|infinity|∞)$/i.test(t)) return -Infinity;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** Equal as the page shows it: the page may round to fewer digits than the engine computes. */
function sameNumber(expectedText: string, actual: number): boolean {
  const e = numberOf(expectedText);
  if (e === undefined) return false;
  if (Number.isNaN(e)) return Number.isNaN(actual);
  if (!Number.isFinite(e)) return e === actual;
  if (e === actual) return true;
  const diff = Math.abs(e - actual);
  if (diff <= 1e-9 * Math.max(1, Math.abs(e))) return true;
  const decimals = /\.(\d+)/.exec(expectedText)?.[1]?.length ?? 0;
  const exp = /[eE]/.test(expectedText);
  if (!exp && decimals >= 2 && diff <= 0.5 * 10 ** -decimals + 1e-12) return true;
  if (exp) return diff <= 1e-6 * Math.abs(e);
  return false;
}

/** The cell as JSON; pages also write Kusto's dynamic literal form with single quotes. */
function jsonOf(text: string): { ok: true; value: unknown } | { ok: false } {
  for (const t of [text, text.includes("'") && !text.includes('"') ? text.replace(/'/g, '"') : undefined]) {
    if (t === undefined) continue;
    try {
      return { ok: true, value: JSON.parse(t) as unknown };
    } catch {
      // next form
    }
  }
  return { ok: false };
}

function sameJson(e: unknown, a: unknown): boolean {
  if (typeof e === 'number' && typeof a === 'number') return sameNumber(String(e), a);
  if (typeof e === 'string' && typeof a === 'string' && e !== a) {
    const d = datetimeText(e);
    return d !== undefined && d === datetimeText(a);
  }
  if (e === null || a === null || typeof e !== 'object' || typeof a !== 'object') return e === a;
  if (Array.isArray(e) !== Array.isArray(a)) return false;
  if (Array.isArray(e) && Array.isArray(a)) return e.length === a.length && e.every((x, i) => sameJson(x, a[i]));
  const eo = e as Record<string, unknown>;
  const ao = a as Record<string, unknown>;
  const keys = Object.keys(eo);
  return keys.length === Object.keys(ao).length && keys.every((k) => k in ao && sameJson(eo[k], ao[k]));
}

/** Whether the engine's value matches the page's cell, for a column of KQL type `type`. */
export function sameCell(expectedCell: string, actual: unknown, type: string): boolean {
  const e = cellText(expectedCell);
  const emptyish = e === '' || /^null$/i.test(e);
  if (actual === null || actual === undefined) return emptyish;
  switch (type) {
    case 'string':
      return actual === e || (actual === '' && emptyish) || String(actual).trim() === e;
    case 'guid':
      return String(actual).toLowerCase() === e.toLowerCase();
    case 'bool':
      return (actual ? /^(true|1)$/i : /^(false|0)$/i).test(e);
    case 'int':
    case 'long':
    case 'real':
    case 'decimal':
      return typeof actual === 'number' && sameNumber(e.replace(/,(?=\d{3}\b)/g, ''), actual);
    case 'datetime': {
      // Compared to the microsecond: DuckDB keeps datetimes in µs, Kusto in 100-ns ticks.
      const a = datetimeText(String(actual));
      const x = datetimeText(e);
      if (a === undefined || x === undefined) return false;
      return a.slice(0, 19) === x.slice(0, 19) && Math.abs(Number(a.slice(20, 26)) - Number(x.slice(20, 26))) <= 1;
    }
    case 'timespan': {
      const a = timespanTicks(String(actual));
      return a !== undefined && a === timespanTicks(e);
    }
    default: {
      if (typeof actual === 'string') {
        const parsed = jsonOf(e);
        return actual === e || (parsed.ok && parsed.value === actual);
      }
      if (typeof actual === 'number') return sameNumber(e, actual);
      if (typeof actual === 'boolean') return (actual ? /^true$/i : /^false$/i).test(e);
      const parsed = jsonOf(e);
      if (parsed.ok) return sameJson(parsed.value, actual);
      return JSON.stringify(actual).replace(/\s+/g, '') === e.replace(/\s+/g, '');
    }
  }
}

function sameRow(expected: readonly string[], actual: readonly unknown[], types: readonly string[]): boolean {
  return expected.length === actual.length && expected.every((cell, i) => sameCell(cell, actual[i], types[i] ?? 'dynamic'));
}

/** Rows compared in order; when the query does not sort, in any order. */
function sameRows(expected: readonly (readonly string[])[], actual: EngineTable, ordered: boolean): boolean {
  if (expected.length !== actual.rows.length) return false;
  const types = actual.columns.map((c) => c.type);
  if (expected.every((r, i) => sameRow(r, actual.rows[i]!, types))) return true;
  if (ordered) return false;
  const left = [...actual.rows];
  for (const r of expected) {
    const at = left.findIndex((a) => sameRow(r, a, types));
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

// `top` sorts; `top-nested` (top-nested-operator.md) does not promise an order, so it does not count.
const SORTS = /\b(sort|order)\s+by\b|\|\s*top(?![\w-])|\bserialize\b|\brow_number\s*\(|\bprev\s*\(|\bnext\s*\(/i;

/** Why the engine's table differs from the page's, or undefined when they agree. */
export function tableDifference(expected: { columns: readonly string[]; rows: readonly (readonly string[])[] }, query: string, actual: EngineTable): string | undefined {
  const names = expected.columns.map(cellText);
  const got = actual.columns.map((c) => c.name);
  if (names.length !== got.length || names.some((n, i) => n !== got[i])) return `columns ${JSON.stringify(got)}, page shows ${JSON.stringify(names)}`;
  if (!sameRows(expected.rows, actual, SORTS.test(query))) {
    const show = actual.rows.slice(0, 6).map((r) => JSON.stringify(r).slice(0, 200)).join(' ');
    return `rows ${show}${actual.rows.length > 6 ? ` … (${actual.rows.length} rows)` : ''}`;
  }
  return undefined;
}

/** A case with its reviewed correction applied. */
export function corrected(c: DocsCase, fix: DocsCorrection | undefined): DocsCase {
  if (!fix) return c;
  return { ...c, ...(fix.query ? { query: fix.query } : {}), ...(fix.columns ? { columns: fix.columns } : {}), ...(fix.rows ? { rows: fix.rows } : {}) };
}
