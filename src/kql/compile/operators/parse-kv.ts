/**
 * `parse-kv expr as (k1:type, …) with (pair_delimiter=…, kv_delimiter=…)` or `with (regex=…)`
 * (parse-kv-operator.md): the first value of each listed key, trimmed, converted to its type.
 * Quotes, escapes, greedy values and the mode without delimiters are refused.
 */
import type { Column } from '../context';
import { selectColumns } from '../context';
import type { KqlType } from '../../language/kql-types';
import { literalOf } from '../../language/literals';
import { compileExpr } from '../expr/expressions';
import { asString } from '../expr/coerce';
import { regexEscape } from '../expr/string-ops';
import { requireInput } from './basic';
import { typedCapture } from './expand';
import type { OperatorHandler } from './types';

export const parseKv: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const props = new Map<string, string>();
  for (const p of op.get('WithClause')?.list('Properties') ?? []) {
    const name = p.get('Name')?.simpleName.toLowerCase() ?? '';
    const e = p.get('Expression');
    const v = e ? literalOf(e) : undefined;
    if (!v || v.kind !== 'string') return ctx.fail('unsupportedArgument', p, `parse-kv ${name}=`);
    props.set(name, v.value);
  }
  for (const name of props.keys()) {
    if (name !== 'pair_delimiter' && name !== 'kv_delimiter' && name !== 'regex') return ctx.fail('unsupportedArgument', op, `parse-kv ${name}=`);
  }
  const regex = props.get('regex');
  const pair = props.get('pair_delimiter');
  const kv = props.get('kv_delimiter');
  if (regex === undefined && (pair === undefined || kv === undefined || pair === '' || kv === '')) return ctx.fail('unsupportedArgument', op, 'parse-kv without pair_delimiter and kv_delimiter (or regex)');
  const text = asString(compileExpr(op.get('Expression')!, { columns: rel.columns }, ctx));
  const value = (key: string): string => {
    if (regex !== undefined) {
      const re = ctx.param(regex, 'VARCHAR');
      return `trim(regexp_extract_all(${text}, ${re}, 2)[list_position(list_transform(regexp_extract_all(${text}, ${re}, 1), k -> trim(k)), ${ctx.param(key, 'VARCHAR')})])`;
    }
    const p = regexEscape(pair!);
    const re = `(?:^|${p})\\s*${regexEscape(key)}\\s*${regexEscape(kv!)}(.*?)(?:${p}|$)`;
    return `CASE WHEN regexp_matches(${text}, ${ctx.param(re, 'VARCHAR')}) THEN trim(regexp_extract(${text}, ${ctx.param(re, 'VARCHAR')}, 1)) END`;
  };
  const items = op.columns().map((c) => {
    const col = rel.columns.find((x) => x.name === c.name) as Column | undefined;
    if (col) return { sql: col.ref, name: c.name, type: col.type, ref: col.ref };
    const type = c.type as KqlType;
    const sql = typedCapture(value(c.name), type);
    return { sql: type === 'string' ? `coalesce(${sql}, '')` : sql, name: c.name, type };
  });
  return selectColumns(rel, items, ctx);
};
