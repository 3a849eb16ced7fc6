/**
 * `parse-kv expr as (k1:type, …) with (…)` (parse-kv-operator.md): the first value of each listed
 * key, leading and trailing white space removed, converted to its type. Modes:
 * - `pair_delimiter` + `kv_delimiter`: without quotes, each key's first `key<kv>value` with the
 *   value ending at the next pair delimiter; `greedy=true` lets it run to the next `<pair>key<kv>`;
 *   with `quote=` (one or two characters: open and close, repeatable) and `escape=`, the text is
 *   read pair by pair left to right, so a quoted key or value is one token and may hold
 *   delimiters; escaped characters lose their escape.
 * - no delimiters: any character that is not a letter or digit separates; a key's value is the
 *   next letters-and-digits token, or quoted token.
 * - `regex=`: two groups, key and value.
 * Greedy with quotes and multi-character delimiters with quotes are refused.
 */
import type { Column, CompileContext } from '../context';
import { selectColumns } from '../context';
import type { KqlType } from '../../language/kql-types';
import type { Syn } from '../../language/syntax';
import { literalOf } from '../../language/literals';
import { compileExpr } from '../expr/expressions';
import { asString } from '../expr/coerce';
import { regexEscape } from '../expr/string-ops';
import { requireInput } from './basic';
import { typedCapture } from './expand';
import type { OperatorHandler } from './types';

interface KvOptions {
  readonly pair?: string;
  readonly kv?: string;
  readonly regex?: string;
  readonly greedy: boolean;
  /** Open and close character of each quote pair. */
  readonly quotes: readonly (readonly [string, string])[];
  readonly escapes: readonly string[];
}

function options(op: Syn, ctx: CompileContext): KvOptions {
  let pair: string | undefined;
  let kv: string | undefined;
  let regex: string | undefined;
  let greedy = false;
  const quotes: [string, string][] = [];
  const escapes: string[] = [];
  for (const p of op.get('WithClause')?.list('Properties') ?? []) {
    const name = p.get('Name')?.simpleName.toLowerCase() ?? '';
    const e = p.get('Expression');
    const v = e ? literalOf(e) : undefined;
    if (name === 'greedy' && v?.kind === 'bool') {
      greedy = v.value;
      continue;
    }
    if (!v || v.kind !== 'string') return ctx.fail('unsupportedArgument', p, `parse-kv ${name}=`);
    if (name === 'pair_delimiter') pair = v.value;
    else if (name === 'kv_delimiter') kv = v.value;
    else if (name === 'regex') regex = v.value;
    else if (name === 'quote' && (v.value.length === 1 || v.value.length === 2)) quotes.push([v.value[0]!, v.value[v.value.length - 1]!]);
    else if (name === 'escape' && v.value.length === 1) escapes.push(v.value);
    else return ctx.fail('unsupportedArgument', p, `parse-kv ${name}=`);
  }
  return { pair, kv, regex, greedy, quotes, escapes };
}

/** A character inside a regular-expression class. */
const inClass = (ch: string): string => (/[\\\]^[-]/.test(ch) ? `\\${ch}` : ch);

/** A quoted token: open, then escaped characters or anything but the close (and escapes), then close. */
function quotedToken(o: KvOptions): string {
  const esc = o.escapes.map(inClass).join('');
  return o.quotes
    .map(([open, close]) => (esc ? `${regexEscape(open)}(?:[${esc}].|[^${inClass(close)}${esc}])*${regexEscape(close)}` : `${regexEscape(open)}[^${inClass(close)}]*${regexEscape(close)}`))
    .join('|');
}

/** SQL: a token with its quotes removed and its escapes resolved, or trimmed when unquoted. */
function unquote(x: string, o: KvOptions, ctx: CompileContext): string {
  const esc = o.escapes.map(inClass).join('');
  const inner = `${x}[2:-2]`;
  const unescaped = esc ? `regexp_replace(${inner}, ${ctx.param(`[${esc}](.)`, 'VARCHAR')}, '\\1', 'g')` : inner;
  const quoted = o.quotes.map(([open, close]) => `(length(${x}) >= 2 AND starts_with(${x}, ${ctx.param(open, 'VARCHAR')}) AND ends_with(${x}, ${ctx.param(close, 'VARCHAR')}))`);
  return quoted.length > 0 ? `CASE WHEN ${quoted.join(' OR ')} THEN ${unescaped} ELSE trim(${x}) END` : `trim(${x})`;
}

