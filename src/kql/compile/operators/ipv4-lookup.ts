/**
 * `evaluate ipv4_lookup(LookupTable, SourceIPv4Key, IPv4LookupKey [, ExtraKey …] [, return_unmatched])`
 * (ipv4-lookup-plugin.md): each input row joined with the lookup rows whose IPv4 range (address
 * with an optional /prefix) holds its address and whose extra keys are equal; rows without a match
 * are dropped unless return_unmatched is true. Kusto does not document which row wins when ranges
 * overlap, so an address in two ranges stops the query with a refusal (EA104) instead.
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { literalOf } from '../../language/literals';
import { compileTabularExpr } from '../tabular-ref';
import { asString } from '../expr/coerce';
import { RUNTIME_REFUSAL } from '../runtime-refusal';

const ADDRESS = '^\\s*(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?\\s*$';

/** SQL for an IPv4 text: its 32-bit value masked to `prefix` bits (the text's own prefix when null). */
function network(text: string, prefix: string | undefined, ctx: CompileContext): { masked: string; prefix: string } {
  const re = ctx.param(ADDRESS, 'VARCHAR');
  const part = (g: number) => `TRY_CAST(NULLIF(regexp_extract(${text}, ${re}, ${g}), '') AS BIGINT)`;
  const valid = `(regexp_full_match(${text}, ${re}) AND greatest(${part(1)}, ${part(2)}, ${part(3)}, ${part(4)}) <= 255 AND coalesce(${part(5)}, 32) <= 32)`;
  const value = `CASE WHEN ${valid} THEN (${part(1)} << 24) + (${part(2)} << 16) + (${part(3)} << 8) + ${part(4)} END`;
  const own = `CASE WHEN ${valid} THEN coalesce(${part(5)}, 32) END`;
  const p = prefix ?? own;
  return { masked: `((${value} >> (32 - ${p})) << (32 - ${p}))`, prefix: own };
}

function flag(node: Syn | undefined, plugin: string, ctx: CompileContext): boolean {
  if (!node) return false;
  const v = literalOf(node.kind === 'SimpleNamedExpression' ? node.get('Expression')! : node);
  if (v.kind !== 'bool') return ctx.fail('unsupportedArgument', node, `${plugin}(): return_unmatched must be true or false`);
  return v.value;
}

/** SQL that is true when the input row's address (`address`, text) lies in the lookup range (`range`, text). */
export type AddressMatch = (address: string, range: string, ctx: CompileContext) => string;

const ipv4Match: AddressMatch = (address, range, ctx) => {
  const r = network(range, undefined, ctx);
  const a = network(address, r.prefix, ctx);
  return `${a.masked} = ${r.masked}`;
};

export function ipv4Lookup(op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  return ipLookup('ipv4_lookup', ipv4Match, { extraKeys: true, lookupFirst: false }, op, call, rel, ctx);
}

/** The shared join of ipv4_lookup and ipv6_lookup; `match` decides whether an address lies in a range. */
/** How ipv4_lookup and ipv6_lookup differ: extra keys (ipv4 only) and column order (the pages' outputs). */
export interface IpLookupShape {
  /** Whether extra equality keys may follow the two address columns. */
  readonly extraKeys: boolean;
  /** Whether the lookup table's columns come before the input's (ipv6_lookup's page) instead of after. */
  readonly lookupFirst: boolean;
}

export function ipLookup(plugin: string, match: AddressMatch, shape: IpLookupShape, op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  const last = args[args.length - 1];
  const hasFlag = last !== undefined && (last.kind === 'SimpleNamedExpression' || last.kind === 'BooleanLiteralExpression');
  const unmatched = hasFlag ? flag(last, plugin, ctx) : false;
  const names = (hasFlag ? args.slice(1, -1) : args.slice(1)).map((a) => (a.kind === 'NameReference' ? a.simpleName : ctx.fail('unsupportedArgument', a, `${plugin}(): column names`)));
  if (!args[0] || names.length < 2) return ctx.fail('unsupportedArgument', call, `${plugin}(table, source column, lookup column, …)`);
  const lookup = compileTabularExpr(args[0], ctx);
  const [sourceKey, lookupKey, ...extra] = names as [string, string, ...string[]];
  if (extra.length > 0 && !shape.extraKeys) return ctx.fail('unsupportedArgument', call, `${plugin}() takes no extra keys`);
  const src = rel.columns.find((c) => c.name === sourceKey);
  const key = lookup.columns.find((c) => c.name === lookupKey);
  if (!src || !key) return ctx.fail('unsupportedArgument', call, `${plugin}(): unknown key column`);
  const conds = [match(asString({ sql: `l.${src.ref}`, type: src.type }), asString({ sql: `r.${key.ref}`, type: key.type }), ctx)];
  for (const e of extra) {
    const a = rel.columns.find((c) => c.name === e);
    const b = lookup.columns.find((c) => c.name === e);
    if (!a || !b) return ctx.fail('unsupportedArgument', call, `${plugin}(): extra key ${e} must be a column of both tables`);
    conds.push(`l.${a.ref} = r.${b.ref}`);
  }
  const bound = op.columns();
  const fromLookup = (name: string) => lookup.columns.some((c) => c.name === name) && !rel.columns.some((c) => c.name === name);
  if (shape.lookupFirst && rel.columns.some((c) => lookup.columns.some((d) => d.name === c.name))) {
    return ctx.fail('unsupportedArgument', call, `${plugin}(): a column name in both tables (the page does not say which value is kept)`);
  }
  const out = shape.lookupFirst ? [...bound.filter((o) => fromLookup(o.name)), ...bound.filter((o) => !fromLookup(o.name))] : bound;
  const rowId = ctx.fresh();
  const refs = out.map(() => ctx.fresh());
  const items = out.map((o, i) => {
    const l = rel.columns.find((c) => c.name === o.name);
    if (l) return `l.${l.ref} AS ${refs[i]}`;
    const r = lookup.columns.find((c) => c.name === o.name);
    if (!r) return ctx.fail('schemaMismatch', op, o.name);
    return `${o.type === 'string' ? `coalesce(r.${r.ref}, '')` : `r.${r.ref}`} AS ${refs[i]}`;
  });
  const matches = `count(r.${key.ref}) OVER (PARTITION BY l.${rowId})`;
  const joined = `SELECT ${items.join(', ')}, ${matches} AS "#matches" FROM (SELECT *, row_number() OVER () AS ${rowId} FROM (${rel.sql}) AS t) AS l ${unmatched ? 'LEFT' : 'INNER'} JOIN (${lookup.sql}) AS r ON ${conds.join(' AND ')}`;
  const refusal = ctx.param(`${RUNTIME_REFUSAL}${plugin}(): an address lies in more than one range of the lookup table`, 'VARCHAR');
  const checked = `SELECT ${refs.join(', ')} FROM (${joined}) AS j WHERE CASE WHEN "#matches" > 1 THEN error(${refusal}) ELSE true END`;
  return { sql: checked, columns: out.map((o, i) => ({ name: o.name, type: o.type, ref: refs[i]! })) };
}
