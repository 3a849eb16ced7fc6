/**
 * The reference KQL corpus (shared/reference/kql-corpus) as texts, with the tables each reads
 * (INDEX.tsv), split into queries over tables the product serves and the rest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SCHEMA } from '../src/kql/language/analyze';

export interface CorpusQuery {
  readonly file: string;
  readonly text: string;
  readonly tables: readonly string[];
}

/** The corpus folder: `ENTRA_ASK_KQL_CORPUS`, else ../shared/reference/kql-corpus beside the project. */
export function corpusDir(): string {
  const fromEnv = process.env['ENTRA_ASK_KQL_CORPUS'];
  if (fromEnv) return fromEnv;
  for (const base of [path.join(__dirname, '..', '..', 'shared'), '/work/shared']) {
    const dir = path.join(base, 'reference', 'kql-corpus');
    if (existsSync(dir)) return dir;
  }
  throw new Error('KQL corpus not found (set ENTRA_ASK_KQL_CORPUS)');
}

/** Served corpus queries (every table they read is in the product's schema). */
export function servedCorpusQueries(dir: string = corpusDir()): CorpusQuery[] {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dir, 'INDEX.tsv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols.length >= 3) index.set(cols[0]!, cols[2]!.split(',').map((t) => t.trim()).filter((t) => t.length > 0));
  }
  const served = new Set(Object.keys(DEFAULT_SCHEMA.tables));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.kql'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8'), tables: index.get(file) ?? [] }))
    .filter((q) => q.tables.every((t) => served.has(t)));
}
