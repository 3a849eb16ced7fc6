import type { GraphObject, SignInSource } from '../../model';
import { Dictionary } from './dictionary';
import { readGuid, writeGuid } from './guid-bytes';
import { buildPostings } from './postings';

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
const TIME = 'createdDateTime';
/** Unique-per-row GUID properties, kept as 16 bytes instead of interned. */
const GUID_KEYS: readonly string[] = ['id', 'correlationId', 'originalRequestId', 'uniqueTokenIdentifier'];
/** Columns with a position index, so `eq` on them costs the matches, not a scan. */
const INDEXED_KEYS: readonly string[] = ['userId', 'userPrincipalName', 'ipAddress'];

type Codes = Uint8Array | Uint16Array | Uint32Array;

/** The JSON part of a store snapshot (`toSnapshotParts`); the typed arrays follow it. */
export interface SnapshotHeader {
  readonly count: number;
  readonly keys: readonly string[];
  readonly columns: readonly [string, number][];
  readonly guidColumns: readonly [string, number][];
  /** Each dictionary's values after the "absent" code 0. */
  readonly dictionaries: readonly (readonly unknown[])[];
  readonly oddGuids: readonly [string, string][];
  readonly oddTimes: readonly [number, string][];
  readonly ordered: boolean;
  /** Per chunk, bytes per code of each dictionary column. */
  readonly chunks: readonly { readonly codeBytes: readonly number[] }[];
  /** Indexed columns and their number of codes. */
  readonly postings: readonly [number, number][];
}
/** Rows between yields to the event loop while building. */
const YIELD_EVERY = 4096;

interface Chunk {
  readonly time: Float64Array;
  /** 0: `…:ssZ`, 1: `…:ss.sssZ`, 2: text kept aside (another format). */
  readonly timeFormat: Uint8Array;
  /** 16 bytes a row per GUID column. */
  readonly guids: Uint8Array[];
  readonly codes: Codes[];
}

function widen(codes: Codes, code: number): Codes {
  if (code > 0xffff && !(codes instanceof Uint32Array)) return Uint32Array.from(codes);
  if (code > 0xff && codes instanceof Uint8Array) return Uint16Array.from(codes);
  return codes;
}

const codesFor = (size: number): Codes => (size > 0xffff ? new Uint32Array(CHUNK) : size > 0xff ? new Uint16Array(CHUNK) : new Uint8Array(CHUNK));

/**
 * Sign-ins in a compact columnar form: creation time as epoch milliseconds, GUID ids as 16 bytes,
 * every other top-level property dictionary-encoded (1, 2 or 4 bytes a row), position indexes
 * on user and IP. Rows are in time order; Graph objects are rebuilt only for a page.
 */
export class SignInStore {
  /** Property names in first-seen order (the key order of materialised objects). */
  readonly keys: string[] = [];
  private readonly columns = new Map<string, number>();
  private readonly guidColumns = new Map<string, number>();
  private readonly dicts: Dictionary[] = [];
  private readonly chunks: Chunk[] = [];
  private readonly oddGuids = new Map<string, string>();
  private readonly oddTimes = new Map<number, string>();
  private readonly postingLists = new Map<number, Uint32Array[]>();
  private count = 0;
  /** Logical position (time ascending) → physical row, only when the source was not in order. */
  private order: Uint32Array | null = null;
  private lastTime = -Infinity;
  private unsorted = false;
  private sealed = false;
  private seenTime = false;

  /**
   * Builds a store from a streamed source (sync or async iterable). Yields to the event loop every
   * few thousand rows, so a server building it in the background keeps answering other requests.
   */
  static async build(source?: SignInSource): Promise<SignInStore> {
    const store = new SignInStore();
    if (source) {
      const it = source();
      let n = 0;
      const breathe = (): Promise<void> | undefined => (++n % YIELD_EVERY === 0 ? new Promise((r) => setImmediate(r)) : undefined);
      if (Symbol.asyncIterator in it) {
        for await (const row of it) {
          store.add(row);
          const pause = breathe();
          if (pause) await pause;
        }
      } else {
        for (const row of it) {
          store.add(row);
          const pause = breathe();
          if (pause) await pause;
        }
      }
    }
    store.seal();
    return store;
  }

