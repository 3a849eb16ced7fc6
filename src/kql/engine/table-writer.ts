/**
 * Bulk-loads rows (objects keyed by column name) into a table with DuckDB's appender, in the
 * table's schema order and types. Strings are never null (KQL); dynamic values are stored as JSON.
 */
import { DuckDBTimestampValue } from '@duckdb/node-api';
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { EmbeddedKqlEngine } from './embedded-engine';
import { schemaColumns } from '../language/schema-columns';
import type { SchemaColumn } from '../language/schema-columns';
import { quoteIdent } from '../compile/context';

export type Row = Readonly<Record<string, unknown>>;

function micros(v: unknown): bigint | undefined {
  const ms = v instanceof Date ? v.getTime() : typeof v === 'string' || typeof v === 'number' ? Date.parse(String(v)) : NaN;
  if (Number.isNaN(ms)) return undefined;
  const frac = typeof v === 'string' ? /\.(\d{4,6})/.exec(v)?.[1] : undefined;
  const extra = frac ? Number(frac.padEnd(6, '0').slice(3, 6)) : 0;
  return BigInt(ms) * 1000n + BigInt(extra);
}

function appendCell(a: DuckDBAppender, col: SchemaColumn, v: unknown): void {
  if (v === null || v === undefined) {
    if (col.type === 'string' || col.type === 'guid') a.appendVarchar('');
    else a.appendNull();
    return;
  }
  switch (col.type) {
    case 'string':
    case 'guid':
      a.appendVarchar(typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v));
      return;
    case 'dynamic':
      a.appendVarchar(JSON.stringify(v));
      return;
    case 'long':
    case 'timespan': {
      const n = Number(v);
      if (Number.isFinite(n)) a.appendBigInt(BigInt(Math.trunc(n)));
      else a.appendNull();
      return;
    }
    case 'int': {
      const n = Number(v);
      if (Number.isFinite(n)) a.appendInteger(Math.trunc(n));
      else a.appendNull();
      return;
    }
    case 'real':
    case 'decimal': {
      const n = Number(v);
      if (Number.isFinite(n)) a.appendDouble(n);
      else a.appendNull();
      return;
    }
    case 'bool':
      a.appendBoolean(v === true || v === 'true' || v === 'True' || v === 1);
      return;
    case 'datetime': {
      const m = micros(v);
      if (m === undefined) a.appendNull();
      else a.appendTimestamp(new DuckDBTimestampValue(m));
      return;
    }
  }
}

/** Appends rows to one table (its contents replaced), then keeps it sorted by TimeGenerated. */
export class TableWriter {
  private count = 0;
  private last = -Infinity;
  private sorted = true;
  private constructor(
    private readonly connection: DuckDBConnection,
    private readonly appender: DuckDBAppender,
    private readonly table: string,
    private readonly cols: readonly SchemaColumn[],
    private readonly hasTime: boolean,
  ) {}

  static async open(engine: EmbeddedKqlEngine, table: string): Promise<TableWriter> {
    const schema = engine.schema.tables[table];
    if (!schema) throw new Error(`TableWriter: unknown table ${table}`);
    const cols = schemaColumns(schema);
    const c = await engine.connect();
    await c.run(`DELETE FROM ${quoteIdent(table)}`);
    const appender = await c.createAppender(table);
    return new TableWriter(c, appender, table, cols, cols.some((col) => col.name === 'TimeGenerated'));
  }

  append(row: Row): void {
    for (const col of this.cols) appendCell(this.appender, col, col.name === '_TimeReceived' ? row['TimeGenerated'] : row[col.name]);
    this.appender.endRow();
    if (this.hasTime) {
      const t = Date.parse(String(row['TimeGenerated']));
      if (t < this.last) this.sorted = false;
      this.last = t;
    }
    this.count += 1;
  }

  /** Flushes, re-sorts by TimeGenerated if rows came out of order, and returns the row count. */
  async finish(): Promise<number> {
    this.appender.flushSync();
    this.appender.closeSync();
    const c = this.connection;
    try {
      if (this.hasTime && !this.sorted) {
        const q = quoteIdent(this.table);
        await c.run(`CREATE OR REPLACE TEMP TABLE _sorting AS SELECT * FROM ${q} ORDER BY "TimeGenerated"`);
        await c.run(`DELETE FROM ${q}`);
        await c.run(`INSERT INTO ${q} SELECT * FROM _sorting`);
        await c.run('DROP TABLE _sorting');
      }
    } finally {
      c.closeSync();
    }
    return this.count;
  }
}

/** Replaces the contents of `table` with `rows`. */
export async function writeTable(engine: EmbeddedKqlEngine, table: string, rows: Iterable<Row> | AsyncIterable<Row>): Promise<number> {
  const w = await TableWriter.open(engine, table);
  for await (const row of rows) w.append(row);
  return w.finish();
}
