/**
 * `evaluate bag_unpack(d [, prefix] [, columnsConflict=…]) [: (schema)]` (bag-unpack-plugin.md):
 * the input columns without `d`, then one column per top-level slot of the bags, sorted by name,
 * typed with the slot's type when all its non-null values share one, else dynamic.
 *
 * Without an output schema the columns depend on the data, so compiling asks for it: the first
 * compilation throws {@link DiscoveryNeeded} with a query listing the slots and their JSON types;
 * the engine runs it and compiles again with the answer in `ctx.bagSlots`. Kusto.Language types
 * columns after such a plugin as dynamic, so when more operators follow an unpack without a
 * schema, the query is bound again with the columns found written as its output schema
 * (compile/rebind.ts); compiling it then gives the schema-less columns (`ctx.bagSlots` says so).
 */
import type { Column, CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import type { KqlType } from '../../language/kql-types';
import { DUCKDB_TYPE } from '../../language/kql-types';
import { literalOf } from '../../language/literals';
import { coerce } from '../expr/coerce';
import { inputColumn } from './plugin-args';
import { RebindNeeded } from '../rebind';
import { jsonKind } from '../expr/json-kind';

/** One slot found in the data: its name and the KQL type of its values. */
export interface BagSlot {
  readonly name: string;
  readonly type: KqlType;
}

/** Thrown when a plugin's output columns depend on the data: run `sql`, compile again. */
export class DiscoveryNeeded extends Error {
  constructor(
    /** The plugin asking (`bag_unpack`, `pivot`): named in the diagnostic of a compile that cannot run it. */
    readonly plugin: string,
    readonly at: number,
    readonly sql: string,
    readonly parameters: readonly unknown[],
    /** The rows' order is the columns' order (pivot); otherwise slots are sorted by name. */
    readonly ordered = false,
  ) {
    super(`${plugin} needs the data of its input`);
  }
}

const JSON_TYPE_TO_KQL: Readonly<Record<string, KqlType>> = {
  BIGINT: 'long',
  UBIGINT: 'long',
  DOUBLE: 'real',
  VARCHAR: 'string',
  BOOLEAN: 'bool',
  ARRAY: 'dynamic',
  OBJECT: 'dynamic',
};

/** The slot list from the discovery query's rows `[key, [json types…]]`, sorted by name unless `ordered`. */
export function slotsFromRows(rows: readonly (readonly unknown[])[], ordered = false): BagSlot[] {
  const slots = rows.map(([key, types]) => {
    const kinds = new Set((Array.isArray(types) ? types : []).map((t) => JSON_TYPE_TO_KQL[String(t)] ?? 'dynamic'));
    return { name: String(key), type: kinds.size === 1 ? [...kinds][0]! : ('dynamic' as KqlType) };
  });
  return ordered ? slots : slots.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A JSONPath selecting the top-level key `k`, whatever characters it holds. */
function keyPath(k: string): string {
  return `$."${k.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The slot `key` of the JSON `bag`, as a KQL value of `type`. */
function slotValue(bag: string, key: string, type: KqlType, ctx: CompileContext): string {
  const v = `json_extract(${bag}, ${ctx.param(keyPath(key), 'VARCHAR')})`;
  const value = `CASE WHEN json_type(${v}) = 'NULL' THEN NULL ELSE ${v} END`;
  if (type === 'dynamic') return value;
  return `CAST(${coerce({ sql: value, type: 'dynamic' }, type)} AS ${DUCKDB_TYPE[type]})`;
}

function namedArg(args: readonly Syn[], name: string): Syn | undefined {
  return args.find((a) => a.kind === 'SimpleNamedExpression' && a.get('Name')?.simpleName === name)?.get('Expression');
}

function stringLiteral(node: Syn | undefined, ctx: CompileContext): string | undefined {
  if (!node) return undefined;
  const v = literalOf(node);
  if (v.kind !== 'string') return ctx.fail('unsupportedArgument', node, 'bag_unpack(): a literal string');
  return v.value;
}

export function bagUnpack(op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  const column = args[0];
  const source = inputColumn(column, rel);
  if (!column || !source) return ctx.fail('unsupportedArgument', call, 'bag_unpack() of a column name');
  const positional = args.slice(1).filter((a) => a.kind !== 'SimpleNamedExpression');
  if (positional.length > 1 || args.some((a) => a.kind === 'SimpleNamedExpression' && a.get('Name')?.simpleName !== 'columnsConflict' && a.get('Name')?.simpleName !== 'OutputColumnPrefix')) {
    return ctx.fail('unsupportedArgument', call, 'bag_unpack(): only a prefix and columnsConflict');
  }
  const prefix = stringLiteral(positional[0] ?? namedArg(args, 'OutputColumnPrefix'), ctx) ?? '';
  const conflict = stringLiteral(namedArg(args, 'columnsConflict'), ctx) ?? 'error';
  if (!['error', 'replace_source', 'keep_source'].includes(conflict)) return ctx.fail('unsupportedArgument', call, `columnsConflict='${conflict}'`);
  const kept = rel.columns.filter((c) => c !== source);
  const bag = source.ref;

  const found = ctx.bagSlots.get(op.start);
  if (op.get('Schema') || op.children().some((c) => c.kind === 'EvaluateSchemaClause')) {
    const out = op.columns();
    if (found) {
      // The schema this compiler wrote from the slots found (rebind.ts): the schema-less columns.
      const items = slotItems(op, kept, bag, found, prefix, conflict, ctx);
      if (items.length !== out.length || items.some((i, n) => i.name !== out[n]!.name)) return ctx.fail('schemaMismatch', op, 'bag_unpack() columns bound again');
      return select(rel, items, ctx);
    }
    // An output schema: the binder's columns; input ones pass through, the others are slots.
    const items = out.map((o) => {
      const input = kept.find((c) => c.name === o.name);
      return input ? { sql: input.ref, name: o.name, type: o.type } : { sql: slotValue(bag, o.name.slice(prefix.length), o.type, ctx), name: o.name, type: o.type };
    });
    return select(rel, items, ctx);
  }

  if (!found) {
    const d = ctx.fresh();
    const sql = `SELECT e.key, list(DISTINCT e.type) FILTER (WHERE e.type <> 'NULL') FROM (SELECT ${bag} AS ${d} FROM (${rel.sql}) AS t WHERE ${jsonKind(bag)} = '{') AS b, json_each(b.${d}) AS e GROUP BY e.key`;
    throw new DiscoveryNeeded('bag_unpack', op.start, sql, [...ctx.parameters]);
  }
  const items = slotItems(op, kept, bag, found, prefix, conflict, ctx);
  if (ctx.finalOperator !== op.start) {
    // Later operators need the columns: bind the query again with them written as the output schema.
    const end = op.start + op.length;
    throw new RebindNeeded(end, end, items, { at: op.start, length: op.length, detail: 'operators after evaluate bag_unpack() without an output schema (binding again with the columns found did not work)' }, ' : ');
  }
  return select(rel, items, ctx);
}

/** The columns of an unpack without a schema: the input's but `d`, then the slots by name. */
function slotItems(op: Syn, kept: readonly Column[], bag: string, slots: readonly BagSlot[], prefix: string, conflict: string, ctx: CompileContext): { sql: string; name: string; type: KqlType }[] {
  const items: { sql: string; name: string; type: KqlType }[] = kept.map((c) => ({ sql: c.ref, name: c.name, type: c.type }));
  for (const s of slots) {
    const name = `${prefix}${s.name}`;
    const at = items.findIndex((i) => i.name === name);
    const value = { sql: slotValue(bag, s.name, s.type, ctx), name, type: s.type };
    if (at < 0) items.push(value);
    else if (conflict === 'replace_source') items[at] = value;
    else if (conflict === 'error') return ctx.fail('unsupportedArgument', op, `bag_unpack(): the slot ${name} is also a column (columnsConflict='error')`);
  }
  return items;
}

function select(rel: Relation, items: readonly { sql: string; name: string; type: KqlType }[], ctx: CompileContext): Relation {
  const columns: Column[] = items.map((i) => ({ name: i.name, type: i.type, ref: ctx.fresh() }));
  const list = items.map((i, n) => `${i.sql} AS ${columns[n]!.ref}`);
  return { sql: `SELECT ${list.length > 0 ? list.join(', ') : '1 AS "#empty"'} FROM (${rel.sql}) AS t`, columns };
}
