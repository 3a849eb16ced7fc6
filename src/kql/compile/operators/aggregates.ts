/**
 * Aggregation functions of `summarize`. Each handler returns SQL aggregates (inner, grouped
 * query) and, for each output column, SQL over their results (outer query) — most are one
 * aggregate read as is; `arg_max(x, *)` packs the row in a struct and unpacks it after.
 */
import type { Column, CompileContext, RowScope, SqlExpr } from '../context';
import type { Syn } from '../../language/syntax';
import type { KqlType } from '../../language/kql-types';
import { DUCKDB_TYPE } from '../../language/kql-types';
import { compileExpr } from '../expr/expressions';
import { asBool, asDynamic, asNumber } from '../expr/coerce';
import { WEIGHTED_AGGREGATES } from './aggregates-weighted';
import { jsonKind } from '../expr/json-kind';

export interface AggregateParts {
  /** Aggregate SQL computed in the grouped query. */
  readonly inner: readonly string[];
  /** One SQL expression per output column over the inner results' refs. */
  readonly outer: (refs: readonly string[]) => readonly string[];
  /** Output column names where Kusto's differ from Kusto.Language's (unnamed covariance). */
  readonly names?: readonly string[];
}

export interface AggregateCall {
  readonly node: Syn;
  readonly args: readonly Syn[];
  readonly scope: RowScope;
  readonly ctx: CompileContext;
  /** The bound output columns this call produces. */
  readonly out: readonly { readonly name: string; readonly type: KqlType }[];
  /**
   * The input columns the by keys take as they are (`by a`, `by x = a`, `by (a)`), which `*` leaves
   * out; a computed key (`by a = tolower(a)`, `bin(b, 1)`) leaves its column to `*` (the binder's schema).
   */
  readonly byColumns: readonly string[];
  /**
   * The output column names the rest of the query can read (operators/read-later.ts), when known:
   * `arg_max(x, *)` / `take_any(*)` pack only these of each row and leave the others null.
   */
  readonly readLater?: ReadonlySet<string>;
}

type AggHandler = (a: AggregateCall) => AggregateParts;

/**
 * Argument i. Kusto.Language checks every aggregate's argument count before we compile (`summarize
 * sum()`: KS119), and the handlers ask only for required arguments or look first (makeList's max).
 */
const arg = (a: AggregateCall, i: number): SqlExpr => compileExpr(a.args[i]!, a.scope, a.ctx);

/** One aggregate, cast to the bound type (a no-op when its SQL already has it). */
function one(sql: string, type: KqlType): AggregateParts {
  return { inner: [`CAST(${sql} AS ${DUCKDB_TYPE[type]})`], outer: (r) => r };
}

const filterOf = (a: AggregateCall, i: number): string => ` FILTER (WHERE ${asBool(arg(a, i))})`;

const NUMERIC_AGGREGATES = new Set(['sum', 'avg', 'stddev_samp', 'var_samp', 'stddev_pop', 'var_pop']);

/**
 * summarize-operator.md, "Default values of aggregations": sum, sumif, variance, varianceif,
 * stdev, stdevif (and count, dcount, …, which SQL already gives) are 0 where nothing was
 * aggregated; make_list and make_set [] (makeList); all others null. The page's example over an
 * empty table shows avg as NaN (0 / 0), so avg is NaN for a group of no rows (only a summarize
 * without `by` has one) and stays null for a group whose values are all null (left open).
 */
const ZERO_DEFAULT = new Set(['sum', 'stddev_samp', 'var_samp']);

/**
 * The number a numeric aggregate adds up. A timespan summed or averaged into a timespan stays in
 * its own unit (microseconds here): sum-aggregation-function.md, "the sum value of expr", so
 * sum(1h, 2h) is 3h (asNumber's ticks made it 30h).
 */
function numericInput(x: SqlExpr, outType: KqlType): string {
  return x.type === 'timespan' && outType === 'timespan' ? `CAST(${x.sql} AS DOUBLE)` : asNumber(x);
}

function simple(fn: string, ifIndex?: number): AggHandler {
  return (a) => {
    const x = arg(a, 0);
    // min / max of a dynamic value is refused by the binder (KS206 "must be orderable").
    const v = NUMERIC_AGGREGATES.has(fn) ? numericInput(x, a.out[0]!.type) : x.sql;
    let sql = `${fn}(${v})${ifIndex !== undefined ? filterOf(a, ifIndex) : ''}`;
    if (ZERO_DEFAULT.has(fn)) sql = `coalesce(${sql}, 0)`;
    else if (fn === 'avg') sql = `CASE WHEN count(*) = 0 THEN CAST('NaN' AS DOUBLE) ELSE ${sql} END`;
    return one(sql, a.out[0]!.type);
  };
}

