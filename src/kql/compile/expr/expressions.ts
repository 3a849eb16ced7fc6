/**
 * Scalar expressions: dispatch by bound syntax kind through one `Record`, so each supported
 * kind has exactly one handler. Names, literals, dynamic paths, arithmetic and logic live here;
 * string predicates in `string-ops.ts`, function calls in `functions.ts`.
 */
import type { CompileContext, RowScope, SqlExpr } from '../context';
import type { Syn } from '../../language/syntax';
import { literalOf } from '../../language/literals';
import { checkedLiteral, compileDynamicLiteral, compileLiteral } from './literal-sql';
import { asBool, asDatetime, asDynamic, coerce, comparisonType, asNumber } from './coerce';
import { STRING_OPS } from './string-ops';
import type { StringOpKind } from './string-ops';
import { compileCall } from './functions';
import { compileTabularExpr } from '../tabular-ref';

export type ExprHandler = (node: Syn, scope: RowScope, ctx: CompileContext) => SqlExpr;

type CoreKind =
  | 'StringLiteralExpression' | 'CompoundStringLiteralExpression' | 'LongLiteralExpression' | 'IntLiteralExpression'
  | 'RealLiteralExpression' | 'DecimalLiteralExpression' | 'BooleanLiteralExpression' | 'DateTimeLiteralExpression'
  | 'TimespanLiteralExpression' | 'GuidLiteralExpression' | 'NullLiteralExpression' | 'DynamicExpression'
  | 'NameReference' | 'ParenthesizedExpression' | 'PathExpression' | 'ElementExpression' | 'FunctionCallExpression'
  | 'ToScalarExpression' | 'UnaryMinusExpression' | 'UnaryPlusExpression'
  | 'AddExpression' | 'SubtractExpression' | 'MultiplyExpression' | 'DivideExpression' | 'ModuloExpression'
  | 'LessThanExpression' | 'LessThanOrEqualExpression' | 'GreaterThanExpression' | 'GreaterThanOrEqualExpression'
  | 'EqualExpression' | 'NotEqualExpression' | 'AndExpression' | 'OrExpression' | 'BetweenExpression' | 'NotBetweenExpression'
  | 'JsonArrayExpression' | 'JsonObjectExpression' | 'SimpleNamedExpression';

const literal: ExprHandler = (node, _scope, ctx) => compileLiteral(checkedLiteral(node, ctx), ctx);

function columnRef(scope: RowScope, ref: string): string {
  return scope.qualifier ? `${scope.qualifier}.${ref}` : ref;
}

const nameReference: ExprHandler = (node, scope, ctx) => {
  const name = node.simpleName;
  const kind = node.symbol?.kind;
  if (kind !== 'Variable' && kind !== 'Parameter') {
    const col = scope.columns.find((c) => c.name === name);
    if (col) return col.structKeys ? { sql: columnRef(scope, col.ref), type: col.type, structKeys: col.structKeys } : { sql: columnRef(scope, col.ref), type: col.type };
  }
  const bound = ctx.lookup(name);
  if (bound?.kind === 'scalar') return bound.expr;
  const col = scope.columns.find((c) => c.name === name);
  if (col) return { sql: columnRef(scope, col.ref), type: col.type };
  if (bound?.kind === 'table' || node.isTabular) return ctx.fail('unsupportedExpression', node, 'a table used as a value');
  // A scalar function every parameter of which has a default, named without parentheses
  // (`let x = () {rand(1000)}; print x, x`, named-expressions.md): a call of it.
  if (bound?.kind === 'function' && bound.params.every((_, i) => bound.defaults?.[i] !== undefined)) return compileCall(node, scope, ctx);
  return ctx.fail('unsupportedExpression', node, `cannot resolve '${name}'`);
};

/**
 * `col.key` of a column held as a STRUCT (Column.structKeys): the field, a JSON value. The keys
 * are plain words (mv-expand checked them), so the name is written inline.
 */
