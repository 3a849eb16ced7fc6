/**
 * series_fill_linear(series [, missing_value_placeholder [, fill_edges [, constant_value]]])
 * (series-fill-linear-function.md): each missing element between two present ones is
 * interpolated linearly between them; missing elements at the start and end take the nearest
 * present value when fill_edges (default true) and stay missing otherwise; an array of missing
 * elements only is filled with constant_value (default 0, as a double: the page's example prints
 * 0.0; a null constant keeps the nulls). An array of int/long elements only gives integers: the
 * page says "rounded", its example truncates (73.5 → 73, 32.667 → 32), and the example is
 * followed (toward zero). The missing placeholder is null here (the compiler refuses another).
 *
 * The array travels as JSON text so that an element written 36.0 stays a double. An element that
 * is not a number or null is a case the page leaves open: no result (null).
 */

/** JSON text of a double that keeps it a double (111 → 111.0). */
function realText(v: number): string {
  const s = JSON.stringify(v);
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
}

export function seriesFillLinear(seriesJson: string, fillEdges: boolean, constantJson: string): string | null {
  const parsed: unknown = JSON.parse(seriesJson);
  if (!Array.isArray(parsed)) return null;
  if (parsed.some((v) => v !== null && typeof v !== 'number')) return null;
  const values = parsed as (number | null)[];
  // Only numbers and nulls: the top-level commas split the elements' own texts.
  const texts = values.length === 0 ? [] : seriesJson.trim().slice(1, -1).split(',').map((t) => t.trim());
  const present = values.flatMap((v, i) => (v === null ? [] : [i]));
  if (present.length === 0) {
    if (values.length === 0) return '[]';
    const c: unknown = JSON.parse(constantJson);
    if (c !== null && typeof c !== 'number') return null;
    return `[${values.map(() => (c === null ? 'null' : constantJson.trim())).join(',')}]`;
  }
  const integral = present.every((i) => /^-?\d+$/.test(texts[i]!));
  const out = values.map((v, i): string => {
    if (v !== null) return integral ? String(v) : realText(v);
    const before = present.filter((p) => p < i).pop();
    const after = present.find((p) => p > i);
    let x: number | null;
    if (before !== undefined && after !== undefined) {
      const a = values[before]!;
      const b = values[after]!;
      x = a + ((b - a) * (i - before)) / (after - before);
    } else {
      x = fillEdges ? values[(before ?? after)!]! : null;
    }
    if (x === null) return 'null';
    return integral ? String(Math.trunc(x)) : realText(x);
  });
  return `[${out.join(',')}]`;
}