  /** Number of sign-ins. */
  get length(): number {
    return this.count;
  }

  /** Distinct values per column and bytes held by the typed arrays, for diagnostics. */
  stats(): { rows: number; columns: Record<string, number>; typedArrayBytes: number } {
    const columns: Record<string, number> = {};
    for (const [k, c] of this.columns) columns[k] = this.dicts[c]?.size ?? 0;
    let typedArrayBytes = 0;
    for (const ch of this.chunks) {
      typedArrayBytes += ch.time.byteLength + ch.timeFormat.byteLength;
      for (const g of ch.guids) typedArrayBytes += g.byteLength;
      for (const c of ch.codes) typedArrayBytes += c.byteLength;
    }
    for (const lists of this.postingLists.values()) for (const l of lists) typedArrayBytes += l.byteLength;
    return { rows: this.count, columns, typedArrayBytes };
  }

  private newKey(key: string): void {
    if (key === 'id') this.keys.unshift(key);
    else if (key === TIME) this.keys.splice(this.keys[0] === 'id' ? 1 : 0, 0, key);
    else this.keys.push(key);
  }

  private column(key: string): number {
    let c = this.columns.get(key);
    if (c === undefined) {
      c = this.dicts.length;
      this.columns.set(key, c);
      this.dicts.push(new Dictionary());
      this.newKey(key);
      for (const ch of this.chunks) ch.codes.push(new Uint8Array(CHUNK));
    }
    return c;
  }

  private guidColumn(key: string): number {
    let g = this.guidColumns.get(key);
    if (g === undefined) {
      g = this.guidColumns.size;
      this.guidColumns.set(key, g);
      this.newKey(key);
      for (const ch of this.chunks) ch.guids.push(new Uint8Array(CHUNK * 16));
    }
    return g;
  }

  /** Appends one sign-in (before `seal`). */
  add(row: GraphObject): void {
    if (this.sealed) throw new Error('bug: SignInStore.add after seal');
    const r = this.count;
    const at = r & MASK;
    if (at === 0) this.chunks.push(this.newChunk());
    const ch = this.chunks[this.chunks.length - 1] as Chunk;
    if (!this.seenTime && TIME in row) {
      this.seenTime = true;
      this.newKey(TIME);
    }
    for (const key in row) {
      const value = row[key];
      if (key === TIME) {
        this.writeTime(ch, at, r, String(value));
      } else if (GUID_KEYS.includes(key) && typeof value === 'string') {
        const g = this.guidColumn(key);
        if (!writeGuid(value, ch.guids[g] as Uint8Array, at * 16)) this.oddGuids.set(`${g}:${r}`, value);
      } else {
        const c = this.column(key);
        const code = (this.dicts[c] as Dictionary).intern(value);
        const codes = widen(ch.codes[c] as Codes, code);
        ch.codes[c] = codes;
        codes[at] = code;
      }
    }
    this.count++;
  }

  private newChunk(): Chunk {
    return {
      time: new Float64Array(CHUNK),
      timeFormat: new Uint8Array(CHUNK),
      guids: [...this.guidColumns.keys()].map(() => new Uint8Array(CHUNK * 16)),
      codes: this.dicts.map((d) => codesFor(d.size)),
    };
  }

  private writeTime(ch: Chunk, at: number, r: number, text: string): void {
    const ms = Date.parse(text);
    ch.time[at] = ms;
    // Canonical UTC forms are rebuilt from the number; anything else is kept as written.
    const canonical = !Number.isNaN(ms) && text.charCodeAt(10) === 84 && text.charCodeAt(4) === 45;
    if (canonical && text.length === 24 && text.charCodeAt(19) === 46 && text.charCodeAt(23) === 90) ch.timeFormat[at] = 1;
    else if (canonical && text.length === 20 && text.charCodeAt(19) === 90 && ms % 1000 === 0) ch.timeFormat[at] = 0;
    else {
      ch.timeFormat[at] = 2;
      this.oddTimes.set(r, text);
    }
    if (ms < this.lastTime) this.unsorted = true;
    if (ms > this.lastTime) this.lastTime = ms;
  }

