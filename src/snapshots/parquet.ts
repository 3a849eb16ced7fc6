/**
 * Writes rows as one Parquet file, atomically: an in-memory DuckDB table in the KQL schema's
 * order and types (the same writer the demo store uses), copied to a temporary file beginning
 * with `.` beside the target, then renamed into place. A reader sees the whole file or none.
 */
import { existsSync } from 'node:fs';
import { link, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createEmbeddedEngine } from '../kql/engine/embedded-engine';
import { sqlPathLiteral } from '../kql/engine/external-tables';
import { quoteIdent } from '../kql/compile/context';
import { writeTable } from '../kql/engine/table-writer';
import type { Row } from './tables';

let tempCounter = 0;

function tempBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.${tempCounter++}.tmp`);
}

/** Writes the file's contents to a temporary name and returns it (the caller renames or removes it). */
async function writeTemp(file: string, schemaText: string, rows: Iterable<Row>): Promise<{ temp: string; count: number }> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = tempBeside(file);
  const engine = await createEmbeddedEngine({ dbPath: ':memory:', schema: { database: 'staging', tables: { t: schemaText } }, skipWarmUp: true });
  try {
    const count = await writeTable(engine, 't', rows);
    await engine.runSql(`COPY ${quoteIdent('t')} TO ${sqlPathLiteral(temp)} (FORMAT parquet, COMPRESSION zstd)`);
    return { temp, count };
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  } finally {
    await engine.close();
  }
}

/**
 * Writes `rows` to `file` only if it does not exist yet: the temporary file is hard-linked to
 * the target (which fails if another writer got there first), so nothing is ever overwritten.
 * Returns the row count, or undefined when the file already existed.
 */
export async function writeParquetOnce(file: string, schemaText: string, rows: Iterable<Row>): Promise<number | undefined> {
  if (existsSync(file)) return undefined;
  const { temp, count } = await writeTemp(file, schemaText, rows);
  try {
    await link(temp, file);
    return count;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    // File systems without hard links: a rename (atomic, last writer wins).
    if ((e as NodeJS.ErrnoException).code === 'EPERM' || (e as NodeJS.ErrnoException).code === 'ENOTSUP') {
      await rename(temp, file);
      return count;
    }
    throw e;
  } finally {
    await rm(temp, { force: true });
  }
}

/** Writes `rows` to `file`, replacing it atomically if it exists (imports with `--replace`). */
export async function writeParquetReplacing(file: string, schemaText: string, rows: Iterable<Row>): Promise<number> {
  const { temp, count } = await writeTemp(file, schemaText, rows);
  try {
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return count;
}
