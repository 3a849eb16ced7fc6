/**
 * The sign-in store kept on disk next to the sign-ins it was built from, so a restarted server
 * reads it back in a second instead of parsing and interning every sign-in again (minutes for a
 * large tenant). The file says which source it was built from (`key`); any other key, version or
 * a damaged file means "build again".
 *
 * Layout: 8-byte magic, u32 header length, the header JSON, then each typed array of
 * `SignInStore.toSnapshotParts` in order, every part starting on an 8-byte boundary.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import type { SignInSource } from '../../model';
import { SignInStore, type SnapshotHeader } from './signin-store';

const MAGIC = 'EASIGN02';

/** Where a snapshot lives and what it must have been built from. */
export interface SignInSnapshot {
  readonly file: string;
  /** Identifies the source (e.g. the sign-ins file's size and time, the tenant's fingerprint). */
  readonly key: string;
}

const pad8 = (n: number) => (8 - (n % 8)) % 8;

/** Writes the store (sealed) to `snapshot.file` atomically: a temporary file renamed into place. */
export async function writeSignInSnapshot(store: SignInStore, snapshot: SignInSnapshot): Promise<void> {
  const { header, blobs } = store.toSnapshotParts();
  const json = Buffer.from(JSON.stringify({ key: snapshot.key, ...header }), 'utf8');
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  const parts: Uint8Array[] = [head, json, Buffer.alloc(pad8(12 + json.length))];
  for (const b of blobs) {
    parts.push(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    if (pad8(b.byteLength)) parts.push(Buffer.alloc(pad8(b.byteLength)));
  }
  const tmp = `${snapshot.file}.tmp-${process.pid}`;
  const fh = await open(tmp, 'w');
  try {
    // writev takes at most IOV_MAX buffers at a time.
    for (let i = 0; i < parts.length; i += 512) await fh.writev(parts.slice(i, i + 512));
  } finally {
    await fh.close();
  }
  await rename(tmp, snapshot.file).catch(async (err: unknown) => {
    await rm(tmp, { force: true });
    throw err;
  });
}

/** The store of a snapshot built from `snapshot.key`, or undefined (missing, stale or damaged). */
export async function readSignInSnapshot(snapshot: SignInSnapshot): Promise<SignInStore | undefined> {
  let buf: Buffer;
  try {
    buf = await readFile(snapshot.file);
  } catch {
    return undefined;
  }
  try {
    if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) return undefined;
    const jsonLength = buf.readUInt32LE(8);
    const header = JSON.parse(buf.toString('utf8', 12, 12 + jsonLength)) as SnapshotHeader & { key: string };
    if (header.key !== snapshot.key) return undefined;
    // Typed-array views need aligned offsets: a pooled or offset Buffer is copied once.
    const bytes = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    let offset = 12 + jsonLength + pad8(12 + jsonLength);
    const take = (kind: 'f64' | 'u8' | 'u16' | 'u32', length: number): ArrayBufferView => {
      const size = { f64: 8, u8: 1, u16: 2, u32: 4 }[kind];
      const byteLength = length * size;
      if (offset + byteLength > bytes.length) throw new Error('snapshot truncated');
      const at = bytes.byteOffset + offset;
      offset += byteLength + pad8(byteLength);
      switch (kind) {
        case 'f64': return new Float64Array(bytes.buffer, at, length);
        case 'u8': return new Uint8Array(bytes.buffer, at, length);
        case 'u16': return new Uint16Array(bytes.buffer, at, length);
        case 'u32': return new Uint32Array(bytes.buffer, at, length);
      }
    };
    const store = SignInStore.fromSnapshotParts(header, take);
    if (offset !== bytes.length) return undefined;
    return store;
  } catch {
    return undefined;
  }
}

/**
 * The sign-in store for a server: read from the snapshot when it matches, else built from the
 * source and (best effort) written as the snapshot for next time.
 */
export async function loadOrBuildSignInStore(source: SignInSource | undefined, snapshot: SignInSnapshot | undefined, log?: (line: string) => void): Promise<SignInStore> {
  if (snapshot) {
    const stored = await readSignInSnapshot(snapshot);
    if (stored) return stored;
  }
  const store = await SignInStore.build(source);
  if (snapshot && source) {
    await writeSignInSnapshot(store, snapshot).catch((err: unknown) => log?.(`sign-in store snapshot not written (${(err as Error).message}); it is rebuilt on next start`));
  }
  return store;
}
