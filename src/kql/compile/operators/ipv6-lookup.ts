/**
 * `evaluate ipv6_lookup(LookupTable, SourceIPv6Key, IPv6LookupKey [, return_unmatched])`
 * (ipv6-lookup-plugin.md): ipv4_lookup's join with IPv6 ranges (address with an optional /prefix),
 * matched by the engine's `kql_ipv6_is_in_range` UDF (udf/ipv6.ts, the same test as
 * ipv6_is_in_range()). The page documents no extra keys and shows the lookup table's columns first;
 * a column name in both tables and an address in two ranges are refused.
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { ipLookup } from './ipv4-lookup';
import type { AddressMatch } from './ipv4-lookup';

const ipv6Match: AddressMatch = (address, range) => `coalesce(kql_ipv6_is_in_range(${address}, ${range}), false)`;

export function ipv6Lookup(op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  return ipLookup('ipv6_lookup', ipv6Match, { extraKeys: false, lookupFirst: true }, op, call, rel, ctx);
}
