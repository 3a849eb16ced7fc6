const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX = '0123456789abcdef';

/** Writes a lower-case GUID as 16 bytes at `at`; false when the text is not one. */
export function writeGuid(text: string, out: Uint8Array, at: number): boolean {
  if (!GUID.test(text)) return false;
  const hex = text.replace(/-/g, '');
  for (let i = 0; i < 16; i++) out[at + i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
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
