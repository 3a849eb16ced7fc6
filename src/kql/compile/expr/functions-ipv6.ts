/**
 * IPv6 functions and ipv4_range_to_cidr_list (ipv6-*-function.md, parse-ipv6*-function.md)
 * through the engine's TypeScript UDFs (`udf/ipv6.ts`: 128-bit arithmetic DuckDB's BIGINT lacks).
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asDynamic, asNumber } from './coerce';

const prefix = (c: Call, i: number): string => (c.count > i ? asNumber(c.arg(i), 'long') : '128');
const compare = (c: Call): string => `kql_ipv6_compare(${c.str(0)}, ${c.str(1)}, ${prefix(c, 2)})`;

/** ipv6_is_in_any_range(address, range, …) with ranges as strings or dynamic arrays. */
function inAnyRange(c: Call): SqlExpr {
  const lists = c.args.slice(1).map((_, i) => {
    const a = c.arg(i + 1);
    return a.type === 'dynamic' ? `coalesce(CAST(${asDynamic(a)} AS VARCHAR), '[]')` : `CAST(to_json([${c.str(i + 1)}]) AS VARCHAR)`;
  });
  const tests = lists.map((l) => `kql_ipv6_is_in_any_range(${c.str(0)}, ${l})`);
  return { sql: `(${tests.join(' OR ')})`, type: 'bool' };
}

export const IPV6_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  parse_ipv6: (c) => ({ sql: `kql_parse_ipv6_mask(${c.str(0)}, 128)`, type: 'string' }),
  parse_ipv6_mask: (c) => ({ sql: `coalesce(kql_parse_ipv6_mask(${c.str(0)}, ${prefix(c, 1)}), '')`, type: 'string' }),
  ipv6_compare: (c) => ({ sql: compare(c), type: 'long' }),
  ipv6_is_match: (c) => ({ sql: `(${compare(c)} = 0)`, type: 'bool' }),
  ipv6_is_in_range: (c) => ({ sql: `kql_ipv6_is_in_range(${c.str(0)}, ${c.str(1)})`, type: 'bool' }),
  ipv6_is_in_any_range: inAnyRange,
  ipv4_range_to_cidr_list: (c) => ({ sql: `CAST(kql_ipv4_range_to_cidr_list(${c.str(0)}, ${c.str(1)}) AS JSON)`, type: 'dynamic' }),
};
