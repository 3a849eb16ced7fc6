/**
 * KQL's string predicates with KQL's case rules: plain forms are case-insensitive, `_cs` forms
 * case-sensitive; `has` matches whole terms (runs of letters and digits); `!` forms negate.
 */
import type { CompileContext, RowScope, SqlExpr } from '../context';
import type { Syn } from '../../language/syntax';
import { dynamicJson, literalOf } from '../../language/literals';
import { asString, coerce, comparisonType } from './coerce';
import { compileExpr } from './expressions';
import { compileTabularExpr } from '../tabular-ref';

type Handler = (node: Syn, scope: RowScope, ctx: CompileContext) => SqlExpr;

export type StringOpKind =
  | 'EqualTildeExpression' | 'BangTildeExpression'
  | 'HasExpression' | 'HasCsExpression' | 'NotHasExpression' | 'NotHasCsExpression'
  | 'HasPrefixExpression' | 'HasPrefixCsExpression' | 'NotHasPrefixExpression' | 'NotHasPrefixCsExpression'
  | 'HasSuffixExpression' | 'HasSuffixCsExpression' | 'NotHasSuffixExpression' | 'NotHasSuffixCsExpression'
  | 'ContainsExpression' | 'ContainsCsExpression' | 'NotContainsExpression' | 'NotContainsCsExpression'
  | 'StartsWithExpression' | 'StartsWithCsExpression' | 'NotStartsWithExpression' | 'NotStartsWithCsExpression'
  | 'EndsWithExpression' | 'EndsWithCsExpression' | 'NotEndsWithExpression' | 'NotEndsWithCsExpression'
  | 'MatchesRegexExpression' | 'LikeExpression' | 'LikeCsExpression' | 'NotLikeExpression' | 'NotLikeCsExpression'
  | 'InExpression' | 'InCsExpression' | 'NotInExpression' | 'NotInCsExpression' | 'HasAnyExpression' | 'HasAllExpression';

/** Escapes text for use inside an RE2 pattern. */
export function regexEscape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * The characters of a term, as RE2 class items. datatypes-string-operators.md: "each string value
 * is broken into maximal sequences of alphanumeric characters" (an older copy said "ASCII
 * alphanumeric"; the current page wins): letters and digits of any script, never punctuation or
 * spaces of any script (an em dash or a no-break space separates terms, as a hyphen does).
 */
const ALNUM = '\\p{L}\\p{N}';

/** RE2 pattern for "`needle` occurs as a term": alnum edges of the needle must sit on term edges. */
export function termPattern(needle: string, mode: 'term' | 'prefix' | 'suffix'): string {
  const startsAlnum = /^[\p{L}\p{N}]/u.test(needle);
  const endsAlnum = /[\p{L}\p{N}]$/u.test(needle);
  const pre = startsAlnum && mode !== 'suffix' ? `(?:^|[^${ALNUM}])` : '';
  const post = endsAlnum && mode !== 'prefix' ? `(?:$|[^${ALNUM}])` : '';
  return `${pre}${regexEscape(needle)}${post}`;
}

function literalString(node: Syn): string | undefined {
  if (node.kind === 'StringLiteralExpression' || node.kind === 'CompoundStringLiteralExpression') {
    const v = literalOf(node);
    return v.kind === 'string' ? v.value : undefined;
  }
  return undefined;
}

function operands(node: Syn, scope: RowScope, ctx: CompileContext): { left: string; right: string; needle?: string } {
  const right = node.get('Right')!;
  return {
    left: asString(compileExpr(node.get('Left')!, scope, ctx)),
    right: asString(compileExpr(right, scope, ctx)),
    needle: literalString(right),
  };
}

function not(sql: string, negate: boolean): string {
  return negate ? `(NOT coalesce(${sql}, false))` : sql;
}

/** has / hasprefix / hassuffix: a term test; `contains` prefilters cheaply before the regex runs. */
function hasOp(mode: 'term' | 'prefix' | 'suffix', cs: boolean, negate: boolean): Handler {
  return (node, scope, ctx) => ({ sql: not(termTest(node, scope, ctx, mode, cs), negate), type: 'bool' });
}

function termTest(node: Syn, scope: RowScope, ctx: CompileContext, mode: 'term' | 'prefix' | 'suffix', cs: boolean): string {
  const { left, right, needle } = operands(node, scope, ctx);
  if (needle === undefined) return hasTermSql(left, right, cs, mode);
  return hasNeedle(left, needle, cs, mode, ctx);
}

/**
 * SQL testing whether `left` has the term (or a term starting / ending with) the SQL string
 * `needle` (computed at run time).
 */
export function hasTermSql(left: string, needle: string, cs: boolean, mode: 'term' | 'prefix' | 'suffix' = 'term'): string {
  const pre = mode === 'suffix' ? "''" : `CASE WHEN regexp_matches(${needle}, '^[${ALNUM}]') THEN '(?:^|[^${ALNUM}])' ELSE '' END`;
  const post = mode === 'prefix' ? "''" : `CASE WHEN regexp_matches(${needle}, '[${ALNUM}]$') THEN '(?:$|[^${ALNUM}])' ELSE '' END`;
  return `(${needle} = '' OR regexp_matches(${left}, ${pre} || regexp_escape(${needle}) || ${post}${cs ? '' : ", 'i'"}))`;
}

