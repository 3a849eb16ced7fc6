/** mv-expand (arrays and bags, zipped, with_itemindex) and parse / parse-where. */
import type { Column, CompileContext, Relation } from '../context';
import { selectColumns, takeUniqueName } from '../context';
import type { Syn } from '../../language/syntax';
import type { KqlType } from '../../language/kql-types';
import { literalOf } from '../../language/literals';
import { compileExpr } from '../expr/expressions';
import { asDynamic, asString } from '../expr/coerce';
import { regexEscape } from '../expr/string-ops';
import { timespanFromText } from '../expr/functions-time';
import { parseJsonSql } from '../expr/functions-dynamic';
import { implicitName, requireInput } from './basic';
import { keysReadLater } from './read-later';
import { jsonKind } from '../expr/json-kind';
import type { OperatorHandler } from './types';

/** A dynamic value as the list of rows mv-expand makes of it (null → one null row; [] → none). */
export function expansionList(d: string, bagsAsArrays = false): string {
  // kind=bag (default) makes each property a one-property bag; kind=array a [key, value] array.
  const property = bagsAsArrays ? `json_array(k, json_extract(${d}, '$."' || k || '"'))` : `json_object(k, json_extract(${d}, '$."' || k || '"'))`;
  return byKind(d, { nullRow: 'NULL::JSON', array: `json_extract(${d}, '$[*]')`, property, scalar: d });
}

/**
 * The rows of `d` by its kind (read once: each JSON function re-parses the text): null → one
 * `nullRow`; an array → `array`; a bag → one `property` per key `k`; a scalar → one `scalar`.
 */
function byKind(d: string, rows: { readonly nullRow: string; readonly array: string; readonly property: string; readonly scalar: string }): string {
  return (
    `(CASE ${jsonKind(d)} WHEN 'n' THEN [${rows.nullRow}] ` +
    `WHEN '[' THEN ${rows.array} ` +
    `WHEN '{' THEN list_transform(json_keys(${d}), k -> ${rows.property}) ` +
    `ELSE [${rows.scalar}] END)`
  );
}

/**
 * An expanded JSON element as the type given by `to typeof(...)`. mv-expand-operator.md: "cast-only
 * and doesn't include parsing or type-conversion. Array elements that don't conform with the
 * declared type become null values": a bool must be a JSON boolean, an int / long a JSON integer
 * (2.5 is not rounded), a guid a GUID text.
 */
export function typedElement(v: string, type: KqlType): string {
  const text = `json_extract_string(${v}, '$')`;
  const integer = (sqlType: string): string => `CASE WHEN json_type(${v}) IN ('BIGINT', 'UBIGINT') THEN TRY_CAST(${text} AS ${sqlType}) END`;
  switch (type) {
    case 'dynamic':
      return v;
    case 'string':
      return `coalesce(${text}, '')`;
    case 'guid':
      return `CAST(TRY_CAST(${text} AS UUID) AS VARCHAR)`;
    case 'datetime':
      return `TRY_CAST(${text} AS TIMESTAMP)`;
    case 'bool':
      return `CASE WHEN json_type(${v}) = 'BOOLEAN' THEN TRY_CAST(${text} AS BOOLEAN) END`;
    case 'int':
      return integer('INTEGER');
    case 'long':
      return integer('BIGINT');
    default:
      return `TRY_CAST(${text} AS DOUBLE)`;
  }
}

function param(op: Syn, name: string): string | undefined {
  for (const p of op.list('Parameters')) if (p.get('Name')?.simpleName === name) return p.get('Expression')?.source;
  return undefined;
}