function structField(base: SqlExpr, key: string): SqlExpr | undefined {
  return base.structKeys?.includes(key) ? { sql: `struct_extract(${base.sql}, '${key}')`, type: 'dynamic' } : undefined;
}

/** Collects a chain of `.name` / `[literal]` selectors over a dynamic value into one JSON path. */
function jsonPath(node: Syn, scope: RowScope, ctx: CompileContext): { base: SqlExpr; path: string; dynamicIndex?: string; stringKey?: boolean } | undefined {
  if (node.kind === 'PathExpression') {
    const inner = node.get('Expression')!;
    const sel = node.get('Selector')!;
    const key = sel.kind === 'BracketedExpression' ? sel.get('Expression') : sel;
    if (key && (key.kind === 'LongLiteralExpression' || key.kind === 'IntLiteralExpression')) {
      const n = (literalOf(key) as { value: number }).value;
      const b = jsonPath(inner, scope, ctx) ?? { base: { sql: asDynamic(compileExpr(inner, scope, ctx)), type: 'dynamic' as const }, path: '$' };
      return { ...b, path: `${b.path}[${n < 0 ? `#${n}` : n}]` };
    }
    const stringKey = key?.kind === 'StringLiteralExpression';
    // `x.[name]` with a computed key: not a fixed path (dynamicAccess reads it at run time).
    if (sel.kind === 'BracketedExpression' && !stringKey) return undefined;
    const name = stringKey ? (literalOf(key) as { value: string }).value : sel.simpleName;
    const base = jsonPath(inner, scope, ctx);
    const seg = `."${name.replace(/"/g, '\\"')}"`;
    if (base) return { ...base, path: base.path + seg, stringKey: base.stringKey || stringKey };
    const b = compileExpr(inner, scope, ctx);
    const field = structField(b, name);
    if (field) return { base: field, path: '$' };
    return { base: { sql: asDynamic(b), type: 'dynamic' }, path: '$' + seg, stringKey };
  }
  if (node.kind === 'ElementExpression') {
    const inner = node.get('Expression')!;
    const sel = node.get('Selector')!;
    const idx = sel.kind === 'BracketedExpression' ? sel.get('Expression')! : sel;
    const inPath = jsonPath(inner, scope, ctx);
    const whole = inPath ? undefined : compileExpr(inner, scope, ctx);
    if (whole && idx.kind === 'StringLiteralExpression') {
      const field = structField(whole, (literalOf(idx) as { value: string }).value);
      if (field) return { base: field, path: '$' };
    }
    const base = inPath ?? { base: { sql: asDynamic(whole!), type: 'dynamic' as const }, path: '$' };
    if (idx.kind === 'StringLiteralExpression') {
      const v = (literalOf(idx) as { value: string }).value;
      return { ...base, path: `${base.path}."${v.replace(/"/g, '\\"')}"`, stringKey: true };
    }
    if (idx.kind === 'LongLiteralExpression' || idx.kind === 'IntLiteralExpression') {
      const n = (literalOf(idx) as { value: number }).value;
      return { ...base, path: `${base.path}[${n < 0 ? `#${n}` : n}]` };
    }
    if (idx.kind === 'UnaryMinusExpression') {
      const n = idx.get('Expression');
      if (n && (n.kind === 'LongLiteralExpression' || n.kind === 'IntLiteralExpression')) {
        return { ...base, path: `${base.path}[#-${(literalOf(n) as { value: number }).value}]` };
      }
    }
    return undefined;
  }
  return undefined;
}

/** Keys and indexes only: `$."a"."b"[0][#-1]` with plain-word keys (nothing to escape). */
const PLAIN_JSON_PATH = /^\$(?:\."[A-Za-z0-9_]+"|\[#?-?\d+\])+$/;

/**
 * A JSON path as SQL. Paths made only of member names (`a.b`) and integer indexes, all plain
 * words, are written inline (DuckDB then parses the path once per query, not once per row — about
 * twice as fast); a key written as a string literal (`a['b']`) is a literal like any other and
 * goes in as a parameter, so the SQL text never depends on a literal's content.
 */
function jsonPathSql(path: string, stringKey: boolean | undefined, ctx: CompileContext): string {
  return !stringKey && PLAIN_JSON_PATH.test(path) ? `'${path}'` : ctx.param(path, 'VARCHAR');
}

const dynamicAccess: ExprHandler = (node, scope, ctx) => {
  const p = jsonPath(node, scope, ctx);
  if (p) {
    if (p.path === '$') return { sql: p.base.sql, type: 'dynamic' };
    const path = jsonPathSql(p.path, p.stringKey, ctx);
    return { sql: `json_extract(${p.base.sql}, ${path})`, type: 'dynamic', json: { base: p.base.sql, path } };
  }
  // element with a computed index or key
  const inner = compileExpr(node.get('Expression')!, scope, ctx);
  const sel = node.get('Selector')!;
  const idx = compileExpr(sel.kind === 'BracketedExpression' ? sel.get('Expression')! : sel, scope, ctx);
  const path = idx.type === 'string' ? `'$."' || ${idx.sql} || '"'` : `'$[' || CAST(${idx.sql} AS VARCHAR) || ']'`;
  return { sql: `json_extract(${asDynamic(inner)}, ${path})`, type: 'dynamic' };
};

function binary(op: string): ExprHandler {
  return (node, scope, ctx) => {
    const l = compileExpr(node.get('Left')!, scope, ctx);
    const r = compileExpr(node.get('Right')!, scope, ctx);
    return arithmetic(op, l, r, node.type, ctx);
  };
}

/** KQL arithmetic over datetimes (TIMESTAMP), timespans (µs) and numbers. */
export function arithmetic(op: string, l: SqlExpr, r: SqlExpr, type: SqlExpr['type'], _ctx: CompileContext): SqlExpr {
  if (l.type === 'datetime' && r.type === 'datetime' && op === '-') return { sql: `(epoch_us(${l.sql}) - epoch_us(${r.sql}))`, type: 'timespan' };
  if (l.type === 'datetime' && op === '+') return { sql: `(${l.sql} + to_microseconds(${coerce(r, 'timespan')}))`, type: 'datetime' };
  if (r.type === 'datetime' && op === '+') return { sql: `(${r.sql} + to_microseconds(${coerce(l, 'timespan')}))`, type: 'datetime' };
  if (l.type === 'datetime' && op === '-') return { sql: `(${l.sql} - to_microseconds(${coerce(r, 'timespan')}))`, type: 'datetime' };
  if (l.type === 'timespan' && r.type === 'timespan' && op === '/') return { sql: `(CAST(${l.sql} AS DOUBLE) / NULLIF(${r.sql}, 0))`, type: 'real' };
  if (type === 'timespan') {
    const ls = l.type === 'timespan' ? l.sql : asNumber(l);
    const rs = r.type === 'timespan' ? r.sql : asNumber(r);
    const expr = op === '/' ? `(${ls} / NULLIF(${rs}, 0))` : `(${ls} ${op} ${rs})`;
    return { sql: `CAST(${expr} AS BIGINT)`, type: 'timespan' };
  }
  const t = type === 'long' || type === 'int' || type === 'real' || type === 'decimal' ? type : 'real';
  const ls = asNumber(l, t);
  const rs = asNumber(r, t);
  if (op === '/') {
    // Real division by zero is ±infinity or NaN, as in Kusto (1.0/0 = inf).
    if (t === 'real' || t === 'decimal') return { sql: `(CAST(${ls} AS DOUBLE) / ${rs})`, type: t };
    return { sql: `CAST(trunc(${ls} / NULLIF(${rs}, 0)) AS ${t === 'int' ? 'INTEGER' : 'BIGINT'})`, type: t };
  }
  // Kusto's integer modulo takes the sign of neither operand: -14 % 12 = 10, 14 % -12 = 2.
  if (op === '%' && (t === 'long' || t === 'int')) return { sql: `((${ls} % NULLIF(${rs}, 0) + abs(${rs})) % NULLIF(abs(${rs}), 0))`, type: t };
  if (op === '%') return { sql: `(${ls} % NULLIF(${rs}, 0))`, type: t };
  return { sql: `(${ls} ${op} ${rs})`, type: t };
}

function comparison(op: string): ExprHandler {
  return (node, scope, ctx) => {
    const l = compileExpr(node.get('Left')!, scope, ctx);
    const r = compileExpr(node.get('Right')!, scope, ctx);
    return compare(op, l, r);
  };
}

/** A parameter or number: never null. */
const PLAIN_VALUE = /^(\$\d+|CAST\(\$\d+ AS \w+\)|-?\d+(\.\d+)?)$/;

/** Compares two values after converting both to their common type. */
export function compare(op: string, l: SqlExpr, r: SqlExpr): SqlExpr {
  const t = comparisonType(l.type, r.type);
  if (t === 'dynamic') return { sql: `(CAST(${l.sql} AS VARCHAR) ${op} CAST(${r.sql} AS VARCHAR))`, type: 'bool' };
  const ls = coerce(l, t);
  const rs = coerce(r, t);
  // null-values.md: == of a null and a non-null value is false, != is true; of two nulls, null.
  if ((op === '=' || op === '<>') && t !== 'string' && t !== 'guid') {
    const same = op === '=' ? `(${ls} IS NOT DISTINCT FROM ${rs})` : `(${ls} IS DISTINCT FROM ${rs})`;
    if (PLAIN_VALUE.test(rs)) return { sql: op === '=' ? `coalesce(${ls} = ${rs}, false)` : `coalesce(${ls} <> ${rs}, true)`, type: 'bool' };
    return { sql: `(CASE WHEN ${ls} IS NULL AND ${rs} IS NULL THEN NULL ELSE ${same} END)`, type: 'bool' };
  }
  return { sql: `(${ls} ${op} ${rs})`, type: 'bool' };
}

function logical(op: 'AND' | 'OR'): ExprHandler {
  return (node, scope, ctx) => {
    const l = compileExpr(node.get('Left')!, scope, ctx);
    const r = compileExpr(node.get('Right')!, scope, ctx);
    return { sql: `(${asBool(l)} ${op} ${asBool(r)})`, type: 'bool' };
  };
}

function between(negate: boolean): ExprHandler {
  return (node, scope, ctx) => {
    const l = compileExpr(node.get('Left')!, scope, ctx);
    const couple = node.get('Right')!;
    const a = compileExpr(couple.get('First')!, scope, ctx);
    let b = compileExpr(couple.get('Second')!, scope, ctx);
    if (l.type === 'datetime' && b.type === 'timespan') b = arithmetic('+', a, b, 'datetime', ctx);
    const t = comparisonType(l.type, a.type);
    const sql = `(${coerce(l, t)} BETWEEN ${coerce(a, t)} AND ${coerce(b, t)})`;
    return { sql: negate ? `(NOT ${sql})` : sql, type: 'bool' };
  };
}

/** `s1.total` inside a `scan` step: the state of step s1. */
function scanStateRef(node: Syn, ctx: CompileContext): SqlExpr | undefined {
  const base = node.get('Expression');
  const sel = node.get('Selector');
  if (base?.kind !== 'NameReference' || sel?.kind !== 'NameReference') return undefined;
  return ctx.scanStates.get(base.simpleName)?.get(sel.simpleName);
}

const CORE: Record<CoreKind, ExprHandler> = {
  StringLiteralExpression: literal,
  CompoundStringLiteralExpression: literal,
  LongLiteralExpression: literal,
  IntLiteralExpression: literal,
  RealLiteralExpression: literal,
  DecimalLiteralExpression: literal,
  BooleanLiteralExpression: literal,
  DateTimeLiteralExpression: literal,
  TimespanLiteralExpression: literal,
  GuidLiteralExpression: literal,
  NullLiteralExpression: literal,
  DynamicExpression: (node, _scope, ctx) => compileDynamicLiteral(node, ctx),
  JsonArrayExpression: (node, _scope, ctx) => compileDynamicLiteral(node, ctx),
  JsonObjectExpression: (node, _scope, ctx) => compileDynamicLiteral(node, ctx),
  NameReference: nameReference,
  ParenthesizedExpression: (node, scope, ctx) => compileExpr(node.get('Expression')!, scope, ctx),
  PathExpression: (node, scope, ctx) => scanStateRef(node, ctx) ?? dynamicAccess(node, scope, ctx),
  ElementExpression: dynamicAccess,
  FunctionCallExpression: (node, scope, ctx) => ctx.aggregateRefs.get(node.start) ?? compileCall(node, scope, ctx),
  SimpleNamedExpression: (node, scope, ctx) => compileExpr(node.get('Expression')!, scope, ctx),
  ToScalarExpression: (node, _scope, ctx) => {
    const inner = node.get('Expression')!;
    if (!inner.isTabular) {
      // toscalar(scalar): evaluated once for the whole query (toscalar-function.md, new_guid example),
      // also where a function holding it is called twice with the same arguments (named-expressions.md:
      // `let y = () {toscalar(rand(1000))}; print y, y` prints one value twice): one materialized CTE
      // per node and argument values.
      const e = compileExpr(inner, { columns: [] }, ctx);
      return { sql: `(SELECT v FROM ${ctx.onceValue(`${node.start}:${e.sql}`, `SELECT ${e.sql} AS v`)})`, type: e.type };
    }
    const rel = compileTabularExpr(inner, ctx);
    const col = rel.columns[0];
    if (!col) return ctx.fail('unsupportedExpression', node, 'toscalar() of a table without columns');
    return { sql: `(SELECT ${col.ref} FROM (${rel.sql}) AS s LIMIT 1)`, type: col.type };
  },
  UnaryMinusExpression: (node, scope, ctx) => {
    const e = compileExpr(node.get('Expression')!, scope, ctx);
    return { sql: `(-${e.sql})`, type: e.type };
  },
  UnaryPlusExpression: (node, scope, ctx) => compileExpr(node.get('Expression')!, scope, ctx),
  AddExpression: binary('+'),
  SubtractExpression: binary('-'),
  MultiplyExpression: binary('*'),
  DivideExpression: binary('/'),
  ModuloExpression: binary('%'),
  LessThanExpression: comparison('<'),
  LessThanOrEqualExpression: comparison('<='),
  GreaterThanExpression: comparison('>'),
  GreaterThanOrEqualExpression: comparison('>='),
  EqualExpression: comparison('='),
  NotEqualExpression: comparison('<>'),
  AndExpression: logical('AND'),
  OrExpression: logical('OR'),
  BetweenExpression: between(false),
  NotBetweenExpression: between(true),
};

const HANDLERS: Readonly<Record<string, ExprHandler>> = { ...CORE, ...STRING_OPS } satisfies Record<CoreKind | StringOpKind, ExprHandler>;

/** Compiles a bound scalar expression against the columns in scope. */
export function compileExpr(node: Syn, scope: RowScope, ctx: CompileContext): SqlExpr {
  const handler = HANDLERS[node.kind];
  if (!handler) return ctx.fail('unsupportedExpression', node, node.kind);
  return handler(node, scope, ctx);
}

/** Compiles and converts to a datetime (for functions that take one). */
export function compileDatetime(node: Syn, scope: RowScope, ctx: CompileContext): string {
  return asDatetime(compileExpr(node, scope, ctx));
}
