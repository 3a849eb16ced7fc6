/** String functions. */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asDynamic, asNumber, asString } from './coerce';
import { dynamicJson } from '../../language/literals';

const str = (sql: string): { sql: string; type: 'string' } => ({ sql: `coalesce(${sql}, '')`, type: 'string' });

export const STRING_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  tostring: (c) => ({ sql: c.str(0), type: 'string' }),
  strcat: (c) => ({ sql: `concat(${c.args.map((_, i) => c.str(i)).join(', ')})`, type: 'string' }),
  strcat_delim: (c) => ({ sql: `concat_ws(${c.args.map((_, i) => c.str(i)).join(', ')})`, type: 'string' }),
  tolower: (c) => ({ sql: `lower(${c.str(0)})`, type: 'string' }),
  toupper: (c) => ({ sql: `upper(${c.str(0)})`, type: 'string' }),
  strlen: (c) => ({ sql: `CAST(length(${c.str(0)}) AS BIGINT)`, type: 'long' }),
  substring: (c) => {
    // A negative start counts from the end (substring-function.md: substring("123456", -2, 2) is "56").
    const from = `CAST(${c.arg(1).sql} AS BIGINT)`;
    const start = `CASE WHEN ${from} < 0 THEN greatest(length(${c.str(0)}) + ${from}, 0) ELSE ${from} END + 1`;
    return str(c.count > 2 ? `substr(${c.str(0)}, ${start}, CAST(${c.arg(2).sql} AS BIGINT))` : `substr(${c.str(0)}, ${start})`);
  },
  split: (c) => {
    const list = `string_split(${c.str(0)}, ${c.str(1)})`;
    if (c.count > 2) return { sql: `to_json(list_filter([list_extract(${list}, CAST(${c.arg(2).sql} AS BIGINT) + 1)], x -> x IS NOT NULL))`, type: 'dynamic' };
    return { sql: `to_json(${list})`, type: 'dynamic' };
  },
  extract: (c) => {
    const text = c.str(2);
    const sql = `regexp_extract(${text}, ${c.str(0)}, CAST(${c.arg(1).sql} AS INTEGER))`;
    if (c.type === 'string') return str(sql);
    return { sql: `TRY_CAST(NULLIF(${sql}, '') AS ${c.type === 'datetime' ? 'TIMESTAMP' : c.type === 'long' ? 'BIGINT' : c.type === 'int' ? 'INTEGER' : 'DOUBLE'})`, type: c.type };
  },
  extract_all: extractAll,
  replace: (c) => str(`regexp_replace(${c.str(2)}, ${c.str(0)}, ${c.str(1)}, 'g')`),
  replace_regex: (c) => str(`regexp_replace(${c.str(0)}, ${c.str(1)}, ${c.str(2)}, 'g')`),
  replace_string: (c) => str(`replace(${c.str(0)}, ${c.str(1)}, ${c.str(2)})`),
  trim: (c) => str(`regexp_replace(regexp_replace(${c.str(1)}, '^(?:' || ${c.str(0)} || ')+', ''), '(?:' || ${c.str(0)} || ')+$', '')`),
  trim_start: (c) => str(`regexp_replace(${c.str(1)}, '^(?:' || ${c.str(0)} || ')+', '')`),
  trim_end: (c) => str(`regexp_replace(${c.str(1)}, '(?:' || ${c.str(0)} || ')+$', '')`),
  indexof: indexOf,
  countof,
  // A replacement list shorter than the search list repeats its last character; an empty one
  // deletes (translate-function.md: translate("abc", "x", "abc") is "xxx", with "" it is "").
  translate: (c) => {
    const rep = c.str(1);
    return str(`translate(${c.str(2)}, ${c.str(0)}, CASE WHEN length(${rep}) = 0 THEN ${rep} ELSE rpad(${rep}, CAST(greatest(length(${c.str(0)}), length(${rep})) AS INTEGER), right(${rep}, 1)) END)`);
  },
  strcat_array: (c) => str(`array_to_string(json_extract_string(${asDynamic(c.arg(0))}, '$[*]'), ${c.str(1)})`),
  url_decode: (c) => str(`url_decode(${c.str(0)})`),
  // Bytes that are not UTF-8 decode to '' (the page's example), not a failed query.
  base64_decode_tostring: (c) => str(`try(decode(from_base64(${c.str(0)})))`),
  base64_decodestring: (c) => str(`try(decode(from_base64(${c.str(0)})))`),
  tohex: (c) => {
    if (c.arg(0).type !== 'long' && c.arg(0).type !== 'int') return c.fail(`a ${c.arg(0).type} argument`);
    // An int is shown as 32-bit two's complement, a long as 64-bit (tohex-function.md).
    const x = c.arg(0);
    const hex = x.type === 'int' ? `lower(hex(CASE WHEN ${x.sql} < 0 THEN CAST(${x.sql} AS BIGINT) + 4294967296 ELSE CAST(${x.sql} AS BIGINT) END))` : `lower(hex(${x.sql}))`;
    // The optional minimum length pads with zeros (tohex-function.md).
    return str(c.count > 1 ? `lpad(${hex}, CAST(greatest(length(${hex}), ${asNumber(c.arg(1), 'long')}) AS INTEGER), '0')` : hex);
  },
  strcmp: (c) => ({ sql: `CAST(CASE WHEN ${c.str(0)} < ${c.str(1)} THEN -1 WHEN ${c.str(0)} > ${c.str(1)} THEN 1 ELSE 0 END AS BIGINT)`, type: 'long' }),
  isascii: (c) => ({ sql: `regexp_full_match(${c.str(0)}, ${c.ctx.param('[\\x00-\\x7F]*', 'VARCHAR')})`, type: 'bool' }),
  new_guid: () => ({ sql: 'CAST(uuid() AS VARCHAR)', type: 'guid' }),
  toguid: (c) => ({ sql: guidSql(asString(c.arg(0))), type: 'guid' }),
};

