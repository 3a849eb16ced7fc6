/**
 * Seeded pseudo-random numbers. Everything the generator draws comes from here, never from an unseeded source.
 * `Rng` is a small-state generator (sfc32) so that sub-streams keyed by (seed, purpose, index…)
 * are cheap to create — the sign-in stream creates one per user-day and one per event.
 */

/** Mixes a list of integers into one 32-bit hash (murmur3 finaliser per step). */
export function mixInts(...values: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    let k = Math.imul(v | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= values.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes a string to a 32-bit integer (FNV-1a then a murmur finaliser). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mixInts(h);
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A generator keyed by any number of integers (e.g. seed, purpose, user index, day). */
  constructor(...key: readonly number[]) {
    this.a = mixInts(...key, 1);
    this.b = mixInts(...key, 2);
    this.c = mixInts(...key, 3);
    this.d = 1;
    for (let i = 0; i < 8; i++) this.u32();
  }

  /** Next unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick on an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: `[[item, weight], …]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [item, w] of entries) {
      r -= w;
      if (r < 0) return item;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }

  /** Approximately normal (Irwin–Hall of 4), mean and standard deviation as given. */
  normal(mean: number, sd: number): number {
    const s = this.next() + this.next() + this.next() + this.next() - 2;
    return mean + s * sd * Math.sqrt(3);
  }

  /** k distinct items, in the list's order of drawing. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }

  /** A GUID in the canonical lower-case 8-4-4-4-12 form with version 4 and RFC 4122 variant bits. */
  guid(): string {
    return formatGuid(this.u32(), this.u32(), this.u32(), this.u32());
  }
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(v: number): string {
  return (
    (HEX[(v >>> 24) & 255] as string) +
    (HEX[(v >>> 16) & 255] as string) +
    (HEX[(v >>> 8) & 255] as string) +
    (HEX[v & 255] as string)
  );
}

/** Formats four 32-bit words as a version-4 GUID. */
export function formatGuid(w0: number, w1: number, w2: number, w3: number): string {
  const a = hex32(w0);
  const b = hex32(((w1 & 0xffff0fff) | 0x00004000) >>> 0);
  const c = hex32(((w2 & 0x3fffffff) | 0x80000000) >>> 0);
  const d = hex32(w3);
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}

/** A stable GUID for a named object of a seeded tenant: same seed and label, same GUID. */
export function stableGuid(seed: number, label: string): string {
  const h = hashString(label);
  return formatGuid(mixInts(seed, h, 11), mixInts(seed, h, 12), mixInts(seed, h, 13), mixInts(seed, h, 14));
}
