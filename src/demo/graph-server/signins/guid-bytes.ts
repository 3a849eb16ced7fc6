const HEX = '0123456789abcdef';
const DASHES = new Set([8, 13, 18, 23]);

/** The value of a lower-case hex digit's char code, or -1. */
function nibble(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Writes a lower-case GUID as 16 bytes at `at`; false (bytes untouched) when the text is not one. */
export function writeGuid(text: string, out: Uint8Array, at: number): boolean {
  if (text.length !== 36) return false;
  for (const d of DASHES) if (text.charCodeAt(d) !== 45) return false;
  let b = 0;
  let hi = -1;
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) continue;
    const n = nibble(text.charCodeAt(i));
    if (n < 0) return false;
    if (hi < 0) hi = n;
    else {
      out[at + b++] = (hi << 4) | n;
      hi = -1;
    }
  }
  return true;
}

/** Reads 16 bytes at `at` back into GUID text. */
export function readGuid(bytes: Uint8Array, at: number): string {
  let s = '';
  for (let i = 0; i < 16; i++) {
    const b = bytes[at + i] ?? 0;
    s += (HEX[b >> 4] ?? '0') + (HEX[b & 15] ?? '0');
    if (i === 3 || i === 5 || i === 7 || i === 9) s += '-';
  }
  return s;
}
