/**
 * Byte-level string functions: base64 arrays and GUIDs, zlib (other-functions and
 * string-functions pages of the KQL reference).
 */
import { crc32, deflateRawSync, deflateSync, gunzipSync, inflateSync } from 'node:zlib';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict base64 (as .NET's Convert.FromBase64String: whole quads, padding only at the end); null when invalid. */
export function base64Bytes(text: string): Buffer | null {
  const t = text.replace(/\s+/g, '');
  return BASE64.test(t) ? Buffer.from(t, 'base64') : null;
}

/** base64_decode_toarray: the bytes as an array of longs; null when the text is not base64. */
export function base64ToArray(text: string): string | null {
  const b = base64Bytes(text);
  return b === null ? null : JSON.stringify([...b]);
}

/**
 * base64_encode_fromarray(bytes): base64 of an array of byte values; '' when the value is not an
 * array of integers 0..255 (the page: an invalid array "will return null", a string's null is '').
 */
export function base64FromArray(json: string): string {
  const v: unknown = JSON.parse(json);
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > 255)) return '';
  return Buffer.from(v as number[]).toString('base64');
}

/** The 16 bytes of a GUID in .NET's order (Guid.ToByteArray: the first three groups little-endian). */
function guidBytes(guid: string): Buffer | null {
  const m = /^\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?$/i.exec(guid.trim());
  if (!m) return null;
  const le = (hex: string) => Buffer.from(hex, 'hex').reverse();
  return Buffer.concat([le(m[1]!), le(m[2]!), le(m[3]!), Buffer.from(m[4]! + m[5]!, 'hex')]);
}

/** base64_encode_fromguid (base64-encode-fromguid-function.md): base64 of Guid.ToByteArray(). */
export function base64FromGuid(guid: string): string | null {
  const b = guidBytes(guid);
  return b === null ? null : b.toString('base64');
}

/** base64_decode_toguid: the GUID whose Guid.ToByteArray() the 16 decoded bytes are; null otherwise. */
export function base64ToGuid(text: string): string | null {
  const b = base64Bytes(text);
  if (b === null || b.length !== 16) return null;
  const hex = (from: number, to: number, reverse: boolean) => {
    const part = Buffer.from(b.subarray(from, to));
    return (reverse ? part.reverse() : part).toString('hex');
  };
  return `${hex(0, 4, true)}-${hex(4, 6, true)}-${hex(6, 8, true)}-${hex(8, 10, false)}-${hex(10, 16, false)}`;
}

/**
 * zlib_compress_to_base64_string (zlib-base64-compress-function.md): the page's output for
 * "1234567890qwertyuiop" is a zlib stream of one stored block (header 78 01), which is what zlib
 * writes at level 0; other levels give other bytes.
 */
export function zlibCompressToBase64(text: string): string {
  return deflateSync(Buffer.from(text, 'utf8'), { level: 0 }).toString('base64');
}

/** zlib_decompress_from_base64_string: the UTF-8 text; '' when decoding or decompressing fails. */
export function zlibDecompressFromBase64(text: string): string {
  const b = base64Bytes(text);
  if (b === null) return '';
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflateSync(b));
  } catch {
    return '';
  }
}

/**
 * gzip_compress_to_base64_string (gzip-base64-compress.md): the page's output for
 * "1234567890qwertyuiop" is a gzip member with modification time 0, no flags, OS byte 0xff
 * ("unknown") and one stored deflate block — built here from those parts (Node's gzip writes the
 * OS byte of the machine).
 */
export function gzipCompressToBase64(text: string): string {
  const data = Buffer.from(text, 'utf8');
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length % 2 ** 32, 4);
  return Buffer.concat([header, deflateRawSync(data, { level: 0 }), trailer]).toString('base64');
}

/** gzip_decompress_from_base64_string: the UTF-8 text; '' when decoding or decompressing fails. */
export function gzipDecompressFromBase64(text: string): string {
  const b = base64Bytes(text);
  if (b === null) return '';
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(b));
  } catch {
    return '';
  }
}