/** SQL testing whether string SQL `left` has the literal term `needle`. */
export function hasNeedle(left: string, needle: string, cs: boolean, mode: 'term' | 'prefix' | 'suffix', ctx: CompileContext): string {
  if (needle === '') return 'true';
  const pre = cs ? `contains(${left}, ${ctx.param(needle, 'VARCHAR')})` : `contains(lower(${left}), ${ctx.param(needle.toLowerCase(), 'VARCHAR')})`;
  // One SQL shape whatever the needle holds (its boundaries only change the parameter), so the
  // compiled text never depends on a literal's content.
  const pattern = termPattern(needle, mode);
  return `(${pre} AND regexp_matches(${left}, ${ctx.param(pattern, 'VARCHAR')}${cs ? '' : ", 'i'"}))`;
}

function simpleOp(fn: (l: string, r: string) => string, cs: boolean, negate: boolean): Handler {
  return (node, scope, ctx) => {
    const { left, right } = operands(node, scope, ctx);
    const sql = cs ? fn(left, right) : fn(`lower(${left})`, `lower(${right})`);
    return { sql: not(sql, negate), type: 'bool' };
  };
}

function likeOp(cs: boolean, negate: boolean): Handler {
  return (node, scope, ctx) => {
    const { left, right } = operands(node, scope, ctx);
    return { sql: not(`(${left} ${cs ? 'LIKE' : 'ILIKE'} ${right})`, negate), type: 'bool' };
  };
}

/** Items of an `in (...)` list as one SQL predicate over `left`. */
function inOp(cs: boolean, negate: boolean): Handler {
  return (node, scope, ctx) => {
    const leftExpr = compileExpr(node.get('Left')!, scope, ctx);
    const items = node.get('Right')!.list('Expressions');
    const firstScalar = items.find((i) => !i.isTabular && i.type !== 'dynamic');
    let t = firstScalar ? comparisonType(leftExpr.type, firstScalar.type) : leftExpr.type === 'dynamic' ? 'string' : leftExpr.type;
    if (!cs) t = 'string';
    const fold = (s: string): string => (t === 'string' && !cs ? `lower(${s})` : s);
    const left = fold(coerce(leftExpr, t));
    const scalars: string[] = [];
    const others: string[] = [];
    for (const item of items) {
      if (item.isTabular) {
        const rel = compileTabularExpr(item, ctx);
        const col = rel.columns[0]!;
        others.push(`${left} IN (SELECT ${fold(coerce({ sql: col.ref, type: col.type }, t))} FROM (${rel.sql}) AS s)`);
        continue;
      }
      const e = compileExpr(item, scope, ctx);
      if (e.type === 'dynamic' && t !== 'dynamic') {
        const list = `json_extract_string(${e.sql}, '$[*]')`;
        const elems = t === 'string' ? list : `list_transform(${list}, x -> TRY_CAST(x AS ${t === 'datetime' ? 'TIMESTAMP' : 'DOUBLE'}))`;
        others.push(`coalesce(list_contains(${t === 'string' && !cs ? `list_transform(${elems}, x -> lower(x))` : elems}, ${left}), false)`);
      } else scalars.push(fold(coerce(e, t)));
    }
    if (scalars.length > 0) others.unshift(`${left} IN (${scalars.join(', ')})`);
    const sql = others.length > 0 ? `(${others.join(' OR ')})` : 'false';
    return { sql: not(sql, negate), type: 'bool' };
  };
}

/**
 * The strings of a dynamic array known when compiling: a `dynamic([...])` literal, or a name a
 * `let` bound directly to one. Undefined for anything else, or when an element is not a string
 * (its text form is left to the run-time path).
 */
function constantTerms(node: Syn, ctx: CompileContext): string[] | undefined {
  if (node.kind === 'ParenthesizedExpression') return constantTerms(node.get('Expression')!, ctx);
  let literal: Syn | undefined = node;
  if (node.kind === 'NameReference') {
    const kind = node.symbol?.kind;
    if (kind !== 'Variable' && kind !== 'Parameter') return undefined;
    const b = ctx.lookup(node.simpleName);
    literal = b?.kind === 'scalar' ? b.source : undefined;
  }
  if (literal?.kind !== 'DynamicExpression') return undefined;
  const value = dynamicJson(literal);
  return Array.isArray(value) && value.every((x): x is string => typeof x === 'string') ? value : undefined;
}

/** A whole-number literal's text (`50199` → "50199"), the term has_any looks for: the same text its string form has. */
function wholeNumberText(node: Syn): string | undefined {
  if (node.kind !== 'LongLiteralExpression' && node.kind !== 'IntLiteralExpression') return undefined;
  const v = literalOf(node);
  return 'value' in v && typeof v.value === 'number' && Number.isSafeInteger(v.value) ? String(v.value) : undefined;
}

