/**
 * The audit trail: one JSON line per question answered — who asked, when, what kind of question,
 * which queries ran, how many rows, how long, and the outcome — and never the answer's rows or
 * any other personal data from the tenant.
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { AskOutcome, AskRequest, Pipeline } from '../pipeline/ask';
import type { ShownQuery } from '../planning/query-plan';

export interface AuditRecord {
  /** ISO time the question arrived. */
  readonly time: string;
  readonly askerObjectId: string | null;
  readonly tenantId: string;
  readonly channel: string;
  readonly intent: string | null;
  readonly queries: readonly ShownQuery[];
  readonly rowCount: number;
  readonly durationMs: number;
  readonly outcome: string;
  readonly errorCode: string | null;
  /** The policy decision: data category, allowed/denied, and by what (role, self, owner…). */
  readonly authorization: { readonly category: string; readonly decision: string; readonly by: string } | null;
}

/**
 * A verb that runs no question: `help` (the help command or button), `showMore` (a page of an
 * answer already given), `csvDownload` (the full results of one). Its line has the verb as its
 * `outcome` (a question's outcome is an answer kind), no queries and no data.
 */
export type AuditVerb = 'help' | 'showMore' | 'csvDownload';

/** The line of a verb that runs no question: who, where, what; no queries, no rows. */
export function verbRecord(verb: AuditVerb, asker: AskRequest['asker'] | undefined, channel: string, tenantId: string, at: Date, detail: { rowCount?: number } = {}): AuditRecord {
  return {
    time: at.toISOString(), askerObjectId: asker ? askerOf({ asker }) : null, tenantId, channel,
    intent: verb === 'help' ? 'help' : null, queries: [], rowCount: detail.rowCount ?? 0, durationMs: 0,
    outcome: verb, errorCode: null, authorization: null,
  };
}

/** Where audit records go. `record` never throws and never waits for the write. */
export interface AuditSink {
  record(entry: AuditRecord): void;
  /** Waits for every record so far to be written. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Who the record is about: the Entra object id, `anonymous` (local mode, nobody said), or null. */
export function askerOf(request: Pick<AskRequest, 'asker'>): string | null {
  if (request.asker.anonymous) return 'anonymous';
  return request.asker.objectId ?? null;
}

/** The audit record of an answered question: only counts, names of things and query text. */
export function auditRecordOf(request: AskRequest, outcome: AskOutcome, tenantId: string, at: Date): AuditRecord {
  return {
    time: at.toISOString(),
    askerObjectId: askerOf(request),
    tenantId,
    channel: request.channel ?? 'unknown',
    intent: outcome.intent.name,
    queries: outcome.auditQueries ?? [...outcome.queries, ...(outcome.hiddenQueries ?? [])],
    rowCount: outcome.answer.totalRows ?? outcome.answer.rows.length,
    durationMs: outcome.elapsedMs,
    outcome: outcome.answer.kind,
    errorCode: outcome.errorCode ?? null,
    authorization: outcome.authorization ?? null,
  };
}

/** Wraps a pipeline so every question (CLI and bot alike) leaves an audit record. */
export function withAudit(pipeline: Pipeline, sink: AuditSink, tenantId: string, clock: () => Date = () => new Date()): Pipeline {
  return {
    async ask(request) {
      const at = clock();
      const started = performance.now();
      let outcome: AskOutcome;
      try {
        outcome = await pipeline.ask(request);
      } catch (err) {
        // A bug, not a source failure: still audited, then left to the caller's error handling.
        sink.record({
          time: at.toISOString(), askerObjectId: askerOf(request), tenantId, channel: request.channel ?? 'unknown',
          intent: null, queries: [], rowCount: 0, durationMs: Math.round((performance.now() - started) * 10) / 10,
          outcome: 'exception', errorCode: 'InternalError', authorization: null,
        });
        throw err;
      }
      sink.record(auditRecordOf(request, outcome, tenantId, at));
      return outcome;
    },
  };
}

/** `audit-2026-11-20.jsonl` in `dir`, by the record's UTC day. */
export function dailyFile(dir: string): (entry: AuditRecord) => string {
  return (entry) => path.join(dir, `audit-${entry.time.slice(0, 10)}.jsonl`);
}

/**
 * Appends records as JSON lines. Writes are queued and done one at a time (each line is one
 * `write` of a whole line, so concurrent questions never interleave); a failed write is logged
 * and the queue goes on; `close()` writes what is queued and closes the file.
 */
export function fileAuditSink(fileFor: (entry: AuditRecord) => string, log: (line: string) => void): AuditSink {
  let tail: Promise<void> = Promise.resolve();
  let handle: { file: string; fh: FileHandle } | undefined;
  let failures = 0;
  const closeHandle = async () => {
    const h = handle;
    handle = undefined;
    if (h) await h.fh.close().catch(() => undefined);
  };
  const write = async (entry: AuditRecord) => {
    const file = fileFor(entry);
    try {
      if (handle?.file !== file) {
        await closeHandle();
        await mkdir(path.dirname(file), { recursive: true });
        handle = { file, fh: await open(file, 'a', 0o600) };
      }
      await handle.fh.write(`${JSON.stringify(entry)}\n`);
    } catch (err) {
      failures += 1;
      await closeHandle();
      // Said once in a while, not per line, and never thrown at the person asking.
      if (failures === 1 || failures % 100 === 0) log(`audit: could not write ${file}: ${(err as Error).message} (${failures} record(s) lost so far)`);
    }
  };
  return {
    record(entry) {
      tail = tail.then(() => write(entry));
    },
    flush: () => tail,
    async close() {
      await tail;
      await closeHandle();
    },
  };
}

/** Several sinks as one (file and Application Insights). */
export function teeSinks(sinks: readonly AuditSink[]): AuditSink {
  return {
    record: (e) => { for (const s of sinks) s.record(e); },
    flush: async () => { await Promise.all(sinks.map((s) => s.flush())); },
    close: async () => { await Promise.all(sinks.map((s) => s.close())); },
  };
}

export const NO_AUDIT: AuditSink = { record: () => undefined, flush: async () => undefined, close: async () => undefined };
