/**
 * IPv6 functions (ipv6-*-function.md, parse-ipv6*-function.md) and ipv4_range_to_cidr_list: an
 * address is a 128-bit number with a prefix length. IPv4 text (and the "::a.b.c.d" form, which the
 * parse_ipv6_mask page maps to ::ffff:a.b.c.d) is the IPv4-mapped address, its /n prefix counting
 * within the IPv4 part (96 + n bits: "192.168.255.255/24" → …:ffff:c0a8:ff00).
 */
const FULL = (1n << 128n) - 1n;

/** A parsed address: its 128-bit value and prefix length. */
export interface Ipv6 {
  readonly value: bigint;
  readonly prefix: number;
}

function ipv4Value(text: string): bigint | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return BigInt(((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!);
}

function prefixOf(text: string | undefined, max: number): number | null {
  if (text === undefined) return max;
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n <= max ? n : null;
}

/** Hex groups of an IPv6 text (with "::" expanded) as a 128-bit number; null when invalid. */
function ipv6Value(text: string): bigint | null {
  let groups: string[];
  let tail: bigint | null = null;
  let body = text;
  const dotted = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted) {
    tail = ipv4Value(dotted[2]!);
    if (tail === null) return null;
    body = `${dotted[1]!}0:0`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const split = (s: string): string[] => (s === '' ? [] : s.split(':'));
  if (halves.length === 2) {
    const head = split(halves[0]!);
    const rest = split(halves[1]!);
    if (head.length + rest.length > 7) return null;
    groups = [...head, ...Array<string>(8 - head.length - rest.length).fill('0'), ...rest];
  } else {
    groups = split(body);
    if (groups.length !== 8) return null;
  }
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  return tail === null ? v : (v & ~0xffffffffn) | tail;
}

const MAPPED = 0xffffn << 32n;

/** Parses an IPv6 or IPv4 address with an optional /prefix; null when it is not one. */
export function parseIpv6(text: string): Ipv6 | null {
  const m = /^\s*([^/\s]+)(?:\/(\d+))?\s*$/.exec(text);
  if (!m) return null;
  const [, address, p] = m;
  const v4 = ipv4Value(address!);
  if (v4 !== null) {
    const prefix = prefixOf(p, 32);
    return prefix === null ? null : { value: MAPPED | v4, prefix: 96 + prefix };
  }
  const compat = /^::(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address!);
  if (compat) {
    const v = ipv4Value(compat[1]!);
    const prefix = prefixOf(p, 32);
    return v === null || prefix === null ? null : { value: MAPPED | v, prefix: 96 + prefix };
  }
  const value = ipv6Value(address!);
  const prefix = prefixOf(p, 128);
  return value === null || prefix === null ? null : { value, prefix };
}

const maskOf = (prefix: number): bigint => (prefix === 0 ? 0n : (FULL << BigInt(128 - prefix)) & FULL);

/** An explicit prefix argument: 0..128, else null. */
function prefixArg(prefix: bigint): number | null {
  return prefix >= 0n && prefix <= 128n ? Number(prefix) : null;
}

/** parse_ipv6_mask(ip, prefix) / parse_ipv6(ip): eight 4-digit groups; '' when not convertible. */
export function parseIpv6Mask(text: string, prefix: bigint): string {
  const a = parseIpv6(text);
  const p = prefixArg(prefix);
  if (a === null || p === null) return '';
  const v = a.value & maskOf(Math.min(a.prefix, p));
  return v.toString(16).padStart(32, '0').match(/.{4}/g)!.join(':');
}

/** ipv6_compare(a, b[, prefix]): -1, 0 or 1 over the shortest prefix; null when one is not an address. */
export function ipv6Compare(a: string, b: string, prefix: bigint): bigint | null {
  const x = parseIpv6(a);
  const y = parseIpv6(b);
  const p = prefixArg(prefix);
  if (x === null || y === null || p === null) return null;
  const mask = maskOf(Math.min(x.prefix, y.prefix, p));
  const d = (x.value & mask) - (y.value & mask);
  return d < 0n ? -1n : d > 0n ? 1n : 0n;
}

/** ipv6_is_in_range(address, range): the address masked by the range's prefix equals the range. */
export function ipv6IsInRange(address: string, range: string): boolean | null {
  const x = parseIpv6(address);
  const r = parseIpv6(range);
  if (x === null || r === null) return null;
  const mask = maskOf(r.prefix);
  return (x.value & mask) === (r.value & mask);
}

/** ipv6_is_in_any_range(address, ranges…): ranges as a JSON array of strings. */
export function ipv6IsInAnyRange(address: string, rangesJson: string): boolean | null {
  const ranges: unknown = JSON.parse(rangesJson);
  const list = (Array.isArray(ranges) ? ranges : [ranges]).filter((r): r is string => typeof r === 'string');
  if (parseIpv6(address) === null) return null;
  let any = false;
  for (const r of list) {
    const hit = ipv6IsInRange(address, r);
    if (hit === null) return null;
    any ||= hit;
  }
  return any;
}

/**
 * ipv4_range_to_cidr_list(start, end) (ipv4-range-to-cidr-list-function.md): the fewest CIDR
 * blocks covering start..end; null when either is not an IPv4 address or start > end.
 */
export function ipv4RangeToCidrList(start: string, end: string): string | null {
  const a = ipv4Value(start.trim());
  const b = ipv4Value(end.trim());
  if (a === null || b === null || a > b) return null;
  const out: string[] = [];
  let cur = a;
  while (cur <= b) {
    let size = 32;
    while (size > 0) {
      const block = 1n << BigInt(33 - size);
      if (cur % block !== 0n || cur + block - 1n > b) break;
      size--;
    }
    const n = Number(cur);
    out.push(`${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${size}`);
    cur += 1n << BigInt(32 - size);
  }
  return JSON.stringify(out);
}