  /** Finishes building: orders rows by time when the source was not, builds position indexes. */
  seal(): void {
    if (this.sealed) return;
    this.sealed = true;
    if (this.unsorted) {
      const order = new Uint32Array(this.count);
      for (let i = 0; i < this.count; i++) order[i] = i;
      order.sort((a, b) => this.physicalTime(a) - this.physicalTime(b) || a - b);
      this.order = order;
    }
    for (const d of this.dicts) d.freeze();
    for (const key of INDEXED_KEYS) {
      const c = this.columns.get(key);
      if (c !== undefined) this.postingLists.set(c, buildPostings(this.count, (this.dicts[c] as Dictionary).size, (pos) => this.codeAt(c, pos)));
    }
  }

  private physical(pos: number): number {
    return this.order ? (this.order[pos] as number) : pos;
  }
  private physicalTime(r: number): number {
    return (this.chunks[r >>> CHUNK_BITS] as Chunk).time[r & MASK] as number;
  }

  /** Creation time (epoch ms) at a logical position (time ascending). */
  timeAt(pos: number): number {
    return this.physicalTime(this.physical(pos));
  }

  /** The first position whose time is ≥ `ms` (or > `ms` when `strict`). */
  lowerBound(ms: number, strict = false): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const t = this.timeAt(mid);
      if (t < ms || (strict && t === ms)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the dictionary column for a property, or undefined. */
  columnOf(key: string): number | undefined {
    return this.columns.get(key);
  }

  /** Whether a property is kept as a GUID column. */
  isGuidColumn(key: string): boolean {
    return this.guidColumns.has(key);
  }

  /** The dictionary of a column (its distinct values). */
  dictionary(column: number): readonly unknown[] {
    return (this.dicts[column] as Dictionary).values;
  }

  /** Ascending positions of rows whose column has `code`, when the column is indexed. */
  postings(column: number, code: number): Uint32Array | undefined {
    return this.postingLists.get(column)?.[code];
  }

  /** The dictionary code of a column at a logical position. */
  codeAt(column: number, pos: number): number {
    const r = this.physical(pos);
    return ((this.chunks[r >>> CHUNK_BITS] as Chunk).codes[column] as Codes)[r & MASK] as number;
  }

  /** A GUID column's text at a logical position. */
  guidAt(key: string, pos: number): string | undefined {
    const g = this.guidColumns.get(key);
    if (g === undefined) return undefined;
    const r = this.physical(pos);
    return this.oddGuids.get(`${g}:${r}`) ?? readGuid((this.chunks[r >>> CHUNK_BITS] as Chunk).guids[g] as Uint8Array, (r & MASK) * 16);
  }

  /** `createdDateTime` text at a logical position, formatted as the source wrote it. */
  timeTextAt(pos: number): string {
    const r = this.physical(pos);
    const ch = this.chunks[r >>> CHUNK_BITS] as Chunk;
    const f = ch.timeFormat[r & MASK];
    if (f === 2) return this.oddTimes.get(r) ?? '';
    const iso = new Date(ch.time[r & MASK] as number).toISOString();
    return f === 1 ? iso : iso.slice(0, 19) + 'Z';
  }

  /** The value of any property at a logical position. */
  valueAt(key: string, pos: number): unknown {
    if (key === TIME) return this.timeTextAt(pos);
    if (this.guidColumns.has(key)) return this.guidAt(key, pos);
    const c = this.columns.get(key);
    return c === undefined ? undefined : this.dictionary(c)[this.codeAt(c, pos)];
  }

  /** Rebuilds the Graph object at a logical position (only the `select`ed properties when given). */
  objectAt(pos: number, select?: readonly string[]): GraphObject {
    const out: Record<string, unknown> = {};
    for (const key of select ?? this.keys) {
      const v = this.valueAt(key, pos);
      if (v !== undefined || select) out[key] = v ?? null;
    }
    return out as GraphObject;
  }

  /** The logical position of a sign-in id, or -1 (a scan of the 16-byte id column). */
  positionOfId(id: string): number {
    const g = this.guidColumns.get('id');
    if (g === undefined) return -1;
    for (const [k, odd] of this.oddGuids) if (odd === id && k.startsWith(`${g}:`)) return this.logical(Number(k.slice(k.indexOf(':') + 1)));
    const want = new Uint8Array(16);
    if (!writeGuid(id.toLowerCase(), want, 0)) return -1;
    for (let c = 0; c < this.chunks.length; c++) {
      const bytes = (this.chunks[c] as Chunk).guids[g] as Uint8Array;
      const rows = Math.min(CHUNK, this.count - c * CHUNK);
      for (let at = 0; at < rows; at++) {
        const o = at * 16;
        let k = 0;
        while (k < 16 && bytes[o + k] === want[k]) k++;
        if (k === 16 && !this.oddGuids.has(`${g}:${c * CHUNK + at}`)) return this.logical(c * CHUNK + at);
      }
    }
    return -1;
  }

  /**
   * The sealed store as bytes (see `snapshot.ts`): a JSON header (keys, dictionaries, odd values,
   * layout) and the typed arrays as they are in memory, so loading it is a read, not a rebuild.
   */
  toSnapshotParts(): { header: SnapshotHeader; blobs: ArrayBufferView[] } {
    if (!this.sealed) throw new Error('bug: snapshot of an unsealed SignInStore');
    const blobs: ArrayBufferView[] = [];
    if (this.order) blobs.push(this.order);
    const chunks = this.chunks.map((ch) => {
      blobs.push(ch.time, ch.timeFormat, ...ch.guids, ...ch.codes);
      return { codeBytes: ch.codes.map((c) => c.BYTES_PER_ELEMENT) };
    });
    const postings: [number, number][] = [];
    for (const [column, lists] of this.postingLists) {
      const lengths = Uint32Array.from(lists, (l) => l.length);
      const all = new Uint32Array(lengths.reduce((a, b) => a + b, 0));
      let o = 0;
      for (const l of lists) { all.set(l, o); o += l.length; }
      blobs.push(lengths, all);
      postings.push([column, lists.length]);
    }
    const header: SnapshotHeader = {
      count: this.count, keys: this.keys,
      columns: [...this.columns], guidColumns: [...this.guidColumns],
      dictionaries: this.dicts.map((d) => d.values.slice(1)),
      oddGuids: [...this.oddGuids], oddTimes: [...this.oddTimes],
      ordered: this.order !== null, chunks, postings,
    };
    return { header, blobs };
  }

  /** A sealed store over a snapshot's header and its typed arrays (views, not copies), in `toSnapshotParts` order. */
  static fromSnapshotParts(h: SnapshotHeader, take: (kind: 'f64' | 'u8' | 'u16' | 'u32', length: number) => ArrayBufferView): SignInStore {
    const s = new SignInStore();
    s.keys.push(...h.keys);
    for (const [k, c] of h.columns) s.columns.set(k, c);
    for (const [k, g] of h.guidColumns) s.guidColumns.set(k, g);
    for (const values of h.dictionaries) {
      const d = new Dictionary();
      for (const v of values) d.values.push(v);
      d.freeze();
      s.dicts.push(d);
    }
    for (const [k, v] of h.oddGuids) s.oddGuids.set(k, v);
    for (const [r, t] of h.oddTimes) s.oddTimes.set(r, t);
    s.count = h.count;
    if (h.ordered) s.order = take('u32', h.count) as Uint32Array;
    const kinds = { 1: 'u8', 2: 'u16', 4: 'u32' } as const;
    for (const ch of h.chunks) {
      s.chunks.push({
        time: take('f64', CHUNK) as Float64Array,
        timeFormat: take('u8', CHUNK) as Uint8Array,
        guids: h.guidColumns.map(() => take('u8', CHUNK * 16) as Uint8Array),
        codes: ch.codeBytes.map((b) => take(kinds[b as 1 | 2 | 4], CHUNK) as Codes),
      });
    }
    for (const [column, codes] of h.postings) {
      const lengths = take('u32', codes) as Uint32Array;
      const all = take('u32', lengths.reduce((a, b) => a + b, 0)) as Uint32Array;
      const lists: Uint32Array[] = [];
      let o = 0;
      for (const n of lengths) { lists.push(all.subarray(o, o + n)); o += n; }
      s.postingLists.set(column, lists);
    }
    s.sealed = true;
    s.seenTime = h.keys.includes(TIME);
    return s;
  }

  private logical(physicalRow: number): number {
    return this.order ? this.order.indexOf(physicalRow) : physicalRow;
  }
}
