import type { GraphObject, SignInSource } from '../../model';
import { Dictionary } from './dictionary';
import { readGuid, writeGuid } from './guid-bytes';

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
const ID = 'id';
const TIME = 'createdDateTime';

type Codes = Uint16Array | Uint32Array;

interface Chunk {
  readonly time: Float64Array;
  /** 0: `…:ssZ`, 1: `…:ss.sssZ`, 2: text kept in `odd` (another format). */
  readonly timeFormat: Uint8Array;
  readonly guid: Uint8Array;
  readonly codes: Codes[];
}

/**
 * Sign-ins in a compact columnar form: creation time as epoch milliseconds, ids as 16 bytes, every
 * other top-level property dictionary-encoded (2 or 4 bytes a row). Rows are kept in time order;
 * Graph objects are rebuilt only for the rows a page returns.
 */
export class SignInStore {
  /** Property names in first-seen order (the key order of materialised objects). */
  readonly keys: string[] = [];
  private readonly columns = new Map<string, number>();
  private readonly dicts: Dictionary[] = [];
  private readonly chunks: Chunk[] = [];
  private readonly oddIds = new Map<number, string>();
  private readonly oddTimes = new Map<number, string>();
  private count = 0;
  /** Logical position (time ascending) → physical row, only when the source was not in order. */
  private order: Uint32Array | null = null;
  private lastTime = -Infinity;
  private unsorted = false;

  /** Builds a store from a streamed source (sync or async iterable). */
  static async build(source?: SignInSource): Promise<SignInStore> {
    const store = new SignInStore();
    if (source) {
      const it = source();
      if (Symbol.asyncIterator in it) for await (const row of it) store.add(row);
      else for (const row of it) store.add(row);
    }
    store.seal();
    return store;
  }

  /** Number of sign-ins. */
  get length(): number {
    return this.count;
  }

  /** Column names with dictionary sizes, for diagnostics. */
  stats(): { rows: number; columns: Record<string, number>; approxBytes: number } {
    const columns: Record<string, number> = {};
    for (const [k, c] of this.columns) columns[k] = this.dicts[c]?.size ?? 0;
    let approxBytes = 0;
    for (const ch of this.chunks) {
      approxBytes += ch.time.byteLength + ch.timeFormat.byteLength + ch.guid.byteLength;
      for (const c of ch.codes) approxBytes += c.byteLength;
    }
    return { rows: this.count, columns, approxBytes };
  }

  private column(key: string): number {
    let c = this.columns.get(key);
    if (c === undefined) {
      c = this.dicts.length;
      this.columns.set(key, c);
      this.dicts.push(new Dictionary());
      this.keys.push(key);
      for (const ch of this.chunks) ch.codes.push(new Uint16Array(CHUNK));
    }
    return c;
  }

  /** Appends one sign-in (before `seal`). */
  add(row: GraphObject): void {
    const r = this.count;
    const at = r & MASK;
    if (at === 0) this.chunks.push(this.newChunk());
    const ch = this.chunks[this.chunks.length - 1] as Chunk;
    for (const key of Object.keys(row)) {
      const value = row[key];
      if (key === ID) {
        if (!this.keys.includes(ID)) this.keys.unshift(ID);
        if (!writeGuid(String(value), ch.guid, at * 16)) this.oddIds.set(r, String(value));
        continue;
      }
      if (key === TIME) {
        if (!this.keys.includes(TIME)) this.keys.splice(this.keys[0] === ID ? 1 : 0, 0, TIME);
        this.writeTime(ch, at, r, String(value));
        continue;
      }
      const c = this.column(key);
      const code = (this.dicts[c] as Dictionary).intern(value);
      let codes = ch.codes[c] as Codes;
      if (code > 0xffff && codes instanceof Uint16Array) {
        codes = Uint32Array.from(codes);
        ch.codes[c] = codes;
      }
      codes[at] = code;
    }
    this.count++;
  }

  private newChunk(): Chunk {
    return {
      time: new Float64Array(CHUNK),
      timeFormat: new Uint8Array(CHUNK),
      guid: new Uint8Array(CHUNK * 16),
      codes: this.dicts.map((d) => (d.size > 0xffff ? new Uint32Array(CHUNK) : new Uint16Array(CHUNK))),
    };
  }

  private writeTime(ch: Chunk, at: number, r: number, text: string): void {
    const ms = Date.parse(text);
    ch.time[at] = ms;
    const iso = Number.isNaN(ms) ? '' : new Date(ms).toISOString();
    if (iso === text) ch.timeFormat[at] = 1;
    else if (iso.replace('.000Z', 'Z') === text) ch.timeFormat[at] = 0;
    else {
      ch.timeFormat[at] = 2;
      this.oddTimes.set(r, text);
    }
    if (ms < this.lastTime) this.unsorted = true;
    this.lastTime = Math.max(this.lastTime, ms);
  }

  /** Finishes building: orders rows by time when the source was not. */
  seal(): void {
    if (!this.unsorted) return;
    const order = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) order[i] = i;
    order.sort((a, b) => this.physicalTime(a) - this.physicalTime(b) || a - b);
    this.order = order;
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

  /** Index of the column for a property, or undefined when no row has it. */
  columnOf(key: string): number | undefined {
    return this.columns.get(key);
  }

  /** The dictionary of a column (its distinct values). */
  dictionary(column: number): readonly unknown[] {
    return (this.dicts[column] as Dictionary).values;
  }

  /** The dictionary code of a column at a logical position. */
  codeAt(column: number, pos: number): number {
    const r = this.physical(pos);
    return ((this.chunks[r >>> CHUNK_BITS] as Chunk).codes[column] as Codes)[r & MASK] as number;
  }

  /** The `id` at a logical position. */
  idAt(pos: number): string {
    const r = this.physical(pos);
    return this.oddIds.get(r) ?? readGuid((this.chunks[r >>> CHUNK_BITS] as Chunk).guid, (r & MASK) * 16);
  }

  /** `createdDateTime` text at a logical position, formatted as the source wrote it. */
  timeTextAt(pos: number): string {
    const r = this.physical(pos);
    const ch = this.chunks[r >>> CHUNK_BITS] as Chunk;
    const f = ch.timeFormat[r & MASK];
    if (f === 2) return this.oddTimes.get(r) ?? '';
    const iso = new Date(ch.time[r & MASK] as number).toISOString();
    return f === 1 ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
  }

  /** Rebuilds the Graph object at a logical position (only the `select`ed properties when given). */
  objectAt(pos: number, select?: readonly string[]): GraphObject {
    const out: Record<string, unknown> = {};
    for (const key of select ?? this.keys) {
      if (key === ID) out[key] = this.idAt(pos);
      else if (key === TIME) out[key] = this.timeTextAt(pos);
      else {
        const c = this.columns.get(key);
        const v = c === undefined ? undefined : this.dictionary(c)[this.codeAt(c, pos)];
        if (v !== undefined || select) out[key] = v ?? null;
      }
    }
    return out as GraphObject;
  }

  /** The logical position of a sign-in id, or -1. */
  positionOfId(id: string): number {
    for (let p = 0; p < this.count; p++) if (this.idAt(p) === id) return p;
    return -1;
  }
}
