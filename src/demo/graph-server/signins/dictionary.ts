/**
 * Interned values of one sign-in column. Index 0 means "property absent"; every distinct value
 * (compared by JSON text) is stored once and shared by all rows that carry it.
 */
export class Dictionary {
  readonly values: unknown[] = [undefined];
  private readonly index = new Map<string, number>();
  private lastObject: object | undefined;
  private lastObjectCode = 0;

  get size(): number {
    return this.values.length;
  }

  /** The index of a value, adding it when new. */
  intern(value: unknown): number {
    if (value === undefined) return 0;
    if (typeof value === 'string') return this.internKey(value, value);
    if (value !== null && typeof value === 'object') {
      // Generators often reuse one object for many rows; skip the JSON text then.
      if (value === this.lastObject) return this.lastObjectCode;
      const code = this.internKey('\u0000o' + JSON.stringify(value), value);
      this.lastObject = value;
      this.lastObjectCode = code;
      return code;
    }
    return this.internKey('\u0000' + typeof value + ':' + String(value), value);
  }

  private internKey(key: string, value: unknown): number {
    const hit = this.index.get(key);
    if (hit !== undefined) return hit;
    const i = this.values.length;
    this.values.push(value);
    this.index.set(key, i);
    return i;
  }

  /** Drops the lookup map once building is done (the values stay). */
  freeze(): void {
    this.index.clear();
    this.lastObject = undefined;
  }
}
