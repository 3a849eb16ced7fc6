import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { GraphObject } from '../model';

/** Streams persisted sign-ins (NDJSON, oldest first) back as Graph `signIn` objects. */
export async function* readSignIns(file: string): AsyncGenerator<GraphObject> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.length > 0) yield JSON.parse(line) as GraphObject;
  }
}