export const mvExpand: OperatorHandler = (op, input, ctx) => {
  let rel = requireInput(input, op, ctx);
  const out = op.columns();
  const scope = { columns: rel.columns };
  // An expanded expression that is not a column is computed once per row, in a projection below:
  // the expansion reads it several times (its kind, then its elements), and DuckDB evaluates an
  // expression each time it is written (todynamic() of a 760-byte text parsed it five times).
  const computed: string[] = [];
  const expanded = new Map<string, string>();
  // bagexpansion= is the legacy spelling of kind=.
  const kind = (param(op, 'kind') ?? param(op, 'bagexpansion') ?? 'bag').toLowerCase();
  if (kind !== 'bag' && kind !== 'array') return ctx.fail('unsupportedArgument', op, `mv-expand kind=${kind}`);
  // The lists expanded, each as the rows of its item (with_itemindex counts over the longest).
  const lists: string[] = [];
  const rowLimit = rowLimitOf(op, ctx);
  const exprItems = op.list('Expressions');
  let structColumn: { readonly name: string; readonly keys: readonly string[] } | undefined;
  for (const item of exprItems) {
    const e = item.get('Expression')!;
    const expr = e.kind === 'SimpleNamedExpression' ? e.get('Expression')! : e;
    const implicit = implicitName(e);
    const name = implicit !== undefined && out.some((c) => c.name === implicit) ? implicit : undefined;
    const colName = name ?? out.find((c) => !rel.columns.some((x) => x.name === c.name) && !expanded.has(c.name))?.name;
    if (!colName) return ctx.fail('schemaMismatch', item);
    const type = out.find((c) => c.name === colName)?.type ?? 'dynamic';
    // One expanded column the rest of the chain reads only as `col.key`: each element is parsed
    // into a STRUCT of those keys once, instead of cut out as JSON text and parsed again per key
    // (corpus: mv-expand ConditionalAccessPolicies over 4.5 M sign-ins, 2-3 times faster).
    const keys = exprItems.length === 1 && type === 'dynamic' ? keysReadLater(op, colName, ctx) : undefined;
    let d = asDynamic(compileExpr(expr, scope, ctx));
    if (!/^"[^"]+"$/.test(d)) {
      const ref = ctx.fresh();
      computed.push(`${d} AS ${ref}`);
      d = ref;
    }
    const all = keys ? structExpansionList(d, keys, kind === 'array') : expansionList(d, kind === 'array');
    if (keys) structColumn = { name: colName, keys };
    const list = rowLimit === undefined ? all : `${all}[1:${rowLimit}]`;
    lists.push(list);
    expanded.set(colName, typedElement(`unnest(${list})`, type));
  }
  if (computed.length > 0) rel = { sql: `SELECT *, ${computed.join(', ')} FROM (${rel.sql}) AS t`, columns: rel.columns };
  const index = param(op, 'with_itemindex');
  const items = out.map((c) => {
    const sql = expanded.get(c.name);
    if (sql) return { sql, name: c.name, type: c.type };
    // mv-expand-operator.md: "the index starting at 0 of the item in the original expanded
    // collection": the items are expanded in parallel, so the index runs over the longest list.
    if (index && c.name === index) return { sql: itemIndex(lists), name: c.name, type: c.type };
    const col = rel.columns.find((x) => x.name === c.name);
    if (!col) return ctx.fail('schemaMismatch', op, c.name);
    return { sql: col.ref, name: c.name, type: col.type, ref: col.ref };
  });
  // unnest() cannot sit inside other functions in DuckDB: expand first, convert after.
  const raw = items.map((it) => (it.sql.includes('unnest(') ? { ...it, sql: extractUnnest(it.sql), ref: undefined } : it));
  const inner = selectColumns(rel, raw, ctx);
  const outer = items.map((it, i) => {
    const ref = inner.columns[i]!.ref;
    return it.sql.includes('unnest(') ? { sql: it.sql.split(extractUnnest(it.sql)).join(ref), name: it.name, type: it.type } : { sql: ref, name: it.name, type: it.type, ref };
  });
  const result = selectColumns(inner, outer, ctx);
  if (!structColumn) return result;
  const { name, keys } = structColumn;
  return { ...result, columns: result.columns.map((c) => (c.name === name ? { ...c, structKeys: keys } : c)) };
};

/**
 * expansionList for an element read only by the plain-word `keys`: a list of STRUCT(key JSON, …).
 * An array's objects give their keys (a missing key, or an element that is not an object, gives
 * null fields: `x.key` of it is null); a bag's properties give one-property bags (kind=bag: the
 * property's own key is set) or [key, value] arrays (kind=array: no key is set); null → one null
 * row; a scalar → one row whose keys are null, as `scalar.key` is.
 */
export function structExpansionList(d: string, keys: readonly string[], bagsAsArrays: boolean): string {
  const type = `STRUCT(${keys.map((k) => `"${k}" JSON`).join(', ')})`;
  const spec = `'[{${keys.map((k) => `"${k}":"JSON"`).join(',')}}]'`;
  const property = bagsAsArrays ? `NULL::${type}` : `struct_pack(${keys.map((k) => `"${k}" := CASE WHEN k = '${k}' THEN json_extract(${d}, '$."${k}"') END`).join(', ')})`;
  return byKind(d, { nullRow: `NULL::${type}`, array: `from_json(${d}, ${spec})`, property, scalar: `NULL::${type}` });
}

