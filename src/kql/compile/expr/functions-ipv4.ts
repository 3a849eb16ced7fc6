/**
 * IPv4 functions (ipv4-*-function.md, has-*ipv4*-function.md): addresses as text with an optional
 * IP-prefix (`10.0.0.0/8`), compared as 32-bit numbers. Text that is not an address gives null.
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { dynamicJson } from '../../language/literals';
import { asNumber } from './coerce';

const ADDRESS = '^\\s*(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?\\s*$';

/** An address argument as SQL: its 32-bit value and prefix length (both null when invalid). */
interface Ipv4Sql {
  readonly value: string;
  readonly prefix: string;
}

function ipv4Of(c: Call, i: number): Ipv4Sql {
  const a = c.arg(i);
  if (a.type === 'long' || a.type === 'int') return { value: `CASE WHEN ${a.sql} BETWEEN 0 AND 4294967295 THEN ${a.sql} END`, prefix: `CASE WHEN ${a.sql} BETWEEN 0 AND 4294967295 THEN 32 END` };
  return ipv4OfText(c, c.str(i));
}

/** An address held by the SQL string `t`. */
function ipv4OfText(c: Call, t: string): Ipv4Sql {
  const re = c.ctx.param(ADDRESS, 'VARCHAR');
  const part = (g: number) => `TRY_CAST(NULLIF(regexp_extract(${t}, ${re}, ${g}), '') AS BIGINT)`;
  const valid = `(regexp_full_match(${t}, ${re}) AND greatest(${part(1)}, ${part(2)}, ${part(3)}, ${part(4)}) <= 255 AND coalesce(${part(5)}, 32) <= 32)`;
  return {
    value: `CASE WHEN ${valid} THEN (${part(1)} << 24) + (${part(2)} << 16) + (${part(3)} << 8) + ${part(4)} END`,
    prefix: `CASE WHEN ${valid} THEN coalesce(${part(5)}, 32) END`,
  };
}

/** The value with all but the first `prefix` bits cleared. */
const masked = (value: string, prefix: string): string => `((${value} >> (32 - ${prefix})) << (32 - ${prefix}))`;

/** An explicit prefix argument; outside 0..32 it makes the result null. */
const prefixArg = (c: Call, i: number): string => {
  if (c.count <= i) return '32';
  const p = asNumber(c.arg(i), 'long');
  return `CASE WHEN ${p} BETWEEN 0 AND 32 THEN ${p} END`;
};

/** least() that is null when any argument is (DuckDB's least skips nulls). */
const leastOf = (...xs: string[]): string => `CASE WHEN ${xs.map((x) => `${x} IS NULL`).join(' OR ')} THEN NULL ELSE least(${xs.join(', ')}) END`;

/** Both addresses masked to the shortest prefix of the two and the optional argument. */
function pair(c: Call): { a: string; b: string } {
  const x = ipv4Of(c, 0);
  const y = ipv4Of(c, 1);
  const p = leastOf(x.prefix, y.prefix, prefixArg(c, 2));
  return { a: masked(x.value, p), b: masked(y.value, p) };
}

const dotted = (v: string): string => `concat_ws('.', ${v} >> 24, (${v} >> 16) & 255, (${v} >> 8) & 255, ${v} & 255)`;

function formatIpv4(c: Call, withMask: boolean): SqlExpr {
  const x = ipv4Of(c, 0);
  const p = leastOf(x.prefix, prefixArg(c, 1));
  const text = withMask ? `${dotted(masked(x.value, p))} || '/' || CAST(${p} AS VARCHAR)` : dotted(masked(x.value, p));
  return { sql: `CASE WHEN ${x.value} IS NULL OR ${p} IS NULL THEN '' ELSE ${text} END`, type: 'string' };
}

