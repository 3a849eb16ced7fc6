/**
 * xxHash64 (seed 0), the algorithm Kusto's hash() and hash_xxhash64() use (hash-function.md):
 * hash("World") = 1846988464401551951, hash(datetime(2015-01-01)) = 1380966698541616202 (the
 * datetime's 100-ns ticks as 8 little-endian bytes). Checked against those outputs in
 * test/kql/udf-functions.test.ts.
 */
const MASK = (1n << 64n) - 1n;
const P1 = 11400714785074694791n;
const P2 = 14029467366897019727n;
const P3 = 1609587929392839161n;
const P4 = 9650029242287828579n;
const P5 = 2870177450012600261n;

const rotl = (x: bigint, r: bigint): bigint => ((x << r) | (x >> (64n - r))) & MASK;
const round = (acc: bigint, lane: bigint): bigint => (rotl((acc + lane * P2) & MASK, 31n) * P1) & MASK;
const merge = (acc: bigint, v: bigint): bigint => (((acc ^ round(0n, v)) * P1) + P4) & MASK;

/** The unsigned 64-bit xxHash64 of `bytes`. */
export function xxhash64(bytes: Uint8Array, seed = 0n): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  const u64 = (o: number): bigint => view.getBigUint64(o, true);
  let p = 0;
  let h: bigint;
  if (n >= 32) {
    let v1 = (seed + P1 + P2) & MASK;
    let v2 = (seed + P2) & MASK;
    let v3 = seed & MASK;
    let v4 = (seed - P1) & MASK;
    while (p <= n - 32) {
      v1 = round(v1, u64(p));
      v2 = round(v2, u64(p + 8));
      v3 = round(v3, u64(p + 16));
      v4 = round(v4, u64(p + 24));
      p += 32;
    }
    h = (rotl(v1, 1n) + rotl(v2, 7n) + rotl(v3, 12n) + rotl(v4, 18n)) & MASK;
    h = merge(merge(merge(merge(h, v1), v2), v3), v4);
  } else {
    h = (seed + P5) & MASK;
  }
  h = (h + BigInt(n)) & MASK;
  for (; p + 8 <= n; p += 8) h = (rotl(h ^ round(0n, u64(p)), 27n) * P1 + P4) & MASK;
  if (p + 4 <= n) {
    h = (rotl(h ^ ((BigInt(view.getUint32(p, true)) * P1) & MASK), 23n) * P2 + P3) & MASK;
    p += 4;
  }
  for (; p < n; p++) h = (rotl(h ^ ((BigInt(bytes[p]!) * P5) & MASK), 11n) * P1) & MASK;
  h ^= h >> 33n;
  h = (h * P2) & MASK;
  h ^= h >> 29n;
  h = (h * P3) & MASK;
  h ^= h >> 32n;
  return h;
}

/** Kusto's hash of a string: xxHash64 of its UTF-8 bytes, as a signed long. */
export function hashText(s: string): bigint {
  return BigInt.asIntN(64, xxhash64(new TextEncoder().encode(s)));
}

/** Kusto's hash of a datetime given as 100-ns ticks since 0001-01-01. */
export function hashTicks(ticks: bigint): bigint {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigInt64(0, ticks, true);
  return BigInt.asIntN(64, xxhash64(b));
}

/**
 * hash(x, mod): "the output value is between 0 and mod - 1" (hash-function.md). The hash is
 * taken as the unsigned 64-bit value xxHash64 yields, so a negative long still lands in range.
 * A mod of 0 or less gives null.
 */
export function hashMod(h: bigint, mod: bigint): bigint | null {
  if (mod <= 0n) return null;
  return BigInt.asUintN(64, h) % mod;
}