/** `mv-expand … limit N`: at most N rows from each input row (a literal count). */
function rowLimitOf(op: Syn, ctx: CompileContext): number | undefined {
  const clause = op.get('RowLimitClause');
  if (!clause) return undefined;
  // Kusto.Language refuses a literal that is not an integer (`limit 2.0`, `limit true`: KS134), and `-1` is an expression: a literal's value is a whole number >= 0.
  const v = literalOf(clause.get('RowLimit')!);
  if (!('value' in v)) return ctx.fail('unsupportedArgument', clause, 'mv-expand limit must be a whole number');
  return v.value as number;
}

/** The `unnest(...)` call inside a conversion expression. */
export function extractUnnest(sql: string): string {
  const start = sql.indexOf('unnest(');
  let depth = 0;
  for (let i = start + 6; i < sql.length; i++) {
    if (sql[i] === '(') depth++;
    else if (sql[i] === ')') {
      depth--;
      if (depth === 0) return sql.slice(start, i + 1);
    }
  }
  return sql;
}

interface ParsePlan {
  readonly regex: string;
  /** Each column with the regex group holding it. */
  readonly columns: readonly { readonly name: string; readonly group: number }[];
}

/** What a typed column's text must look like (a long is digits, …); other types take any text. */
function captureRegex(type: KqlType, greedy: boolean, relaxed: boolean): string {
  const any = greedy ? '.*' : '.*?';
  // kind=relaxed: a number if there is one, else any text (which then converts to null).
  const or = relaxed ? `|${any}` : '';
  if (type === 'long' || type === 'int') return `(-?\\d+${or})`;
  if (type === 'real' || type === 'decimal') return `(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?${or})`;
  return `(${any})`;
}

