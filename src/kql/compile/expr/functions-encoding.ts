/**
 * String functions computed by the engine's TypeScript UDFs (`udf/text.ts`, `udf/bytes.ts`,
 * `udf/punycode.ts`): replace_strings, parse_csv, parse_command_line, dynamic_to_json, base64
 * arrays and GUIDs, zlib, punycode; and has_any_index (SQL, KQL's `has` term rule).
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asDynamic, asString } from './coerce';
import { hasTermSql } from './string-ops';

/** A dynamic argument as JSON text for a UDF ('null' for a null value). */
const jsonText = (c: Call, i: number): string => `coalesce(CAST(${asDynamic(c.arg(i))} AS VARCHAR), 'null')`;
const text = (fn: string, ...args: string[]): SqlExpr => ({ sql: `coalesce(${fn}(${args.join(', ')}), '')`, type: 'string' });
const dynamic = (fn: string, ...args: string[]): SqlExpr => ({ sql: `CAST(${fn}(${args.join(', ')}) AS JSON)`, type: 'dynamic' });

/** has_any_index(source, values): index of the first value `source` has as a term; -1 when none. */
function hasAnyIndex(c: Call): SqlExpr {
  const source = c.str(0);
  const values = `json_extract_string(${asDynamic(c.arg(1))}, '$[*]')`;
  const found = `list_position(list_transform(${values}, _v -> coalesce(${hasTermSql(source, '_v', false)}, false)), true)`;
  return { sql: `coalesce(${found} - 1, -1)`, type: 'long' };
}

/**
 * indexof_regex with a literal pattern the UDF's JavaScript engine reads as RE2 does: no
 * lookaround, backreferences, \b, \s (RE2's are ASCII-only) or (?P<name>…) groups (RE2 has no lookaround or backreferences; the
 * named-group spelling differs), so a pattern either means the same in both or is refused.
 */
function indexOfRegex(c: Call): SqlExpr {
  const pattern = c.literalString(1);
  if (pattern === undefined) return c.fail('the pattern must be a literal string');
  if (/\\[1-9kpPbBsS]|\(\?[<=!P]|\\[QEzAC]|\[\[:/.test(pattern)) return c.fail('this regular expression syntax');
  try {
    new RegExp(pattern, 'u');
  } catch {
    return c.fail('this regular expression syntax');
  }
  const n = (i: number, dflt: string) => (c.count > i ? `CAST(${c.arg(i).sql} AS BIGINT)` : dflt);
  return { sql: `kql_indexof_regex(${c.str(0)}, ${c.ctx.param(pattern, 'VARCHAR')}, ${n(2, '0')}, ${n(3, '-1')}, ${n(4, '1')})`, type: 'long' };
}

/**
 * parse_version(text) (parse-version-function.md): one to four dot-separated parts of up to eight
 * digits, missing parts trailing zeros; the decimal p1·10²⁴ + p2·10¹⁶ + p3·10⁸ + p4 as an exact
 * HUGEINT (a double would make 1.0.0.1 equal 1.0.0.0); null when the text is not a version.
 */
function parseVersion(c: Call): SqlExpr {
  const t = `trim(${c.str(0)})`;
  const parts = `list_concat(string_split(${t}, '.'), ['0', '0', '0'])`;
  const scale = (k: number) => `CAST('1${'0'.repeat(8 * k)}' AS HUGEINT)`;
  const value = [3, 2, 1, 0].map((k, i) => `CAST(${parts}[${i + 1}] AS HUGEINT) * ${scale(k)}`).join(' + ');
  return { sql: `CASE WHEN regexp_full_match(${t}, '\\d{1,8}(\\.\\d{1,8}){0,3}') THEN CAST(${value} AS HUGEINT) END`, type: 'decimal' };
}

export const ENCODING_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  replace_strings: (c) => text('kql_replace_strings', c.str(0), jsonText(c, 1), jsonText(c, 2)),
  parse_csv: (c) => dynamic('kql_parse_csv', c.str(0)),
  parse_command_line: (c) => dynamic('kql_parse_command_line', c.str(0), c.str(1)),
  dynamic_to_json: (c) => {
    const a = c.arg(0);
    return a.type === 'dynamic' ? text('kql_dynamic_to_json', jsonText(c, 0)) : { sql: asString(a), type: 'string' };
  },
  base64_decode_toarray: (c) => dynamic('kql_base64_decode_toarray', c.str(0)),
  base64_encode_fromarray: (c) => text('kql_base64_encode_fromarray', jsonText(c, 0)),
  base64_encode_fromguid: (c) => text('kql_base64_encode_fromguid', c.str(0)),
  // The inverse of base64_encode_fromguid, whose page shows .NET's Guid byte layout (all three
  // first groups little-endian); the decode page's own example writes the third group in stored
  // order, which no GUID layout does (corrections.json has the reason): 16 bytes or null.
  base64_decode_toguid: (c) => ({ sql: `kql_base64_decode_toguid(${c.str(0)})`, type: 'guid' }),
  zlib_compress_to_base64_string: (c) => text('kql_zlib_compress_to_base64', c.str(0)),
  zlib_decompress_from_base64_string: (c) => text('kql_zlib_decompress_from_base64', c.str(0)),
  gzip_compress_to_base64_string: (c) => text('kql_gzip_compress_to_base64', c.str(0)),
  gzip_decompress_from_base64_string: (c) => text('kql_gzip_decompress_from_base64', c.str(0)),
  punycode_from_string: (c) => text('kql_punycode_from_string', c.str(0)),
  punycode_to_string: (c) => text('kql_punycode_to_string', c.str(0)),
  punycode_domain_to_string: (c) => text('kql_punycode_domain_to_string', c.str(0)),
  punycode_domain_from_string: (c) => text('kql_punycode_domain_from_string', c.str(0)),
  has_any_index: hasAnyIndex,
  parse_version: parseVersion,
  parse_urlquery: (c) => dynamic('kql_parse_urlquery', c.str(0)),
  parse_path: (c) => dynamic('kql_parse_path', c.str(0)),
  indexof_regex: indexOfRegex,
};