/** Literal addresses or prefixes of a `has_*ipv4*` call: string arguments or one dynamic array. */
function literalList(c: Call, from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < c.count; i++) {
    const s = c.literalString(i);
    if (s !== undefined) {
      out.push(s);
      continue;
    }
    const node = c.args[i]!;
    if (node.kind !== 'DynamicExpression') return c.fail('the addresses must be literals');
    const parsed = dynamicJson(node);
    if (!Array.isArray(parsed) || parsed.some((x) => typeof x !== 'string')) return c.fail('the addresses must be strings');
    out.push(...(parsed as string[]));
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.]/g, '\\.');
const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** An address in text: not inside a longer run of letters, digits and dots. */
const bounded = (body: string): string => `(^|[^0-9A-Za-z.])${body}($|[^0-9A-Za-z.]|\\.$|\\.[^0-9])`;

function addressPattern(ip: string): string | undefined {
  return new RegExp(`^${OCTET}(\\.${OCTET}){3}$`).test(ip) ? bounded(escape(ip)) : undefined;
}

function prefixPattern(prefix: string): string | undefined {
  const m = new RegExp(`^${OCTET}(\\.${OCTET}){0,2}\\.?$`).exec(prefix);
  if (!m) return undefined;
  const octets = prefix.replace(/\.$/, '').split('.').length;
  const rest = prefix.endsWith('.') ? `${OCTET}(\\.${OCTET}){${3 - octets}}` : `\\d*(\\.${OCTET}){${3 - octets}}`;
  return bounded(`${escape(prefix)}${rest}`);
}

function hasAny(c: Call, pattern: (s: string) => string | undefined): SqlExpr {
  const patterns = literalList(c, 1).map(pattern).filter((p): p is string => p !== undefined);
  if (patterns.length === 0) return { sql: 'false', type: 'bool' };
  return { sql: `regexp_matches(${c.str(0)}, ${c.ctx.param(patterns.join('|'), 'VARCHAR')})`, type: 'bool' };
}

export const IPV4_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  parse_ipv4: (c) => {
    const x = ipv4Of(c, 0);
    return { sql: masked(x.value, x.prefix), type: 'long' };
  },
  parse_ipv4_mask: (c) => {
    const x = ipv4Of(c, 0);
    return { sql: masked(x.value, leastOf(x.prefix, prefixArg(c, 1))), type: 'long' };
  },
  ipv4_is_match: (c) => {
    const { a, b } = pair(c);
    return { sql: `(${a} = ${b})`, type: 'bool' };
  },
  ipv4_compare: (c) => {
    const { a, b } = pair(c);
    return { sql: `CAST(sign(${a} - ${b}) AS BIGINT)`, type: 'long' };
  },
  ipv4_is_in_range: (c) => {
    const x = ipv4Of(c, 0);
    const r = ipv4Of(c, 1);
    return { sql: `(${masked(x.value, r.prefix)} = ${masked(r.value, r.prefix)})`, type: 'bool' };
  },
  ipv4_is_in_any_range: (c) => {
    const x = ipv4Of(c, 0);
    const inRange = (r: Ipv4Sql): string => `(${masked(x.value, r.prefix)} = ${masked(r.value, r.prefix)})`;
    const tests = c.args.slice(1).map((_, i) => {
      const a = c.arg(i + 1);
      if (a.type !== 'dynamic') return inRange(ipv4Of(c, i + 1));
      // A dynamic array of ranges (ipv4-is-in-any-range-function.md): true when any element holds.
      const each = `list_transform(json_extract_string(${a.sql}, '$[*]'), _r -> ${inRange(ipv4OfText(c, "coalesce(_r, '')"))})`;
      return `CASE WHEN ${x.value} IS NOT NULL THEN coalesce(list_bool_or(${each}), false) END`;
    });
    return { sql: `(${tests.join(' OR ')})`, type: 'bool' };
  },
  ipv4_netmask_suffix: (c) => ({ sql: `CAST(${ipv4Of(c, 0).prefix} AS INTEGER)`, type: 'int' }),
  format_ipv4: (c) => formatIpv4(c, false),
  format_ipv4_mask: (c) => formatIpv4(c, true),
  has_ipv4: (c) => hasAny(c, addressPattern),
  has_any_ipv4: (c) => hasAny(c, addressPattern),
  has_ipv4_prefix: (c) => hasAny(c, prefixPattern),
  has_any_ipv4_prefix: (c) => hasAny(c, prefixPattern),
};