function hasAny(all: boolean): Handler {
  return (node, scope, ctx) => {
    const left = asString(compileExpr(node.get('Left')!, scope, ctx));
    const parts: string[] = [];
    for (const item of node.get('Right')!.list('Expressions')) {
      if (item.isTabular) {
        // has-anyoperator.md / has-all-operator.md: a tabular expression gives the values of its
        // first column; has_any needs one of them as a term, has_all every one.
        const rel = compileTabularExpr(item, ctx);
        const v = ctx.fresh();
        const values = `SELECT ${asString({ sql: rel.columns[0]!.ref, type: rel.columns[0]!.type })} AS ${v} FROM (${rel.sql}) AS s`;
        const term = hasTermSql(left, v, false);
        parts.push(all ? `NOT EXISTS (SELECT 1 FROM (${values}) AS s WHERE NOT ${term})` : `EXISTS (SELECT 1 FROM (${values}) AS s WHERE ${term})`);
        continue;
      }
      const needle = literalString(item) ?? wholeNumberText(item);
      if (needle !== undefined) {
        parts.push(hasNeedle(left, needle, false, 'term', ctx));
        continue;
      }
      const terms = constantTerms(item, ctx);
      if (terms !== undefined) {
        // A list known when compiling (a dynamic literal or a let bound to one): one constant
        // pattern per term, compiled once, instead of a pattern built from every row's element.
        const tests = terms.map((t) => hasNeedle(left, t, false, 'term', ctx));
        parts.push(tests.length === 0 ? (all ? 'true' : 'false') : `(${tests.join(all ? ' AND ' : ' OR ')})`);
        continue;
      }
      const e = compileExpr(item, scope, ctx);
      if (e.type === 'dynamic') {
        parts.push(`len(list_filter(json_extract_string(${e.sql}, '$[*]'), x -> ${hasTermSql(left, 'x', false)})) ${all ? `= json_array_length(${e.sql})` : '> 0'}`);
      } else parts.push(hasTermSql(left, asString(e), false));
    }
    if (parts.length === 0) return { sql: all ? 'true' : 'false', type: 'bool' };
    return { sql: `(${parts.join(all ? ' AND ' : ' OR ')})`, type: 'bool' };
  };
}

const contains = (l: string, r: string): string => `contains(${l}, ${r})`;
const starts = (l: string, r: string): string => `starts_with(${l}, ${r})`;
const ends = (l: string, r: string): string => `ends_with(${l}, ${r})`;
const equals = (l: string, r: string): string => `(${l} = ${r})`;

export const STRING_OPS: Record<StringOpKind, Handler> = {
  EqualTildeExpression: simpleOp(equals, false, false),
  BangTildeExpression: simpleOp(equals, false, true),
  HasExpression: hasOp('term', false, false),
  HasCsExpression: hasOp('term', true, false),
  NotHasExpression: hasOp('term', false, true),
  NotHasCsExpression: hasOp('term', true, true),
  HasPrefixExpression: hasOp('prefix', false, false),
  HasPrefixCsExpression: hasOp('prefix', true, false),
  NotHasPrefixExpression: hasOp('prefix', false, true),
  NotHasPrefixCsExpression: hasOp('prefix', true, true),
  HasSuffixExpression: hasOp('suffix', false, false),
  HasSuffixCsExpression: hasOp('suffix', true, false),
  NotHasSuffixExpression: hasOp('suffix', false, true),
  NotHasSuffixCsExpression: hasOp('suffix', true, true),
  ContainsExpression: simpleOp(contains, false, false),
  ContainsCsExpression: simpleOp(contains, true, false),
  NotContainsExpression: simpleOp(contains, false, true),
  NotContainsCsExpression: simpleOp(contains, true, true),
  StartsWithExpression: simpleOp(starts, false, false),
  StartsWithCsExpression: simpleOp(starts, true, false),
  NotStartsWithExpression: simpleOp(starts, false, true),
  NotStartsWithCsExpression: simpleOp(starts, true, true),
  EndsWithExpression: simpleOp(ends, false, false),
  EndsWithCsExpression: simpleOp(ends, true, false),
  NotEndsWithExpression: simpleOp(ends, false, true),
  NotEndsWithCsExpression: simpleOp(ends, true, true),
  MatchesRegexExpression: (node, scope, ctx) => {
    const { left, right } = operands(node, scope, ctx);
    return { sql: `regexp_matches(${left}, ${right})`, type: 'bool' };
  },
  LikeExpression: likeOp(false, false),
  LikeCsExpression: likeOp(true, false),
  NotLikeExpression: likeOp(false, true),
  NotLikeCsExpression: likeOp(true, true),
  InExpression: inOp(true, false),
  InCsExpression: inOp(false, false),
  NotInExpression: inOp(true, true),
  NotInCsExpression: inOp(false, true),
  HasAnyExpression: hasAny(false),
  HasAllExpression: hasAny(true),
};
