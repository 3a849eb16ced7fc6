import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { toJson } from './to-json';

const CHUNK = 256 << 10;

/** Layouts of a file of JSON values. */
export type JsonLayout = 'ndjson' | 'array';

/**
 * Opens `file` under a temporary name and hands a `put` function to `body`; the file appears
 * under its real name only when `body` has finished (renamed), never half-written.
 */
async function writeAtomically(file: string, body: (put: (text: string) => Promise<void>) => Promise<void>): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  const out: WriteStream = createWriteStream(tmp, { encoding: 'utf8' });
  const put = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  try {
    await body(put);
    out.end();
    await once(out, 'finish');
  } catch (error) {
    out.destroy();
    throw error;
  }
  await rename(tmp, file);
}

/**
 * Writes values as NDJSON (one per line) or as a JSON array with one element per line
 * (`[\n{…},\n{…}\n]\n`, `[]\n` when empty) — stable bytes, greppable. Iterates synchronously and
 * awaits only once per ~4 MB chunk. Returns how many values were written.
 */
export async function writeJsonValues(file: string, items: Iterable<unknown>, layout: JsonLayout): Promise<number> {
  let count = 0;
  await writeAtomically(file, async (put) => {
    const sep = layout === 'ndjson' ? '\n' : ',\n';
    let parts: string[] = [];
    let size = 0;
    if (layout === 'array') await put('[');
    for (const item of items) {
      const text = toJson(item);
      parts.push(text);
      size += text.length;
      count++;
      if (size >= CHUNK) {
        const lead = layout === 'array' ? (count === parts.length ? '\n' : ',\n') : '';
        await put(lead + parts.join(sep) + (layout === 'ndjson' ? '\n' : ''));
        parts = [];
        size = 0;
      }
    }
    if (parts.length > 0) {
      const lead = layout === 'array' ? (count === parts.length ? '\n' : ',\n') : '';
      await put(lead + parts.join(sep) + (layout === 'ndjson' ? '\n' : ''));
    }
    if (layout === 'array') await put(count === 0 ? ']\n' : '\n]\n');
  });
  return count;
}

/**
 * Turns an NDJSON file into a JSON array file of the same layout `writeJsonValues` writes,
 * copying the lines' bytes (no parsing): `[`, then lines joined by `,\n`, then `\n]\n`.
 */
export async function ndjsonToJsonArray(source: string, file: string): Promise<void> {
  await writeAtomically(file, async (put) => {
    let any = false;
    let pendingNewline = false;
    await put('[');
    for await (const chunk of createReadStream(source, { encoding: 'utf8', highWaterMark: CHUNK })) {
      let text = chunk as string;
      if (text.length === 0) continue;
      let head = '';
      if (pendingNewline) head = ',\n';
      else if (!any) head = '\n';
      pendingNewline = text.endsWith('\n');
      if (pendingNewline) text = text.slice(0, -1);
      if (text.length === 0 && pendingNewline && !any) continue;
      await put(head + text.replace(/\n/g, ',\n'));
      any = true;
    }
    await put(any ? '\n]\n' : ']\n');
  });
}