/**
 * `toguid(text)`: the first 32 hex digits, with or without the dashes of a GUID, lower-cased; the
 * rest of the text is ignored (toguid-function.md); else null.
 */
function guidSql(text: string): string {
  const hex = `lower(replace(${text}, '-', ''))`;
  const ok = `(regexp_matches(${text}, '^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}'))`;
  return `CASE WHEN ${ok} THEN substr(${hex}, 1, 8) || '-' || substr(${hex}, 9, 4) || '-' || substr(${hex}, 13, 4) || '-' || substr(${hex}, 17, 4) || '-' || substr(${hex}, 21, 12) END`;
}

/**
 * `indexof(s, match [, start [, length [, occurrence]]])`: each search looks at `length` characters
 * from its start (-1: to the end); the next occurrence is searched from one past the last match.
 * A negative start counts from the end.
 */
function indexOf(c: Call): SqlExpr {
  const s = c.str(0);
  const m = c.str(1);
  if (c.count <= 2) return { sql: `CAST(strpos(${s}, ${m}) - 1 AS BIGINT)`, type: 'long' };
  const start = asNumber(c.arg(2), 'long');
  const length = c.count > 3 ? asNumber(c.arg(3), 'long') : '-1';
  const occurrence = c.count > 4 ? asNumber(c.arg(4), 'long') : '1';
  const st = `(CASE WHEN ${start} < 0 THEN greatest(length(${s}) + ${start}, 0) ELSE ${start} END)`;
  const window = (p: string) => `substr(${s}, ${p} + 2, CASE WHEN ${length} = -1 THEN length(${s}) ELSE ${length} END)`;
  // acc: index of the previous match (start - 1 before the first); -2^40 once nothing is found.
  const step = `(acc, x) -> CASE WHEN acc < -1 THEN acc WHEN strpos(${window('acc')}, ${m}) = 0 THEN -1099511627776 ELSE acc + strpos(${window('acc')}, ${m}) END`;
  const found = `list_reduce(range(${occurrence}), ${step}, ${st} - 1)`;
  return {
    sql: `CASE WHEN ${length} < -1 OR ${occurrence} < 0 THEN NULL WHEN ${occurrence} = 0 THEN -1 ELSE CAST(CASE WHEN ${found} < 0 THEN -1 ELSE ${found} END AS BIGINT) END`,
    type: 'long',
  };
}

