/**
 * join (every kind; KQL's default `innerunique` keeps one left row per key), lookup and union.
 * Clashing right-side column names are renamed by the binder (`Name1`); its output schema is
 * followed positionally.
 */
import type { Column, CompileContext, Relation } from '../context';
import { CompileError, takeUniqueName } from '../context';
import type { Syn } from '../../language/syntax';
import type { KqlType } from '../../language/kql-types';
import { DUCKDB_TYPE } from '../../language/kql-types';
import { compileExpr } from '../expr/expressions';
import { asBool, coerce, comparisonType } from '../expr/coerce';
import { compileTabularExpr } from '../tabular-ref';
import { requireInput } from './basic';
import type { OperatorHandler } from './types';

function parameter(op: Syn, name: string): string | undefined {
  for (const p of op.list('Parameters')) {
    if (p.get('Name')?.simpleName === name) return p.get('Expression')?.source;
  }
  return undefined;
}

interface Keys {
  readonly on: string;
  readonly leftKeys: readonly string[];
  readonly sameNames: readonly string[];
  /** Right-side names of `$left.a == $right.b` keys. */
  readonly rightKeyNames: readonly string[];
}

function sideOf(node: Syn): { side: 'l' | 'r'; name: string } | undefined {
  if (node.kind !== 'PathExpression') return undefined;
  const base = node.get('Expression')!.simpleName;
  const name = node.get('Selector')!.simpleName;
  if (base === '$left') return { side: 'l', name };
  if (base === '$right') return { side: 'r', name };
  return undefined;
}

function col(rel: Relation, name: string, node: Syn, ctx: CompileContext): Column {
  const c = rel.columns.find((x) => x.name === name);
  if (!c) return ctx.fail('schemaMismatch', node, `join column ${name}`);
  return c;
}

function eq(a: Column, b: Column, qa: string, qb: string): string {
  const t = comparisonType(a.type, b.type);
  return `${coerce({ sql: `${qa}.${a.ref}`, type: a.type }, t)} = ${coerce({ sql: `${qb}.${b.ref}`, type: b.type }, t)}`;
}

/** join-operator.md: "To specify multiple conditions, you can either use the "and" keyword or separate them with commas". */
function conjuncts(e: Syn): Syn[] {
  return e.kind === 'AndExpression' ? [...conjuncts(e.get('Left')!), ...conjuncts(e.get('Right')!)] : [e];
}

/** The `on` clause as SQL over aliases `l` and `r`. */
function joinKeys(clause: Syn | undefined, left: Relation, right: Relation, ctx: CompileContext, op: Syn): Keys {
  if (!clause || clause.kind !== 'JoinOnClause') return ctx.fail('unsupportedOperator', op, 'join without an `on` clause');
  const conds: string[] = [];
  const leftKeys: string[] = [];
  const sameNames: string[] = [];
  const rightKeyNames: string[] = [];
  for (const e of clause.list('Expressions').flatMap(conjuncts)) {
    if (e.kind === 'NameReference') {
      const l = col(left, e.simpleName, e, ctx);
      conds.push(eq(l, col(right, e.simpleName, e, ctx), 'l', 'r'));
      leftKeys.push(l.ref);
      sameNames.push(e.simpleName);
      continue;
    }
    if (e.kind === 'EqualExpression') {
      const a = sideOf(e.get('Left')!);
      const b = sideOf(e.get('Right')!);
      if (a && b && a.side !== b.side) {
        const [ls, rs] = a.side === 'l' ? [a, b] : [b, a];
        const l = col(left, ls.name, e, ctx);
        conds.push(eq(l, col(right, rs.name, e, ctx), 'l', 'r'));
        leftKeys.push(l.ref);
        rightKeyNames.push(rs.name);
        continue;
      }
    }
    return ctx.fail('unsupportedExpression', e, 'join condition other than column equality');
  }
  return { on: conds.join(' AND '), leftKeys, sameNames, rightKeyNames };
}

function nullableString(c: Column, alias: string): string {
  const sql = `${alias}.${c.ref}`;
  return c.type === 'string' ? `coalesce(${sql}, '')` : sql;
}

function output(op: Syn, ctx: CompileContext, sources: readonly { col: Column; alias: string; nullable: boolean }[], from: string): Relation {
  const out = op.columns();
  if (out.length !== sources.length) return ctx.fail('schemaMismatch', op, `${sources.length} vs ${out.length} columns`);
  const columns = out.map((c, i) => ({ name: c.name, type: sources[i]!.col.type, ref: ctx.fresh() }));
  const items = sources.map((s, i) => `${s.nullable ? nullableString(s.col, s.alias) : `${s.alias}.${s.col.ref}`} AS ${columns[i]!.ref}`);
  return { sql: `SELECT ${items.join(', ')} FROM ${from}`, columns };
}