function covariance(fn: 'covar_samp' | 'covar_pop', ifIndex?: number): AggHandler {
  return (a) => {
    const parts = covarianceParts(fn, a, ifIndex);
    // covariance-aggregation-function.md names an unnamed covariance(x, y) covariance_x_y;
    // Kusto.Language says covariance_x, so the column is renamed (a later reference to either
    // name then fails to resolve rather than reading the wrong column).
    const [x, y] = a.args;
    const fnName = a.node.get('Name')!.simpleName;
    if (x!.kind === 'NameReference' && y!.kind === 'NameReference' && a.out[0]!.name === `${fnName}_${x!.simpleName}`) {
      return { ...parts, names: [`${fnName}_${x!.simpleName}_${y!.simpleName}`] };
    }
    return parts;
  };
}

function covarianceParts(fn: 'covar_samp' | 'covar_pop', a: AggregateCall, ifIndex?: number): AggregateParts {
  return one(`${fn}(${asNumber(arg(a, 0))}, ${asNumber(arg(a, 1))})${ifIndex !== undefined ? filterOf(a, ifIndex) : ''}`, 'real');
}

/**
 * `count()` counts the group's rows. `count(expr)` too: summarize-operator.md, "The standard count
 * function includes null values in its count" (`count(y)` over one null and one 5 is 2).
 */
function count(ifIndex?: number): AggHandler {
  return (a) => {
    if (ifIndex !== undefined) return one(`count(*) FILTER (WHERE ${asBool(arg(a, ifIndex))})`, 'long');
    return one('count(*)', 'long');
  };
}

function dcount(ifIndex?: number): AggHandler {
  return (a) => one(`count(DISTINCT ${arg(a, 0).sql})${ifIndex !== undefined ? filterOf(a, ifIndex) : ''}`, 'long');
}

/** make_set / make_list (and their _if forms): a JSON array; nulls skipped. */
/** make-list-aggregation-function.md: "The default and max value is 1048576" (128 for makelist/makeset). */
export const MAKE_LIST_MAX = 1_048_576;

function makeList(distinct: boolean, ifIndex?: number, defaultMax = MAKE_LIST_MAX): AggHandler {
  return (a) => {
    const x = arg(a, 0);
    // Nulls are left out (make_list_with_nulls keeps them): for dynamic, a JSON null is null too.
    const conds = [x.type === 'dynamic' ? `${jsonKind(x.sql)} <> 'n'` : `${x.sql} IS NOT NULL`];
    if (ifIndex !== undefined) conds.push(asBool(arg(a, ifIndex)));
    const maxIndex = ifIndex !== undefined ? ifIndex + 1 : 1;
    const max = a.args[maxIndex] ? `[1:least(CAST(${arg(a, maxIndex).sql} AS BIGINT), ${MAKE_LIST_MAX})]` : `[1:${defaultMax}]`;
    if (distinct && x.type === 'dynamic') {
      // make_set of arrays: the set of their elements (make-set-aggregation-function.md). Each
      // group keeps its distinct values first (a group's list of every value ran out of 1 GB:
      // corpus 381, make_set(LocationDetails) by Identity over 4.5 M sign-ins), then their
      // elements; sorted, as a set's order is undefined and one question gets one answer.
      const values = `list(DISTINCT CAST(${x.sql} AS JSON)) FILTER (WHERE ${conds.join(' AND ')})`;
      const elements = `flatten(list_transform(${values}, e -> CASE WHEN ${jsonKind('e')} = '[' THEN json_extract(e, '$[*]') ELSE [e] END))`;
      return { inner: [`coalesce(list_sort(list_distinct(${elements})), []::JSON[])${max}`], outer: (r) => [`to_json(${r[0]})`] };
    }
    // A set's order is undefined (make-set-aggregation-function.md); DuckDB's DISTINCT hash order
    // varies between runs, so the set is sorted by value to give one answer for one question.
    // The values are gathered as themselves and made JSON per group afterwards: a DISTINCT list of
    // {value, JSON} pairs per group ran out of DuckDB's 1 GB at 4 million groups (corpus 169, 170:
    // make_set(ResultType) by CorrelationId, UserPrincipalName).
    const gathered = `list(${x.sql}) FILTER (WHERE ${conds.join(' AND ')})`;
    const values = distinct ? `list_sort(list_distinct(${gathered}))` : gathered;
    const list = `list_transform(${values}, e -> CAST(${asDynamic({ sql: 'e', type: x.type })} AS JSON))`;
    return { inner: [`coalesce(${list}, []::JSON[])${max}`], outer: (r) => [`to_json(${r[0]})`] };
  };
}