/**
 * `countof(source, search [, kind])`: plain matches may overlap, regex matches do not
 * (countof-function.md: countof("aaaa", "aa") is 3; countof("ababa", "aba", "regex") is 1).
 */
function countof(c: Call): SqlExpr {
  const kind = c.count > 2 ? c.literalString(2) : 'normal';
  const s = c.str(0);
  const m = c.str(1);
  if (kind === 'regex') return { sql: `CAST(len(regexp_extract_all(${s}, ${m})) AS BIGINT)`, type: 'long' };
  if (kind !== 'normal') return c.fail("the kind must be the literal 'normal' or 'regex'");
  const at = `list_filter(range(1, length(${s}) - length(${m}) + 2), p -> substr(${s}, p, length(${m})) = ${m})`;
  return { sql: `CAST(CASE WHEN length(${m}) = 0 THEN 0 ELSE len(${at}) END AS BIGINT)`, type: 'long' };
}

/** Capture groups of a regular expression: `(`, `(?P<name>` and `(?<name>`, not `(?:` or escaped. */
function groupCount(re: string): number {
  return (re.replace(/\\./g, '').match(/\((?!\?)|\(\?P?<(?![=!])/g) ?? []).length;
}

/** The groups `extract_all(re, dynamic([1, 'name']), text)` selects: numbers or group names. */
function selectedGroups(c: Call, re: string): number[] {
  const node = c.args[1]!;
  const sel = node.kind === 'DynamicExpression' ? dynamicJson(node) : undefined;
  if (!Array.isArray(sel) || sel.length === 0) return c.fail('the capture groups must be a literal array of one or more');
  const names = [...re.replace(/\\./g, '').matchAll(/\((?!\?)|\(\?P?<(?![=!])([^>]*)>/g)].map((m) => m[1]);
  return sel.map((g) => {
    const at = typeof g === 'number' ? g : names.indexOf(String(g)) + 1;
    if (!Number.isInteger(at) || at < 1 || at > names.length) return c.fail(`no capture group ${String(g)}`);
    return at;
  });
}

/**
 * `extract_all(re, [groups,] text)`: every match; one group (of the regex, or selected) gives a flat
 * array, several an array of the groups per match; null when nothing matches (extract-all-function.md).
 */
function extractAll(c: Call): SqlExpr {
  const re = c.literalString(0);
  if (re === undefined) return c.fail('the regular expression must be a literal string');
  const text = c.str(c.count - 1);
  const count = groupCount(re);
  // RE2 names a group `(?P<name>`; Kusto's pages write `(?<name>` (extract-all-function.md).
  const pattern = c.ctx.param(re.replace(/(\\.)|\(\?<(?![=!])/g, (_m, esc: string | undefined) => esc ?? '(?P<'), 'VARCHAR');
  const groups = c.count > 2 ? selectedGroups(c, re) : Array.from({ length: count }, (_, g) => g + 1);
  const matches = (list: string): SqlExpr => ({ sql: `CASE WHEN len(${list}) > 0 THEN to_json(${list}) END`, type: 'dynamic' });
  // A regex without groups (the page asks for one to 16) gives its whole matches (group 0).
  if (groups.length <= 1) return matches(`regexp_extract_all(${text}, ${pattern}, ${groups[0] ?? 0})`);
  const lists = groups.map((g) => `regexp_extract_all(${text}, ${pattern}, ${g})`);
  return matches(`list_transform(range(1, len(${lists[0]}) + 1), i -> [${lists.map((l) => `${l}[i]`).join(', ')}])`);
}