const JOIN_SQL: Readonly<Record<string, { sql: string; leftNull: boolean; rightNull: boolean; only?: 'l' | 'r' }>> = {
  inner: { sql: 'INNER JOIN', leftNull: false, rightNull: false },
  innerunique: { sql: 'INNER JOIN', leftNull: false, rightNull: false },
  leftouter: { sql: 'LEFT JOIN', leftNull: false, rightNull: true },
  rightouter: { sql: 'RIGHT JOIN', leftNull: true, rightNull: false },
  fullouter: { sql: 'FULL JOIN', leftNull: true, rightNull: true },
  leftsemi: { sql: 'SEMI JOIN', leftNull: false, rightNull: false, only: 'l' },
  leftanti: { sql: 'ANTI JOIN', leftNull: false, rightNull: false, only: 'l' },
  anti: { sql: 'ANTI JOIN', leftNull: false, rightNull: false, only: 'l' },
  leftantisemi: { sql: 'ANTI JOIN', leftNull: false, rightNull: false, only: 'l' },
  rightsemi: { sql: 'SEMI JOIN', leftNull: false, rightNull: false, only: 'r' },
  rightanti: { sql: 'ANTI JOIN', leftNull: false, rightNull: false, only: 'r' },
  rightantisemi: { sql: 'ANTI JOIN', leftNull: false, rightNull: false, only: 'r' },
};

export const join: OperatorHandler = (op, input, ctx) => {
  const left = requireInput(input, op, ctx);
  const right = compileTabularExpr(op.get('Expression')!, ctx);
  const kind = (parameter(op, 'kind') ?? 'innerunique').toLowerCase();
  const spec = JOIN_SQL[kind];
  if (!spec) return ctx.fail('unsupportedArgument', op, `join kind=${kind}`);
  if (kind !== 'innerunique') return joinSides(op, left, right, kind, spec, ctx);
  const rejoin = (l: Relation): Relation => ({ ...joinSides(op, l, right, kind, spec, ctx), innerUnique: { left: l, rejoin } });
  return rejoin(left);
};

function joinSides(op: Syn, left: Relation, right: Relation, kind: string, spec: (typeof JOIN_SQL)[string], ctx: CompileContext): Relation {
  const keys = joinKeys(op.get('ConditionClause'), left, right, ctx, op);
  const leftSql =
    kind === 'innerunique' && keys.leftKeys.length > 0
      ? `(SELECT * FROM (${left.sql}) AS u QUALIFY row_number() OVER (PARTITION BY ${keys.leftKeys.join(', ')}) = 1)`
      : `(${left.sql})`;
  if (spec.only === 'r') {
    const from = `(${right.sql}) AS r ${spec.sql} ${leftSql} AS l ON ${keys.on}`;
    return output(op, ctx, right.columns.map((c) => ({ col: c, alias: 'r', nullable: false })), from);
  }
  const from = `${leftSql} AS l ${spec.sql} (${right.sql}) AS r ON ${keys.on}`;
  const sources = left.columns.map((c) => ({ col: c, alias: 'l', nullable: spec.leftNull }));
  if (!spec.only) sources.push(...right.columns.map((c) => ({ col: c, alias: 'r', nullable: spec.rightNull })));
  return output(op, ctx, sources, from);
}

export const lookup: OperatorHandler = (op, input, ctx) => {
  const left = requireInput(input, op, ctx);
  const right = compileTabularExpr(op.get('Expression')!, ctx);
  const kind = (parameter(op, 'kind') ?? 'leftouter').toLowerCase();
  const keys = joinKeys(op.get('LookupClause'), left, right, ctx, op);
  const sources = [
    ...left.columns.map((c) => ({ col: c, alias: 'l', nullable: false })),
    // lookup drops the right side's key columns, also those named differently ($left.a == $right.b).
    ...right.columns.filter((c) => !keys.sameNames.includes(c.name) && !keys.rightKeyNames.includes(c.name)).map((c) => ({ col: c, alias: 'r', nullable: kind !== 'inner' })),
  ];
  const from = `(${left.sql}) AS l ${kind === 'inner' ? 'INNER JOIN' : 'LEFT JOIN'} (${right.sql}) AS r ON ${keys.on}`;
  return output(op, ctx, sources, from);
};

/** A leg's name in the `withsource=` column: its table name, else the name `as` gave it (as-operator.md). */
function legName(node: Syn, rel: Relation): string {
  if (node.kind === 'NameReference') return node.simpleName;
  return rel.sourceName ?? node.source.split(/\s|\|/)[0] ?? 'union';
}

/**
 * A union's columns in order of first appearance, `withsource` first: a name with one type stays,
 * a name with several becomes name_type, numbered from 1 when name_type is another column's name
 * or already given (union-operator.md: x:long, x:int and x_long give x_long1, x_int, x_long).
 */