function makeBag(ifIndex?: number): AggHandler {
  return (a) => {
    const x = arg(a, 0);
    const cond = ifIndex !== undefined ? ` AND ${asBool(arg(a, ifIndex))}` : '';
    return {
      inner: [`list(CAST(${asDynamic(x)} AS JSON)) FILTER (WHERE json_type(${asDynamic(x)}) = 'OBJECT'${cond})`],
      outer: (r) => [`CASE WHEN ${r[0]} IS NULL OR len(${r[0]}) = 0 THEN CAST('{}' AS JSON) ELSE list_reduce(${r[0]}, (p, q) -> json_merge_patch(p, q)) END`],
    };
  };
}

/**
 * The input column an output column of `*` was renamed from, when an earlier output column took its
 * name: the name plus a number (summarize-operator.md: `make_set(y), make_set(y)` gives set_y and
 * set_y1), so `T` comes back as T1 and `c1` as c11. The longest input name that leaves only digits
 * wins (`c11` is c1's, not c's, when both are inputs).
 */
function renamedInput(columns: readonly Column[], name: string): Column | undefined {
  let found: Column | undefined;
  for (const c of columns) {
    const rest = name.slice(c.name.length);
    if (name.startsWith(c.name) && /^\d+$/.test(rest) && (!found || c.name.length > found.name.length)) found = c;
  }
  return found;
}

/**
 * Input columns an `arg_max(x, a, b)` / `arg_max(x, *)` returns after `x`. Under `*` every output
 * column after x is an input column, under its name or renamed (renamedInput); any other is the
 * argument at its place (the binder gives one output column per argument), compiled.
 */
function rowColumns(a: AggregateCall, from: number): Column[] {
  const cols: Column[] = [];
  for (const o of a.out.slice(1)) {
    const col = a.scope.columns.find((c) => c.name === o.name) ?? renamedInput(a.scope.columns, o.name);
    if (col) cols.push({ ...col, name: o.name });
    else cols.push({ name: o.name, type: o.type, ref: `(${compileExpr(a.args[cols.length + from]!, a.scope, a.ctx).sql})` });
  }
  return cols;
}

function argExtreme(fn: 'arg_max' | 'arg_min' | 'any'): AggHandler {
  return (a) => {
    const x = fn === 'any' ? undefined : arg(a, 0);
    const cols = fn === 'any' ? anyColumns(a) : rowColumns(a, 1);
    // Output columns in order (x first for arg_max/arg_min), each packed unless nothing reads it
    // later; at least one is packed so the struct is never empty.
    const all = [...(x ? [{ name: a.out[0]!.name, type: a.out[0]!.type, ref: x.sql }] : []), ...cols];
    // `take_any(*) by a, b` over a table of a and b: no column left to take.
    if (all.length === 0) return { inner: [], outer: () => [] };
    const read = all.map((c) => a.readLater === undefined || a.readLater.has(c.name));
    if (!read.includes(true)) read[0] = true;
    const fields = all.flatMap((c, i) => (read[i] ? [`"k${i}" := ${c.ref}`] : []));
    const packed = `struct_pack(${fields.join(', ')})`;
    // A group whose values are all null still returns one of its rows (arg-max-aggregation-function.md).
    const inner = fn === 'any' ? `any_value(${packed})` : `coalesce(${fn}(${packed}, ${x!.sql}), any_value(${packed}))`;
    return { inner: [inner], outer: (r) => all.map((c, i) => (read[i] ? `${r[0]}."k${i}"` : `CAST(NULL AS ${DUCKDB_TYPE[c.type]})`)) };
  };
}

function anyColumns(a: AggregateCall): Column[] {
  const items = anyItems(a.args, a.scope.columns, a.byColumns);
  // The binder names them: `any(*)` gives any_a, `(p, q) = take_any(*)` p and q, a column an earlier
  // output took comes back as Name1 (`summarize T = make_bag(…), take_any(*)`), so they go by position.
  if (items.length !== a.out.length) return a.ctx.fail('schemaMismatch', a.node, `take_any() gives ${items.length} columns, the binder ${a.out.length}`);
  return items.map((item, i) => {
    const o = a.out[i]!;
    // Any expression but an input column, a name that is not a column (`let v = 5; … take_any(v)`) included.
    return 'column' in item ? { ...item.column, name: o.name } : { name: o.name, type: o.type, ref: `(${compileExpr(item.expr, a.scope, a.ctx).sql})` };
  });
}

/**
 * What `take_any(…)` returns, in order (take-any-aggregation-function.md: `*` "behaves as if the
 * expressions are all columns of the input to the summarize operator barring the group-by columns";
 * the rest is the binder's schema). Without `*`, one column per argument (`take_any(a, a)`: a, a1).
 * With `*`, each input column once but those the by keys take as they are, and an input column named
 * beside `*` is one of them (`take_any(*, a)`: a, b; `take_any(a, *) by a`: b); any other argument
 * is itself (`take_any(*, strlen(a))`: a, b, strlen_a).
 */
