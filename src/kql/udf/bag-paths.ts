/**
 * Property-bag functions with JSONPath keys (bag_has_key, bag_set_key, bag_remove_keys): "$.a.b",
 * "$['a'].b" or a plain top-level name. Array indexing is not supported by Kusto (the pages say
 * so) and gives null here.
 */
type Bag = Record<string, unknown>;

const isBag = (v: unknown): v is Bag => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The member names of a key; null when it is not a supported JSONPath. */
export function pathNames(key: string): string[] | null {
  if (!key.startsWith('$')) return key === '' ? null : [key];
  const names: string[] = [];
  let i = 1;
  while (i < key.length) {
    if (key[i] === '.') {
      const m = /^[^.[\]]+/.exec(key.slice(i + 1));
      if (!m) return null;
      names.push(m[0]);
      i += 1 + m[0].length;
    } else if (key[i] === '[') {
      const m = /^\[\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\]/.exec(key.slice(i));
      if (!m) return null;
      names.push((m[1] ?? m[2])!.replace(/\\(.)/g, '$1'));
      i += m[0].length;
    } else return null;
  }
  return names.length > 0 ? names : null;
}

/** bag_has_key(bag, key): whether the bag holds the (nested) key. */
export function bagHasKey(bagJson: string, key: string): boolean | null {
  const names = pathNames(key);
  if (names === null) return null;
  let cur: unknown = JSON.parse(bagJson);
  for (const n of names) {
    if (!isBag(cur) || !Object.prototype.hasOwnProperty.call(cur, n)) return false;
    cur = cur[n];
  }
  return true;
}

/** bag_set_key(bag, key, value): a copy with the (nested) key set, missing levels created; null when bag is not a bag. */
export function bagSetKey(bagJson: string, key: string, valueJson: string): string | null {
  const names = pathNames(key);
  const bag: unknown = JSON.parse(bagJson);
  if (names === null || !isBag(bag)) return null;
  const value: unknown = JSON.parse(valueJson);
  let cur: Bag = bag;
  names.forEach((n, i) => {
    if (i === names.length - 1) cur[n] = value;
    else {
      if (!isBag(cur[n])) cur[n] = {};
      cur = cur[n] as Bag;
    }
  });
  return JSON.stringify(bag);
}

/** bag_remove_keys(bag, keys): a copy without the given (nested) keys; null when bag is not a bag. */
export function bagRemoveKeys(bagJson: string, keysJson: string): string | null {
  const bag: unknown = JSON.parse(bagJson);
  const keys: unknown = JSON.parse(keysJson);
  if (!isBag(bag)) return null;
  if (!Array.isArray(keys)) return JSON.stringify(bag);
  for (const k of keys) {
    if (typeof k !== 'string') continue;
    const names = pathNames(k);
    if (names === null) continue;
    let cur: unknown = bag;
    for (const n of names.slice(0, -1)) cur = isBag(cur) ? cur[n] : undefined;
    if (isBag(cur)) delete cur[names[names.length - 1]!];
  }
  return JSON.stringify(bag);
}
