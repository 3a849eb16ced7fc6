/**
 * More string functions (string-functions pages): URL encoding as .NET does it (lower-case hex),
 * regex_quote, hashes and reverse of a datetime through Kusto's 7-digit text, array_split,
 * format_bytes.
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asDynamic, asNumber, asString } from './coerce';

const str = (sql: string): SqlExpr => ({ sql, type: 'string' });

/** Kusto's text of a datetime: `2020-01-01T00:00:00.0000000Z` (7 fraction digits, always). */
export function kustoDatetimeText(sql: string): string {
  return `coalesce(strftime(${sql}, '%Y-%m-%dT%H:%M:%S.%f') || '0Z', '')`;
}

/** Argument 0 as text the way Kusto hashes and reverses it: datetimes with 7 fraction digits. */
function text(c: Call): string {
  const a = c.arg(0);
  return a.type === 'datetime' ? kustoDatetimeText(a.sql) : asString(a);
}

/** Hex digits of percent-escapes in lower case, as .NET's encoders write them (`%3a`). */
function lowerHex(sql: string): string {
  let s = sql;
  // Second digits first, so the first-digit pass sees only lower-case second digits.
  for (const d of 'ABCDEF') s = `regexp_replace(${s}, '%([0-9A-F])${d}', '%\\1${d.toLowerCase()}', 'g')`;
  for (const d of 'ABCDEF') s = `regexp_replace(${s}, '%${d}([0-9a-f])', '%${d.toLowerCase()}\\1', 'g')`;
  return s;
}

/** Uri.EscapeDataString: every byte but A-Z a-z 0-9 - _ . ~ escaped. */
const encodeComponent = (c: Call): string => lowerHex(`url_encode(${c.str(0)})`);

/** HttpUtility.UrlEncode: as the component form, but space → +, and ! * ( ) kept, ~ escaped. */
function encodeUrl(c: Call): string {
  let s = encodeComponent(c);
  for (const [from, to] of [['%20', '+'], ['%21', '!'], ['%2a', '*'], ['%28', '('], ['%29', ')'], ['~', '%7e']] as const) s = `replace(${s}, '${from}', '${to}')`;
  return s;
}

/** array_split(a, i) / array_split(a, [i, j, ...]): the parts between the given (clamped) indexes. */
function arraySplit(c: Call): SqlExpr {
  const a = asDynamic(c.arg(0));
  const idx = c.arg(1);
  const cuts = idx.type === 'dynamic'
    ? `list_transform(json_extract(${asDynamic(idx)}, '$[*]'), v -> CAST(json_extract_string(v, '$') AS BIGINT))`
    : `[${asNumber(idx, 'long')}]`;
  // Negative indexes count from the end; cuts are clamped to [0, n] and kept in order.
  const n = 'len(_e)';
  const bounds = `list_concat([0], list_transform(${cuts}, k -> least(greatest(CASE WHEN k < 0 THEN k + ${n} ELSE k END, 0), ${n})), [${n}])`;
  const parts = `list_transform(range(1, len(_b)), _i -> list_slice(_e, _b[_i] + 1, _b[_i + 1]))`;
  const body = `list_transform([${bounds}], _b -> ${parts})[1]`;
  return { sql: `to_json(list_transform([json_extract(${a}, '$[*]')], _e -> ${body})[1])`, type: 'dynamic' };
}

const UNITS = ['Bytes', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;

/** format_bytes(size[, precision[, units]]): 1024-based, rounded to `precision` digits. */
function formatBytes(c: Call): SqlExpr {
  const size = asNumber(c.arg(0));
  const precision = c.count > 1 ? `CAST(${asNumber(c.arg(1), 'long')} AS INTEGER)` : '0';
  const unitList = `[${UNITS.map((u) => `'${u}'`).join(', ')}]`;
  const fixed = c.count > 2 ? c.literalString(2) : undefined;
  if (c.count > 2 && fixed === undefined) return c.fail('units other than a literal');
  const target = fixed !== undefined ? UNITS.findIndex((u) => u.toLowerCase() === fixed.toLowerCase() || (fixed.toLowerCase() === 'bytes' && u === 'Bytes')) : -1;
  if (fixed !== undefined && target < 0) return c.fail(`units '${fixed}'`);
  const power = target >= 0 ? String(target) : `CASE WHEN abs(${size}) < 1024 THEN 0 ELSE least(CAST(floor(log(abs(${size})) / log(1024)) AS INTEGER), ${UNITS.length - 1}) END`;
  const value = `round(${size} / pow(1024, _p), ${precision})`;
  const number = `CASE WHEN ${precision} <= 0 THEN CAST(CAST(${value} AS BIGINT) AS VARCHAR) ELSE CAST(${value} AS VARCHAR) END`;
  return str(`CASE WHEN ${size} IS NULL THEN '' ELSE list_transform([${power}], _p -> ${number} || ' ' || ${unitList}[_p + 1])[1] END`);
}

export const TEXT_EXTRA_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  url_encode_component: (c) => str(encodeComponent(c)),
  url_encode: (c) => str(encodeUrl(c)),
  // .NET Regex.Escape's set: \ * + ? | { [ ( ) ^ $ . # and white space.
  regex_quote: (c) => str(`regexp_replace(${c.str(0)}, '([\\\\*+?|{\\[()^$.#\\s])', '\\\\\\1', 'g')`),
  hash_md5: (c) => str(`md5(${text(c)})`),
  hash_sha1: (c) => str(`sha1(${text(c)})`),
  hash_sha256: (c) => str(`sha256(${text(c)})`),
  reverse: (c) => str(`reverse(${text(c)})`),
  array_split: arraySplit,
  format_bytes: formatBytes,
};
