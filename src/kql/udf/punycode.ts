/**
 * Punycode (RFC 3492) and its use in domain names (punycode_*_function.md pages). Labels are
 * encoded as they are — letters keep their case and no IDNA mapping is applied — because the
 * pages' outputs do so ("xn--Ge-mia.Bulg.edu" ↔ "Gáe.Bulg.edu"; spaces stay: "xn--L Li-gpa4517b").
 */
const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

const isAscii = (s: string): boolean => [...s].every((c) => c.charCodeAt(0) < 0x80);

const digit = (d: number): string => String.fromCharCode(d < 26 ? d + 97 : d + 22);

function digitValue(ch: number): number {
  if (ch >= 48 && ch <= 57) return ch - 22;
  if (ch >= 65 && ch <= 90) return ch - 65;
  if (ch >= 97 && ch <= 122) return ch - 97;
  return BASE;
}

/** Encodes text (code points) to Punycode, without "xn--"; null on overflow. */
export function punycodeEncode(input: string): string | null {
  const points = Array.from(input, (c) => c.codePointAt(0)!);
  let out = points.filter((p) => p < 0x80).map((p) => String.fromCodePoint(p)).join('');
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    const m = Math.min(...points.filter((p) => p >= n));
    delta += (m - n) * (handled + 1);
    if (delta > 0x7fffffff) return null;
    n = m;
    for (const p of points) {
      if (p < n) delta++;
      if (p === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
          if (q < t) break;
          out += digit(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += digit(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

/** Decodes Punycode (without "xn--"); null when the text is not valid Punycode. */
export function punycodeDecode(input: string): string | null {
  if (!isAscii(input)) return null;
  const cut = input.lastIndexOf('-');
  const output = cut > 0 ? Array.from(input.slice(0, cut), (c) => c.codePointAt(0)!) : [];
  let i = 0;
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  for (let pos = cut > 0 ? cut + 1 : 0; pos < input.length; ) {
    const old = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const d = digitValue(input.charCodeAt(pos++));
      if (d >= BASE) return null;
      i += d * w;
      if (i > 0x7fffffff) return null;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
    }
    bias = adapt(i - old, output.length + 1, old === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** Label separators of IDNA: full stop, ideographic full stop, fullwidth and halfwidth ones. */
const DOTS = /[.\u3002\uff0e\uff61]/;

/** punycode_domain_to_string: each label with characters beyond ASCII becomes "xn--" + Punycode. */
export function domainToPunycode(domain: string): string {
  const labels = domain.split(DOTS).map((l) => {
    if (isAscii(l)) return l;
    const e = punycodeEncode(l);
    return e === null ? null : `xn--${e}`;
  });
  return labels.some((l) => l === null) ? '' : labels.join('.');
}

/** punycode_domain_from_string: each "xn--" label decoded; '' when one does not decode. */
export function domainFromPunycode(encoded: string): string {
  const labels = encoded.split('.').map((l) => (/^xn--/i.test(l) ? punycodeDecode(l.slice(4)) : l));
  return labels.some((l) => l === null) ? '' : labels.join('.');
}

/** punycode_from_string: '' when encoding fails. */
export const punycodeFromString = (s: string): string => punycodeEncode(s) ?? '';
/** punycode_to_string: '' when decoding fails. */
export const punycodeToString = (s: string): string => punycodeDecode(s) ?? '';
