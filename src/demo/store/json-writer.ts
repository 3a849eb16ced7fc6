import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';

const CHUNK = 1 << 20;

/**
 * Writes text pieces to a file through a stream, in ~1 MB chunks, honouring back-pressure; the
 * file appears under its name only when complete (written to a temporary name, then renamed).
 */
export async function writeStreaming(file: string, pieces: Iterable<string> | AsyncIterable<string>): Promise<number> {
  const tmp = `${file}.tmp-${process.pid}`;
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  let buffer: string[] = [];
  let size = 0;
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const text = buffer.join('');
    buffer = [];
    size = 0;
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  try {
    for await (const piece of pieces) {
      buffer.push(piece);
      size += piece.length;
      if (size >= CHUNK) await flush();
    }
    await flush();
    out.end();
    await once(out, 'finish');
  } catch (error) {
    out.destroy();
    throw error;
  }
  await rename(tmp, file);
  return bytes;
}

/** A JSON array, one element per line: `[\n{…},\n{…}\n]\n` (stable bytes, greppable). */
export async function* jsonArrayPieces(items: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const item of items) {
    yield (first ? '\n' : ',\n') + JSON.stringify(item);
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

/** NDJSON: one JSON object per line. */
export async function* ndjsonPieces(items: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const item of items) yield `${JSON.stringify(item)}\n`;
}

export function writeJsonArray(file: string, items: Iterable<unknown> | AsyncIterable<unknown>): Promise<number> {
  return writeStreaming(file, jsonArrayPieces(items));
}

export function writeNdjson(file: string, items: Iterable<unknown> | AsyncIterable<unknown>): Promise<number> {
  return writeStreaming(file, ndjsonPieces(items));
}
