/**
 * Scalar function calls: one table from KQL function name to handler, merged from the family
 * tables; plus calls of functions the query itself defines with `let f = (a:string) { ... }`.
 */
import type { Binding, CompileContext, RowScope, SqlExpr } from '../context';
import { argumentsByParameter, compileLet } from '../tabular-ref';
import type { Syn } from '../../language/syntax';
import { Call } from './call';
import type { FunctionHandler } from './call';
import { asBool, asNumber, asString, coerce } from './coerce';
import { STRING_FUNCTIONS } from './functions-string';
import { TIME_FUNCTIONS } from './functions-time';
import { DYNAMIC_FUNCTIONS, sortedArrays } from './functions-dynamic';
import { SERIES_FUNCTIONS, TUPLE_FUNCTIONS } from './functions-series';
import { compileExpr } from './expressions';
import { rangeFn } from './functions-range';
import { MATH_FUNCTIONS } from './functions-math';
import { IPV4_FUNCTIONS } from './functions-ipv4';
import { SERIES_ELEMENTWISE_FUNCTIONS } from './functions-series-elementwise';
import { TEXT_EXTRA_FUNCTIONS } from './functions-text-extra';
import { UNIT_FUNCTIONS } from './functions-units';
import { ARRAY_FUNCTIONS } from './functions-array';
import { HASH_FUNCTIONS } from './functions-hash';
import { ENCODING_FUNCTIONS } from './functions-encoding';
import { IPV6_FUNCTIONS } from './functions-ipv6';
import { SPECIAL_MATH_FUNCTIONS } from './functions-special-math';
import { ASSERT_FUNCTIONS } from './functions-assert';
import { TIME_FORMAT_FUNCTIONS } from './functions-time-format';
import { SCHEMA_FUNCTIONS } from './functions-schema';
import { SKETCH_FUNCTIONS } from './functions-sketch';
import { SERIES_FILTER_FUNCTIONS } from './functions-series-filter';
import { URL_FUNCTIONS } from './functions-url';
import { USER_AGENT_FUNCTIONS } from './functions-user-agent';
import { isNumeric } from '../../language/kql-types';
import type { KqlType } from '../../language/kql-types';
import { jsonKind } from './json-kind';

/** isnull(): dynamic(null) and a JSON null are the null value too (dynamic.md, isnull-function.md). */
function isNull(e: SqlExpr): string {
  return e.type === 'dynamic' ? `(${jsonKind(e.sql)} = 'n')` : `(${e.sql} IS NULL)`;
}

function iff(c: Call): SqlExpr {
  const t = c.type;
  return { sql: `CASE WHEN ${asBool(c.arg(0))} THEN ${coerce(c.arg(1), t)} ELSE ${coerce(c.arg(2), t)} END`, type: t };
}

function caseFn(c: Call): SqlExpr {
  const t = c.type;
  const parts: string[] = [];
  for (let i = 0; i + 1 < c.count; i += 2) parts.push(`WHEN ${asBool(c.arg(i))} THEN ${coerce(c.arg(i + 1), t)}`);
  return { sql: `CASE ${parts.join(' ')} ELSE ${coerce(c.arg(c.count - 1), t)} END`, type: t };
}

function isEmpty(e: SqlExpr): string {
  if (e.type === 'string' || e.type === 'guid') return `(${e.sql} IS NULL OR ${e.sql} = '')`;
  if (e.type === 'dynamic') return `(${e.sql} IS NULL OR json_type(${e.sql}) = 'NULL' OR ${e.sql} = '""')`;
  return `(${e.sql} IS NULL)`;
}

const numeric = (t: KqlType) => (c: Call): SqlExpr => ({ sql: asNumber(c.arg(0), t), type: t });
const math = (fn: string) => (c: Call): SqlExpr => ({ sql: `${fn}(${asNumber(c.arg(0))})`, type: 'real' });

function coalesceFn(c: Call): SqlExpr {
  const t = c.type;
  if (t === 'string') {
    const parts = c.args.map((_, i) => `NULLIF(${asString(c.arg(i))}, '')`);
    return { sql: `coalesce(${parts.join(', ')}, '')`, type: t };
  }
  return { sql: `coalesce(${c.args.map((_, i) => coerce(c.arg(i), t)).join(', ')})`, type: t };
}

