/**
 * `evaluate pivot(pivotColumn [, aggregation] [, column1, …]) [: (schema)]` (pivot-plugin.md):
 * one row per distinct combination of the columns (by default every column but the pivot column
 * and the aggregated one), and one column per distinct value of the pivot column holding the
 * aggregation over that value's rows. The page shows 0 in the cells of a value a group does not
 * have for count() and sum(), so only those two are compiled; other aggregations are refused.
 *
 * Without an output schema the columns depend on the data: like `bag_unpack`, compiling asks for
 * the distinct values first (in order of first appearance, as the page's ARKANSAS | ARIZONA
 * example shows), then compiles again with them. Kusto.Language knows only the group columns
 * after such a pivot, so only `sort`/`order`/`take`/`limit` may follow it (they keep every column).
 */
import type { Column, CompileContext, Relation } from '../context';
import { takeUniqueName } from '../context';
import type { Syn } from '../../language/syntax';
import type { KqlType } from '../../language/kql-types';
import { asNumber, asString } from '../expr/coerce';
import { DiscoveryNeeded } from './bag-unpack';
import { inputColumn } from './plugin-args';

/** Operators that keep every input column: the only ones a schema-less pivot may be followed by. */
const KEEPS_COLUMNS = new Set(['SortOperator', 'TakeOperator']);

interface Aggregation {
  readonly name: 'count' | 'sum';
  readonly column?: Column;
  readonly type: KqlType;
}

function aggregation(node: Syn | undefined, rel: Relation, ctx: CompileContext): Aggregation | undefined {
  if (node?.kind !== 'FunctionCallExpression') return undefined;
  const name = node.get('Name')!.simpleName;
  const args = node.get('ArgumentList')?.list('Expressions') ?? [];
  if (name === 'count' && args.length === 0) return { name, type: 'long' };
  if (name === 'sum' && args.length === 1 && args[0]!.kind === 'NameReference') {
    const column = rel.columns.find((c) => c.name === args[0]!.simpleName);
    if (column && (column.type === 'long' || column.type === 'int' || column.type === 'real')) return { name, column, type: column.type === 'real' ? 'real' : 'long' };
  }
  return ctx.fail('unsupportedArgument', node, 'pivot(): count() or sum() of a number column (the aggregations the pivot page shows empty cells for)');
}

export function pivot(op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  const pivotArg = args[0];
  const pivotCol = inputColumn(pivotArg, rel);
  if (!pivotCol) return ctx.fail('unsupportedArgument', call, 'pivot() of a column name');
  const agg = aggregation(args[1], rel, ctx);
  const listed = args.slice(agg ? 2 : 1);
  const groups = listed.length > 0
    ? listed.map((a) => {
      return inputColumn(a, rel) ?? ctx.fail('unsupportedArgument', a, 'pivot(): column names after the aggregation');
    })
    : rel.columns.filter((c) => c !== pivotCol && c !== agg?.column);
  const how: Aggregation = agg ?? { name: 'count', type: 'long' };
  const key = asString({ sql: pivotCol.ref, type: pivotCol.type });

  let values: readonly { name: string; value: string; type: KqlType }[];
  const schema = op.get('Schema') ?? op.children().find((c) => c.kind === 'EvaluateSchemaClause');
  if (schema) {
    // An output schema: its group columns are the input's, every other column is a pivot value.
    const out = op.columns();
    const groupNames = new Set(groups.map((g) => g.name));
    if (out.filter((o) => groupNames.has(o.name)).length !== groups.length) return ctx.fail('schemaMismatch', op, 'pivot(): the output schema must list the group columns');
    values = out.filter((o) => !groupNames.has(o.name)).map((o) => ({ name: o.name, value: o.name, type: o.type }));
  } else {
    const after = ctx.operatorsAfter.get(op.start) ?? [];
    if (after.some((k) => !KEEPS_COLUMNS.has(k))) return ctx.fail('unsupportedOperator', op, 'operators other than sort and take after evaluate pivot() without an output schema');
    const found = ctx.bagSlots.get(op.start);
    if (!found) {
      const sql = `SELECT v, ['VARCHAR'] FROM (SELECT ${key} AS v, min(rn) AS first FROM (SELECT *, row_number() OVER () AS rn FROM (${rel.sql}) AS t) AS t GROUP BY 1) AS d ORDER BY first`;
      throw new DiscoveryNeeded('pivot', op.start, sql, [...ctx.parameters], true);
    }
    if (found.some((s) => s.name === '')) return ctx.fail('unsupportedArgument', pivotArg!, 'pivot(): an empty pivot value (the page does not say how its column is named)');
    const used = new Set(groups.map((g) => g.name));
    values = found.map((s) => ({ name: takeUniqueName(s.name, used), value: s.name, type: how.type }));
  }

  const refs = groups.map(() => ctx.fresh());
  const items = groups.map((g, i) => `${g.ref} AS ${refs[i]}`);
  const columns: Column[] = groups.map((g, i) => ({ name: g.name, type: g.type, ref: refs[i]! }));
  for (const v of values) {
    const ref = ctx.fresh();
    const when = `${key} = ${ctx.param(v.value, 'VARCHAR')}`;
    const cell = how.name === 'count'
      ? `count(*) FILTER (WHERE ${when})`
      : `coalesce(sum(${asNumber({ sql: how.column!.ref, type: how.column!.type }, how.type)}) FILTER (WHERE ${when}), 0)`;
    items.push(`CAST(${cell} AS ${v.type === 'real' ? 'DOUBLE' : 'BIGINT'}) AS ${ref}`);
    columns.push({ name: v.name, type: v.type === 'real' ? 'real' : 'long', ref });
  }
  const group = refs.length > 0 ? ` GROUP BY ${refs.map((_, i) => i + 1).join(', ')}` : '';
  return { sql: `SELECT ${items.join(', ')} FROM (${rel.sql}) AS t${group}`, columns };
}