/** SQL: the value of `key` found by a regular expression of pairs (group 1 key, group 2 value). */
function byPairs(text: string, re: string, key: string, o: KvOptions, ctx: CompileContext): string {
  const r = ctx.param(re, 'VARCHAR');
  const keys = `list_transform(regexp_extract_all(${text}, ${r}, 1), k_ -> ${unquote('k_', o, ctx)})`;
  const values = `regexp_extract_all(${text}, ${r}, 2)`;
  return `list_transform([${values}[list_position(${keys}, ${ctx.param(key, 'VARCHAR')})]], v_ -> ${unquote('v_', o, ctx)})[1]`;
}

function valueSql(text: string, key: string, o: KvOptions, ctx: CompileContext, op: Syn): string {
  if (o.regex !== undefined) {
    const re = ctx.param(o.regex, 'VARCHAR');
    return `trim(regexp_extract_all(${text}, ${re}, 2)[list_position(list_transform(regexp_extract_all(${text}, ${re}, 1), k -> trim(k)), ${ctx.param(key, 'VARCHAR')})])`;
  }
  const k = regexEscape(key);
  if (o.pair === undefined && o.kv === undefined) {
    // No delimiters: letters and digits make tokens, anything else separates.
    const q = o.quotes.length > 0 ? `${quotedToken(o)}|` : '';
    const sep = `[^\\pL\\pN${o.quotes.map(([open]) => inClass(open)).join('')}]`;
    const re = `(?:^|[^\\pL\\pN])${k}${sep}+(${q}[\\pL\\pN]+)`;
    const first = `regexp_extract(${text}, ${ctx.param(re, 'VARCHAR')}, 1)`;
    return `CASE WHEN regexp_matches(${text}, ${ctx.param(re, 'VARCHAR')}) THEN ${unquote(first, o, ctx)} END`;
  }
  if (!o.pair || !o.kv) return ctx.fail('unsupportedArgument', op, 'parse-kv with only one of pair_delimiter and kv_delimiter');
  const p = regexEscape(o.pair);
  const kvr = regexEscape(o.kv);
  if (o.quotes.length > 0) {
    if (o.greedy) return ctx.fail('unsupportedArgument', op, 'parse-kv greedy= with quote=');
    if (o.pair.length !== 1 || o.kv.length !== 1) return ctx.fail('unsupportedArgument', op, 'parse-kv quote= with delimiters longer than one character');
    const q = quotedToken(o);
    const re = `\\s*(${q}|[^${inClass(o.kv)}${inClass(o.pair)}]+?)\\s*${kvr}\\s*(${q}|.*?)\\s*(?:${p}|$)`;
    return byPairs(text, re, key, o, ctx);
  }
  const end = o.greedy ? `(?:${p}[^${inClass(o.pair[0]!)}]+?${kvr}|$)` : `(?:${p}|$)`;
  const re = `(?:^|${p})\\s*${k}\\s*${kvr}(.*?)${end}`;
  return `CASE WHEN regexp_matches(${text}, ${ctx.param(re, 'VARCHAR')}) THEN trim(regexp_extract(${text}, ${ctx.param(re, 'VARCHAR')}, 1)) END`;
}

export const parseKv: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const o = options(op, ctx);
  if (o.regex !== undefined && (o.pair !== undefined || o.kv !== undefined || o.quotes.length > 0 || o.greedy)) return ctx.fail('unsupportedArgument', op, 'parse-kv regex= with other options');
  if (o.greedy && o.pair === undefined) return ctx.fail('unsupportedArgument', op, 'parse-kv greedy= without delimiters');
  const text = asString(compileExpr(op.get('Expression')!, { columns: rel.columns }, ctx));
  const items = op.columns().map((c) => {
    const col = rel.columns.find((x) => x.name === c.name) as Column | undefined;
    if (col) return { sql: col.ref, name: c.name, type: col.type, ref: col.ref };
    const type = c.type as KqlType;
    const sql = typedCapture(valueSql(text, c.name, o, ctx, op), type);
    return { sql: type === 'string' ? `coalesce(${sql}, '')` : sql, name: c.name, type };
  });
  return selectColumns(rel, items, ctx);
};
