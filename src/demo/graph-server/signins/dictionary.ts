/**
 * Interned values of one sign-in column. Index 0 means "property absent"; every distinct value
 * (compared by JSON text) is stored once and shared by all rows that carry it.
 */
export class Dictionary {
  readonly values: unknown[] = [undefined];
  private readonly index = new Map<string, number>();
  private readonly byIdentity = new WeakMap<object, number>();

  get size(): number {
    return this.values.length;
  }

  /** The index of a value, adding it when new. */
  intern(value: unknown): number {
    if (value === undefined) return 0;
    if (value !== null && typeof value === 'object') {
      const hit = this.byIdentity.get(value);
      if (hit !== undefined) return hit;
      const i = this.internKey('o' + JSON.stringify(value), value);
      this.byIdentity.set(value, i);
      return i;
    }
    return this.internKey(typeof value + ':' + String(value), value);
  }

  private internKey(key: string, value: unknown): number {
    const hit = this.index.get(key);
    if (hit !== undefined) return hit;
    const i = this.values.length;
    this.values.push(value);
    this.index.set(key, i);
    return i;
  }
}