export function anyItems(args: readonly Syn[], input: readonly Column[], byColumns: readonly string[]): ({ column: Column } | { expr: Syn })[] {
  // Under `*` only: the columns given so far and those the by keys bar (`take_any(a) by a` still gives a, as a1).
  const taken = args.some((n) => n.kind === 'StarExpression') ? new Set(byColumns) : undefined;
  const items: ({ column: Column } | { expr: Syn })[] = [];
  for (const node of args) {
    const columns = node.kind === 'StarExpression' ? input : input.filter((c) => node.kind === 'NameReference' && c.name === node.simpleName);
    if (columns.length === 0) items.push({ expr: node });
    for (const column of columns) {
      if (taken?.has(column.name)) continue;
      taken?.add(column.name);
      items.push({ column });
    }
  }
  return items;
}

function percentiles(): AggHandler {
  return (a) => {
    // Nearest-rank percentiles are values of the population (percentiles-aggregation-function.md:
    // "Percentiles 0 and 100 are the exact minimum and maximum"): a datetime or timespan is ranked
    // as itself, not as ticks (which made percentile(1h…) ten times too large).
    const e = arg(a, 0);
    const x = e.type === 'datetime' || e.type === 'timespan' ? e.sql : asNumber(e);
    const ps = a.args.slice(1).map((_, i) => `${asNumber(arg(a, i + 1))} / 100.0`);
    return { inner: ps.map((p, i) => `CAST(quantile_disc(${x}, ${p}) AS ${DUCKDB_TYPE[a.out[i]!.type]})`), outer: (r) => r };
  };
}

/**
 * `buildschema(d)` (buildschema-aggregation-function.md): the group's non-null values as one JSON
 * array, read by the `kql_buildschema` UDF (udf/build-schema.ts); null for a group without values.
 */
function buildschema(a: AggregateCall): AggregateParts {
  // The binder takes only a dynamic bag here (KS235), so this is the argument's SQL as it is.
  const x = arg(a, 0);
  const v = asDynamic(x);
  return {
    inner: [`list(CAST(${v} AS JSON)) FILTER (WHERE ${x.sql} IS NOT NULL AND json_type(${v}) <> 'NULL')`],
    outer: (r) => [`CAST(kql_buildschema(CAST(to_json(${r[0]}) AS VARCHAR)) AS JSON)`],
  };
}

export const AGGREGATES: Readonly<Record<string, AggHandler>> = {
  count: count(),
  countif: count(0),
  dcount: dcount(),
  dcountif: dcount(1),
  count_distinct: dcount(),
  count_distinctif: dcount(1),
  sum: simple('sum'),
  sumif: simple('sum', 1),
  avg: simple('avg'),
  avgif: simple('avg', 1),
  min: simple('min'),
  max: simple('max'),
  minif: simple('min', 1),
  maxif: simple('max', 1),
  stdev: simple('stddev_samp'),
  stdevif: simple('stddev_samp', 1),
  stdevp: simple('stddev_pop'),
  stdevpif: simple('stddev_pop', 1),
  variance: simple('var_samp'),
  varianceif: simple('var_samp', 1),
  variancep: simple('var_pop'),
  variancepif: simple('var_pop', 1),
  covariance: covariance('covar_samp'),
  covarianceif: covariance('covar_samp', 2),
  covariancep: covariance('covar_pop'),
  covariancepif: covariance('covar_pop', 2),
  binary_all_and: (a) => one(`bit_and(${asNumber(arg(a, 0), 'long')})`, 'long'),
  binary_all_or: (a) => one(`bit_or(${asNumber(arg(a, 0), 'long')})`, 'long'),
  binary_all_xor: (a) => one(`bit_xor(${asNumber(arg(a, 0), 'long')})`, 'long'),
  make_list_with_nulls: (a) => {
    const x = arg(a, 0);
    return { inner: [`list(coalesce(CAST(${asDynamic(x)} AS JSON), 'null'::JSON))`], outer: (r) => [`to_json(${r[0]})`] };
  },
  make_set: makeList(true),
  makeset: makeList(true, undefined, 128),
  make_set_if: makeList(true, 1),
  make_list: makeList(false),
  makelist: makeList(false, undefined, 128),
  make_list_if: makeList(false, 1),
  make_bag: makeBag(),
  make_bag_if: makeBag(1),
  arg_max: argExtreme('arg_max'),
  arg_min: argExtreme('arg_min'),
  take_any: argExtreme('any'),
  any: argExtreme('any'),
  take_anyif: (a) => one(`any_value(${arg(a, 0).sql}) FILTER (WHERE ${asBool(arg(a, 1))})`, a.out[0]!.type),
  percentile: percentiles(),
  percentiles: percentiles(),
  buildschema,
  ...WEIGHTED_AGGREGATES,
};