/** Capture groups a regex literal of the pattern opens itself (shifting the columns' groups). */
function groupsIn(re: string): number {
  return (re.replace(/\\./g, '').match(/\((?!\?)|\(\?P?<(?![=!])/g) ?? []).length;
}

const REGEX_FLAGS = /^[imsU]+$/;

/** regex.md names a group `(?P<name>…)` or `(?<name>…)`; DuckDB's RE2 reads only the first. */
function re2GroupNames(re: string): string {
  return re.replace(/\\.|\(\?<(?![=!])/g, (m) => (m === '(?<' ? '(?P<' : m));
}

function parsePattern(op: Syn, ctx: CompileContext, kind: string, types: ReadonlyMap<string, KqlType>): ParsePlan {
  const regexMode = kind === 'regex';
  const parts = op.list('Patterns');
  let regex = '';
  let group = 0;
  const columns: { name: string; group: number }[] = [];
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    if (p.kind === 'StarExpression') regex += '.*?';
    else if (p.kind === 'StringLiteralExpression' || p.kind === 'CompoundStringLiteralExpression') {
      const v = literalOf(p);
      const text = v.kind === 'string' ? v.value : '';
      regex += regexMode ? re2GroupNames(text) : regexEscape(text);
      if (regexMode) group += groupsIn(text);
    } else if (p.kind === 'NameAndTypeDeclaration' || p.kind === 'NameDeclaration') {
      const name = p.kind === 'NameDeclaration' ? p.simpleName : p.get('Name')!.simpleName;
      group += 1;
      columns.push({ name, group });
      // Regex mode is greedy (flags=U turns it round); simple mode stops at the next delimiter.
      regex += captureRegex(types.get(name) ?? 'string', regexMode || last, kind === 'relaxed');
    } else ctx.fail('unsupportedExpression', p, 'parse pattern part');
  });
  if (regexMode) {
    const flags = param(op, 'flags');
    if (flags !== undefined && !REGEX_FLAGS.test(flags)) return ctx.fail('unsupportedArgument', op, `parse flags=${flags}`);
    return { regex: flags ? `(?${flags})${regex}` : regex, columns };
  }
  return { regex: `^${regex}${parts.length > 0 && parts[parts.length - 1]!.kind === 'StarExpression' ? '' : '$'}`, columns };
}

/** A captured text as the column's type; null when it does not convert. */
export function typedCapture(g: string, type: KqlType): string {
  switch (type) {
    case 'string':
      return g;
    case 'dynamic':
      // parse-operator.md: columnType is "the type to convert the value to"; text converts to
      // dynamic as parse_json / todynamic does (JSON text becomes that value, other text a string).
      return parseJsonSql({ sql: g, type: 'string' });
    case 'datetime':
      return `coalesce(TRY_CAST(NULLIF(${g}, '') AS TIMESTAMP), try_strptime(${g}, ['%m/%d/%Y %H:%M:%S', '%m/%d/%Y %H:%M', '%m/%d/%Y', '%m-%d-%Y']))`;
    case 'real':
    case 'decimal':
      return `TRY_CAST(NULLIF(${g}, '') AS DOUBLE)`;
    case 'int':
      return `TRY_CAST(NULLIF(${g}, '') AS INTEGER)`;
    case 'long':
      return `TRY_CAST(NULLIF(${g}, '') AS BIGINT)`;
    case 'bool':
      return `TRY_CAST(NULLIF(${g}, '') AS BOOLEAN)`;
    case 'guid':
      return `CAST(TRY_CAST(NULLIF(${g}, '') AS UUID) AS VARCHAR)`;
    case 'timespan':
      return timespanFromText(g);
  }
}

/**
 * parse / parse-where. Strict kinds (simple, regex): a row matches when the pattern matches and
 * every typed column converts; otherwise all its new columns are empty (parse-where drops it).
 * kind=relaxed: a column that does not convert is null on its own.
 */
function parseOp(filter: boolean): OperatorHandler {
  return (op, input, ctx) => {
    const rel = requireInput(input, op, ctx);
    const kind = (param(op, 'kind') ?? 'simple').toLowerCase();
    if (kind !== 'simple' && kind !== 'regex' && kind !== 'relaxed') return ctx.fail('unsupportedArgument', op, `parse kind=${kind}`);
    const out = op.columns();
    const types = new Map(out.map((c) => [c.name, c.type] as const));
    const plan = parsePattern(op, ctx, kind, types);
    const text = asString(compileExpr(op.get('Expression')!, { columns: rel.columns }, ctx));
    const re = ctx.param(plan.regex, 'VARCHAR');
    const values = new Map<string, { sql: string; type: KqlType }>();
    for (const { name, group } of plan.columns) {
      const type = types.get(name) ?? 'string';
      values.set(name, { sql: typedCapture(`regexp_extract(${text}, ${re}, ${group})`, type), type });
    }
    const typed = [...values.values()].filter((v) => v.type !== 'string');
    const matched = [`regexp_matches(${text}, ${re})`, ...(kind === 'relaxed' ? [] : typed.map((v) => `${v.sql} IS NOT NULL`))].join(' AND ');
    // The binder keeps the input's columns first and appends each parsed column, even one whose
    // name the input already has (`parse Issuer with … Issuer …`): the operators after it see that
    // one as Issuer1, so it is named so here.
    const appended = out.length === rel.columns.length + values.size;
    const used = new Set(rel.columns.map((c) => c.name));
    const items = out.map((c, i) => {
      const v = appended ? (i >= rel.columns.length ? values.get(c.name) : undefined) : values.get(c.name);
      if (v) {
        const empty = v.type === 'string' ? "''" : 'NULL';
        const name = appended ? takeUniqueName(c.name, used) : c.name;
        return { sql: filter ? v.sql : `CASE WHEN ${matched} THEN ${v.sql} ELSE ${empty} END`, name, type: c.type };
      }
      const col = (appended ? rel.columns[i] : rel.columns.find((x) => x.name === c.name)) as Column | undefined;
      if (!col || col.name !== c.name) return ctx.fail('schemaMismatch', op, c.name);
      return { sql: col.ref, name: c.name, type: col.type, ref: col.ref };
    });
    const base: Relation = filter ? { sql: `SELECT * FROM (${rel.sql}) AS t WHERE ${matched}`, columns: rel.columns } : rel;
    return selectColumns(base, items, ctx);
  };
}

export const parse = parseOp(false);
export const parseWhere = parseOp(true);

/**
 * with_itemindex of mv-expand and mv-apply: each item's 0-based index, expanded in step with the
 * lists. Lists of different lengths expand in parallel (nulls fill the shorter), so it runs over the longest.
 */
export function itemIndex(lists: readonly string[]): string {
  return `CAST(unnest(range(greatest(${lists.map((l) => `len(${l})`).join(', ')}))) AS BIGINT)`;
}