function unionColumns(
  legs: readonly (readonly { name: string; type: KqlType }[])[],
  types: ReadonlyMap<string, ReadonlySet<KqlType>>,
  withsource: string | undefined,
): { name: string; type: KqlType; from?: { name: string; type: KqlType } }[] {
  const out: { name: string; type: KqlType; from?: { name: string; type: KqlType } }[] = [];
  if (withsource) out.push({ name: withsource, type: 'string' });
  const taken = new Set([...types].filter(([, ts]) => ts.size === 1).map(([n]) => n));
  const seen = new Set<string>();
  for (const cols of legs) {
    for (const c of cols) {
      const key = `${c.name}\u0000${c.type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (types.get(c.name)!.size === 1) {
        out.push({ name: c.name, type: c.type, from: { name: c.name, type: c.type } });
        continue;
      }
      const name = takeUniqueName(`${c.name}_${c.type}`, taken);
      out.push({ name, type: c.type, from: { name: c.name, type: c.type } });
    }
  }
  return out;
}

export const union: OperatorHandler = (op, input, ctx) => {
  const legs: { rel: Relation; name: string }[] = [];
  if (input) legs.push({ rel: input, name: input.sourceName ?? 'union_arg0' });
  // isfuzzy=true: a leg naming a table that does not exist is left out (union-operator.md).
  const fuzzy = parameter(op, 'isfuzzy') === 'true';
  for (const e of op.list('Expressions')) {
    try {
      const rel = compileTabularExpr(e, ctx);
      legs.push({ rel, name: legName(e, rel) });
    } catch (err) {
      if (!(fuzzy && err instanceof CompileError && err.message.includes('is not a table here'))) throw err;
    }
  }
  if (legs.length === 0) return ctx.fail('unsupportedExpression', op, 'union isfuzzy=true where no table exists');
  // Same-named columns of different types become name_type columns (union-operator.md).
  const types = new Map<string, Set<KqlType>>();
  for (const { rel } of legs) for (const c of rel.columns) types.set(c.name, (types.get(c.name) ?? new Set()).add(c.type));
  const withsource = parameter(op, 'withsource');
  const clash = [...types].some(([name, ts]) => ts.size > 1 && [...ts].some((t) => types.has(`${name}_${t}`)));
  let out: readonly { name: string; type: KqlType; from?: { name: string; type: KqlType } }[] = op.columns();
  if (clash) {
    // Where name_type is already a column, the page's example numbers the renamed one
    // (x:long beside a column x_long → x_long1) and Kusto.Language numbers the other: the
    // columns follow the page, so the union must be the query's last operator.
    if (ctx.finalOperator !== op.start) return ctx.fail('unsupportedOperator', op, 'operators after a union that renames a column to a name another column has');
    out = unionColumns(legs.map((l) => l.rel.columns), types, withsource);
  }
  // kind=inner keeps the columns common to all the tables (union-operator.md). Kusto.Language
  // types it as outer (every column), so an operator after it that reads a dropped column is
  // refused when compiled (the column is not found), never answered from a column that is not there.
  if ((parameter(op, 'kind') ?? 'outer').toLowerCase() === 'inner') {
    out = out.filter((c) => c.name === withsource || legs.every((leg) => leg.rel.columns.some((x) => x.name === c.name)));
  }
  const columns = out.map((c) => ({ name: c.name, type: c.type, ref: ctx.fresh() }));
  const selects = legs.map((leg) => {
    const items = out.map((c, i) => {
      const ref = columns[i]!.ref;
      if (withsource && c.name === withsource) return `${ctx.param(leg.name, 'VARCHAR')} AS ${ref}`;
      const from = 'from' in c ? c.from : undefined;
      const found = from
        ? leg.rel.columns.find((x) => x.name === from.name && x.type === from.type)
        : (leg.rel.columns.find((x) => x.name === c.name) ??
          // A name_type column the binder made of a name with several types; a column that is
          // merely named like one (x_long beside x:long) is its own column.
          leg.rel.columns.find((x) => types.get(x.name)!.size > 1 && `${x.name}_${x.type}` === c.name));
      if (!found) return `${c.type === 'string' ? "''" : `CAST(NULL AS ${DUCKDB_TYPE[c.type as KqlType]})`} AS ${ref}`;
      return `CAST(${coerce({ sql: found.ref, type: found.type }, c.type)} AS ${DUCKDB_TYPE[c.type]}) AS ${ref}`;
    });
    return `SELECT ${items.join(', ')} FROM (${leg.rel.sql}) AS t`;
  });
  return { sql: selects.map((s) => `(${s})`).join(' UNION ALL '), columns };
};

export { asBool, compileExpr };
