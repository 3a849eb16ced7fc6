/**
 * `JSON.stringify` for Graph objects that share frozen sub-objects (the sign-ins' status,
 * location, device and Conditional Access parts): the JSON of a frozen object is computed once
 * and reused. The output is byte-identical to `JSON.stringify(value)` for plain JSON data.
 */

const frozenJson = new WeakMap<object, string>();
const keyJson = new Map<string, string>();

function json(value: unknown): string {
  if (value !== null && typeof value === 'object' && Object.isFrozen(value)) {
    let text = frozenJson.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      frozenJson.set(value, text);
    }
    return text;
  }
  return JSON.stringify(value);
}

export function toJson(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.isFrozen(value)) return json(value);
  let out = '{';
  let first = true;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    let k = keyJson.get(key);
    if (k === undefined) {
      k = `${JSON.stringify(key)}:`;
      if (keyJson.size < 10_000) keyJson.set(key, k);
    }
    out += (first ? k : `,${k}`) + json(v);
    first = false;
  }
  return `${out}}`;
}
