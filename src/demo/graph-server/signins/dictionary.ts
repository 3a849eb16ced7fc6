import { sameJson } from './deep-equal';

/** How many recent distinct objects a dictionary compares against before building a key. */
const RECENT = 6;

/**
 * Interned values of one sign-in column. Index 0 means "property absent"; every distinct value
 * is stored once and shared by all rows that carry it. Objects and arrays are keyed by the codes
 * of their parts in child dictionaries (one per property name), so interning a row's
 * `status` or `location` costs a few short map lookups instead of serialising it.
 */
export class Dictionary {
  readonly values: unknown[] = [undefined];
  private readonly index = new Map<string, number>();
  private readonly children = new Map<string, Dictionary>();
  /** The last primitive interned: runs of equal values (constant columns) skip the map. */
  private lastValue: unknown = undefined;
  private lastCode = 0;
  /** Recently interned objects/arrays with their codes, most recent first. */
  private readonly recent: { value: unknown; code: number }[] = [];

  get size(): number {
    return this.values.length;
  }

  private child(name: string): Dictionary {
    let d = this.children.get(name);
    if (!d) {
      d = new Dictionary();
      this.children.set(name, d);
    }
    return d;
  }

  /** The index of a value, adding it when new. */
  intern(value: unknown): number {
    if (value === undefined) return 0;
    if (value === this.lastValue) return this.lastCode;
    if (typeof value === 'string') {
      // Strings key as themselves; the rare one starting with NUL is marked so it can't collide with a tag.
      return this.remember(value, this.internKey(value.charCodeAt(0) === 0 ? `\u0000s${value}` : value, value));
    }
    if (value === null) return this.internKey('\u0000null', value);
    if (typeof value === 'object') {
      for (let i = 0; i < this.recent.length; i++) {
        const r = this.recent[i] as { value: unknown; code: number };
        if (sameJson(r.value, value)) {
          if (i > 0) {
            this.recent.splice(i, 1);
            this.recent.unshift(r);
          }
          return r.code;
        }
      }
      const code = this.internStructure(value);
      this.recent.unshift({ value, code });
      if (this.recent.length > RECENT) this.recent.pop();
      return code;
    }
    return this.remember(value, this.internKey(`\u0000${typeof value}:${String(value)}`, value));
  }

  private internStructure(value: object): number {
    if (Array.isArray(value)) {
      const items = this.child('\u0000[]');
      let key = '\u0000a';
      for (const item of value) key += `${items.intern(item)},`;
      return this.internKey(key, value);
    }
    let key = '\u0000o';
    for (const k in value) key += `${k}\u0001${this.child(k).intern((value as Record<string, unknown>)[k])}\u0002`;
    return this.internKey(key, value);
  }

  private remember(value: unknown, code: number): number {
    this.lastValue = value;
    this.lastCode = code;
    return code;
  }

  private internKey(key: string, value: unknown): number {
    const hit = this.index.get(key);
    if (hit !== undefined) return hit;
    const i = this.values.length;
    this.values.push(value);
    this.index.set(key, i);
    return i;
  }

  /** Drops the lookup maps once building is done (the values stay). */
  freeze(): void {
    this.index.clear();
    this.children.clear();
    this.lastValue = undefined;
    this.recent.length = 0;
  }
}
