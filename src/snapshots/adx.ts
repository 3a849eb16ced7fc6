/**
 * The Azure Data Explorer store of `entra-ask export --to adx:<cluster-url>/<database>`.
 *
 * Each table is first staged as a Parquet file in the data folder
 * (`<dataDir>/adx-staging/<cluster+database>/<Table>/<date>.parquet`, written once), then sent
 * with `azure-kusto-ingest`'s streaming ingestion in chunks of at most 4 MB of JSON lines, the
 * tables created first with `.create-merge table` (the seed's schemas). A marker file beside the
 * staged file records the chunks ADX accepted, so a run that failed resumes at the next chunk of
 * the same staged rows: no row is sent twice (except the one chunk in flight if the process dies
 * between ADX's answer and the marker's write — streaming ingestion has no de-duplication).
 *
 * Credentials: `ADX_ACCESS_TOKEN` (a bearer token; also what the offline stand-in checks), else
 * `DefaultAzureCredential` (az login, managed identity, `AZURE_CLIENT_ID`/`AZURE_CLIENT_SECRET`).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DefaultAzureCredential } from '@azure/identity';
import { createEmbeddedEngine } from '../kql/engine/embedded-engine';
import { sqlPathLiteral } from '../kql/engine/external-tables';
import { quoteIdent } from '../kql/compile/context';
import { schemaColumns } from '../kql/language/schema-columns';
import { writeParquetOnce } from './parquet';
import type { SnapshotSink } from './export';
import { snapshotSchema } from './tables';
import type { ExportTable } from './tables';

/** ADX's streaming ingestion limit per request (uncompressed). */
export const ADX_CHUNK_BYTES = 4 * 1024 * 1024;

export interface AdxTarget {
  readonly clusterUrl: string;
  readonly database: string;
}

/** `https://<cluster>.<region>.kusto.windows.net/<database>` → cluster URL and database; undefined if not that shape. */
export function parseAdxTarget(text: string): AdxTarget | undefined {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost'))) return undefined;
  const parts = u.pathname.split('/').filter(Boolean);
  if (parts.length !== 1 || !/^[A-Za-z0-9_.-]{1,260}$/.test(decodeURIComponent(parts[0] as string))) return undefined;
  return { clusterUrl: u.origin, database: decodeURIComponent(parts[0] as string) };
}

export interface AdxSinkOptions extends AdxTarget {
  readonly dataDir: string;
  readonly env: NodeJS.ProcessEnv;
}

interface Marker {
  readonly chunks: number;
  readonly sent: number;
  readonly complete: boolean;
}

/** The staged rows as JSON lines, cut into chunks of at most `ADX_CHUNK_BYTES` (whole lines). */
async function jsonChunks(file: string, schemaText: string): Promise<Buffer[]> {
  const temp = `${file}.${process.pid}.jsonl.tmp`;
  const engine = await createEmbeddedEngine({ dbPath: ':memory:', schema: { database: 'staging', tables: {} }, skipWarmUp: true });
  try {
    // Datetimes as ISO 8601 UTC (what ADX reads without a mapping), the rest as stored.
    const times = schemaColumns(schemaText).filter((c) => c.type === 'datetime').map((c) => `strftime(${quoteIdent(c.name)}, '%Y-%m-%dT%H:%M:%S.%fZ') AS ${quoteIdent(c.name)}`);
    const select = times.length > 0 ? `* REPLACE (${times.join(', ')})` : '*';
    await engine.runSql(`COPY (SELECT ${select} FROM read_parquet(${sqlPathLiteral(file)})) TO ${sqlPathLiteral(temp)} (FORMAT json)`);
    const text = await readFile(temp);
    const chunks: Buffer[] = [];
    let start = 0;
    while (start < text.length) {
      let end = Math.min(text.length, start + ADX_CHUNK_BYTES);
      if (end < text.length) {
        const nl = text.lastIndexOf(0x0a, end - 1);
        if (nl < start) throw new Error(`a row of ${file} is larger than ${ADX_CHUNK_BYTES} bytes`);
        end = nl + 1;
      }
      chunks.push(text.subarray(start, end));
      start = end;
    }
    return chunks;
  } finally {
    await engine.close();
    await rm(temp, { force: true });
  }
}

function stagingDir(o: AdxSinkOptions): string {
  const key = `${new URL(o.clusterUrl).host}+${o.database}`.replace(/[^A-Za-z0-9_.+-]/g, '_');
  return path.join(o.dataDir, 'adx-staging', key);
}

export async function adxSnapshotSink(o: AdxSinkOptions): Promise<SnapshotSink & { close(): Promise<void> }> {
  const [data, ingest] = await Promise.all([import('azure-kusto-data'), import('azure-kusto-ingest')]);
  const token = o.env['ADX_ACCESS_TOKEN']?.trim();
  const kcsb = () => (token
    ? data.KustoConnectionStringBuilder.withAccessToken(o.clusterUrl, token)
    : data.KustoConnectionStringBuilder.withTokenCredential(o.clusterUrl, new DefaultAzureCredential()));
  const client = new data.Client(kcsb());
  const streaming = new ingest.StreamingIngestClient(kcsb());
  const dir = stagingDir(o);
  const created = new Set<string>();
  const staged = (table: string, date: string) => path.join(dir, table, `${date}.parquet`);
  const markerFile = (table: string, date: string) => path.join(dir, table, `${date}.ingested.json`);
  const readMarker = async (table: string, date: string): Promise<Marker> => {
    try {
      return JSON.parse(await readFile(markerFile(table, date), 'utf8')) as Marker;
    } catch {
      return { chunks: 0, sent: 0, complete: false };
    }
  };
  const saveMarker = async (table: string, date: string, m: Marker) => {
    const f = markerFile(table, date);
    await writeFile(`${f}.tmp`, JSON.stringify(m));
    await rename(`${f}.tmp`, f);
  };
  return {
    description: `Azure Data Explorer ${o.clusterUrl}/${o.database}`,
    has: async (table, date) => (await readMarker(table, date)).complete,
    async write(table: ExportTable, date, rows) {
      const file = staged(table, date);
      await mkdir(path.dirname(file), { recursive: true });
      // Staged once: a resumed run sends the rows of the first run, never a second reading.
      if (!existsSync(file)) await writeParquetOnce(file, snapshotSchema(table), rows);
      if (!created.has(table)) {
        await client.executeMgmt(o.database, `.create-merge table ${table} ${snapshotSchema(table)}`);
        created.add(table);
      }
      const chunks = await jsonChunks(file, snapshotSchema(table));
      let marker = await readMarker(table, date);
      for (let i = marker.chunks; i < chunks.length; i++) {
        const chunk = chunks[i] as Buffer;
        await streaming.ingestFromStream(Readable.from([chunk]), { database: o.database, table, format: ingest.DataFormat.MULTIJSON });
        marker = { chunks: i + 1, sent: marker.sent + chunk.toString('utf8').split('\n').filter(Boolean).length, complete: false };
        await saveMarker(table, date, marker);
      }
      marker = { ...marker, complete: true };
      await saveMarker(table, date, marker);
      return marker.sent;
    },
    async close() {
      client.close();
      streaming.close();
    },
  };
}
