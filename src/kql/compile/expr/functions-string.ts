/** String functions. */
import type { FunctionHandler } from './call';
import { asDynamic, asString } from './coerce';

const str = (sql: string): { sql: string; type: 'string' } => ({ sql: `coalesce(${sql}, '')`, type: 'string' });

export const STRING_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  tostring: (c) => ({ sql: c.str(0), type: 'string' }),
  strcat: (c) => ({ sql: `concat(${c.args.map((_, i) => c.str(i)).join(', ')})`, type: 'string' }),
  strcat_delim: (c) => ({ sql: `concat_ws(${c.args.map((_, i) => c.str(i)).join(', ')})`, type: 'string' }),
  tolower: (c) => ({ sql: `lower(${c.str(0)})`, type: 'string' }),
  toupper: (c) => ({ sql: `upper(${c.str(0)})`, type: 'string' }),
  strlen: (c) => ({ sql: `CAST(length(${c.str(0)}) AS BIGINT)`, type: 'long' }),
  substring: (c) => {
    const start = `CAST(${c.arg(1).sql} AS BIGINT) + 1`;
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
  extract_all: (c) => {
    const text = c.str(c.count - 1);
    return { sql: `to_json(regexp_extract_all(${text}, ${c.str(0)}, 1))`, type: 'dynamic' };
  },
  replace: (c) => str(`regexp_replace(${c.str(2)}, ${c.str(0)}, ${c.str(1)}, 'g')`),
  replace_regex: (c) => str(`regexp_replace(${c.str(0)}, ${c.str(1)}, ${c.str(2)}, 'g')`),
  replace_string: (c) => str(`replace(${c.str(0)}, ${c.str(1)}, ${c.str(2)})`),
  trim: (c) => str(`regexp_replace(regexp_replace(${c.str(1)}, '^(?:' || ${c.str(0)} || ')+', ''), '(?:' || ${c.str(0)} || ')+$', '')`),
  trim_start: (c) => str(`regexp_replace(${c.str(1)}, '^(?:' || ${c.str(0)} || ')+', '')`),
  trim_end: (c) => str(`regexp_replace(${c.str(1)}, '(?:' || ${c.str(0)} || ')+$', '')`),
  indexof: (c) => ({ sql: `CAST(strpos(${c.str(0)}, ${c.str(1)}) - 1 AS BIGINT)`, type: 'long' }),
  countof: (c) => ({
    sql: `CAST((length(${c.str(0)}) - length(replace(${c.str(0)}, ${c.str(1)}, ''))) / greatest(length(${c.str(1)}), 1) AS BIGINT)`,
    type: 'long',
  }),
  reverse: (c) => str(`reverse(${c.str(0)})`),
  translate: (c) => str(`translate(${c.str(2)}, ${c.str(0)}, ${c.str(1)})`),
  strcat_array: (c) => str(`array_to_string(json_extract_string(${asDynamic(c.arg(0))}, '$[*]'), ${c.str(1)})`),
  url_decode: (c) => str(`url_decode(${c.str(0)})`),
  hash_sha256: (c) => str(`sha256(${c.str(0)})`),
  base64_decode_tostring: (c) => str(`decode(from_base64(${c.str(0)}))`),
  base64_decodestring: (c) => str(`decode(from_base64(${c.str(0)}))`),
  tohex: (c) => str(`lower(hex(${c.arg(0).sql}))`),
  new_guid: () => ({ sql: 'CAST(uuid() AS VARCHAR)', type: 'guid' }),
  toguid: (c) => ({ sql: asString(c.arg(0)), type: 'guid' }),
};