function extremum(fn: 'greatest' | 'least') {
  return (c: Call): SqlExpr => ({ sql: `${fn}(${c.args.map((_, i) => coerce(c.arg(i), c.type)).join(', ')})`, type: c.type });
}

const MISC_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  iff,
  iif: iff,
  case: caseFn,
  coalesce: coalesceFn,
  not: (c) => ({ sql: `(NOT ${asBool(c.arg(0))})`, type: 'bool' }),
  isempty: (c) => ({ sql: isEmpty(c.arg(0)), type: 'bool' }),
  isnotempty: (c) => ({ sql: `(NOT ${isEmpty(c.arg(0))})`, type: 'bool' }),
  notempty: (c) => ({ sql: `(NOT ${isEmpty(c.arg(0))})`, type: 'bool' }),
  isnull: (c) => ({ sql: isNull(c.arg(0)), type: 'bool' }),
  isnotnull: (c) => ({ sql: `(NOT ${isNull(c.arg(0))})`, type: 'bool' }),
  // isnotnull-function.md: notnull() is its deprecated alias.
  notnull: (c) => ({ sql: `(NOT ${isNull(c.arg(0))})`, type: 'bool' }),
  toint: numeric('int'),
  tolong: numeric('long'),
  todouble: numeric('real'),
  toreal: numeric('real'),
  todecimal: numeric('real'),
  tobool: (c) => ({ sql: asBool(c.arg(0)), type: 'bool' }),
  toboolean: (c) => ({ sql: asBool(c.arg(0)), type: 'bool' }),
  round: (c) => ({ sql: `round(${asNumber(c.arg(0))}, ${c.count > 1 ? `CAST(${c.arg(1).sql} AS INTEGER)` : '0'})`, type: 'real' }),
  abs: (c) => ({ sql: `abs(${c.arg(0).sql})`, type: c.arg(0).type }),
  exp: math('exp'),
  log: math('ln'),
  log10: math('log10'),
  log2: math('log2'),
  sqrt: math('sqrt'),
  pow: (c) => ({ sql: `pow(${asNumber(c.arg(0))}, ${asNumber(c.arg(1))})`, type: 'real' }),
  max_of: extremum('greatest'),
  min_of: extremum('least'),
  ipv4_is_private: (c) => ({
    sql: `regexp_matches(${c.str(0)}, '^(10\\.|192\\.168\\.|172\\.(1[6-9]|2[0-9]|3[01])\\.)')`,
    type: 'bool',
  }),
  column_ifexists: (c) => {
    const name = c.literalString(0);
    const col = name === undefined ? undefined : c.scope.columns.find((x) => x.name === name);
    if (col) return { sql: c.scope.qualifier ? `${c.scope.qualifier}.${col.ref}` : col.ref, type: col.type };
    return c.arg(1);
  },
  columnifexists: (c) => {
    const name = c.literalString(0);
    const col = name === undefined ? undefined : c.scope.columns.find((x) => x.name === name);
    if (col) return { sql: c.scope.qualifier ? `${c.scope.qualifier}.${col.ref}` : col.ref, type: col.type };
    return c.arg(1);
  },
  range: rangeFn,
  // rand(): real uniform in [0.0, 1.0); rand(N): real chosen uniformly from {0.0, 1.0, ..., N - 1}.
  rand: (c) => ({
    sql: c.count === 0 ? 'random()' : `floor(random() * ${asNumber(c.arg(0), 'real')})`,
    type: 'real',
  }),
  gettype: (c) => {
    const a = c.arg(0);
    if (a.type !== 'dynamic') return { sql: c.ctx.param(a.type, 'VARCHAR'), type: 'string' };
    const jt = `json_type(${a.sql})`;
    return {
      sql: `CASE WHEN ${a.sql} IS NULL OR ${jt} = 'NULL' THEN 'null' WHEN ${jt} = 'OBJECT' THEN 'dictionary' WHEN ${jt} = 'ARRAY' THEN 'array' WHEN ${jt} = 'VARCHAR' THEN 'string' WHEN ${jt} = 'DOUBLE' THEN 'real' WHEN ${jt} = 'BOOLEAN' THEN 'bool' ELSE 'long' END`,
      type: 'string',
    };
  },
};

const FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  ...STRING_FUNCTIONS,
  ...TIME_FUNCTIONS,
  ...DYNAMIC_FUNCTIONS,
  ...MISC_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...IPV4_FUNCTIONS,
  ...ARRAY_FUNCTIONS,
  ...SERIES_FUNCTIONS,
  ...SERIES_ELEMENTWISE_FUNCTIONS,
  ...TEXT_EXTRA_FUNCTIONS,
  ...UNIT_FUNCTIONS,
  ...HASH_FUNCTIONS,
  ...ENCODING_FUNCTIONS,
  ...IPV6_FUNCTIONS,
  ...SPECIAL_MATH_FUNCTIONS,
  ...TIME_FORMAT_FUNCTIONS,
  ...SCHEMA_FUNCTIONS,
  ...SKETCH_FUNCTIONS,
  ...SERIES_FILTER_FUNCTIONS,
  ...ASSERT_FUNCTIONS,
  ...URL_FUNCTIONS,
  ...USER_AGENT_FUNCTIONS,
};

/** Inlines a scalar `let` function: parameters are bound to the compiled arguments. */
function callUserFunction(node: Syn, scope: RowScope, ctx: CompileContext, bound: Extract<Binding, { kind: 'function' }>): SqlExpr {
  const args = argumentsByParameter(node, bound.params, bound.defaults, ctx);
  const compiled = args.map((a) => (a ? compileExpr(a, scope, ctx) : undefined));
  return ctx.withScope(() => {
    bound.params.forEach((p, i) => {
      const arg = compiled[i];
      if (arg) ctx.bind(p, { kind: 'scalar', expr: arg });
    });
    // `let` statements of the body see the parameters; scalar ones are compiled over the row.
    for (const st of bound.body.list('Statements')) {
      const e = st.kind === 'LetStatement' ? st.get('Expression') : undefined;
      if (e && !e.isTabular && e.kind !== 'FunctionDeclaration') ctx.bind(st.get('Name')!.simpleName, { kind: 'scalar', expr: compileExpr(e, scope, ctx) });
      else compileLet(st, ctx);
    }
    const expr = bound.body.get('Expression');
    if (!expr) return ctx.fail('unsupportedExpression', node, 'function body without an expression');
    return compileExpr(expr, scope, ctx);
  });
}

export function compileCall(node: Syn, scope: RowScope, ctx: CompileContext): SqlExpr {
  const name = node.get('Name')?.simpleName ?? '';
  const bound = ctx.lookup(name);
  if (bound?.kind === 'function') return callUserFunction(node, scope, ctx, bound);
  const handler = FUNCTIONS[name];
  if (!handler) return ctx.fail('unsupportedFunction', node, `${name}()`);
  return handler(new Call(node, name, scope, ctx));
}

/** Functions whose unnamed call gives several columns: the series tuples and array_sort_* (one column per array). */
const TUPLES: Readonly<Record<string, (c: Call) => SqlExpr[]>> = {
  ...TUPLE_FUNCTIONS,
  array_sort_asc: (c) => sortedArrays(c, 'ASC'),
  array_sort_desc: (c) => sortedArrays(c, 'DESC'),
};

/** A call of a function returning several columns (`(a, b) = series_fit_line(y)`): one SQL each. */
export function compileTupleCall(node: Syn, scope: RowScope, ctx: CompileContext): SqlExpr[] {
  const name = node.kind === 'FunctionCallExpression' ? node.get('Name')?.simpleName ?? '' : '';
  const handler = TUPLES[name];
  if (!handler) return ctx.fail('unsupportedExpression', node, `(a, b) = ${name || node.source}`);
  return handler(new Call(node, name, scope, ctx));
}

/** True when `node` is an unnamed call of a function returning several columns. */
export function isTupleCall(node: Syn): boolean {
  return node.kind === 'FunctionCallExpression' && (node.get('Name')?.simpleName ?? '') in TUPLES;
}

/** True when the engine can compile a call to `name`. */
export function isSupportedFunction(name: string): boolean {
  return name in FUNCTIONS;
}

export { isNumeric };
