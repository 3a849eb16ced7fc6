/**
 * What one audit record holds (auditRecordOf, withAudit, the Application Insights event), field
 * by field, and that a denial after name lookups still records the lookups that ran.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { auditEventOf, auditRecordOf, NO_AUDIT, teeSinks, withAudit, type AuditRecord, type AuditSink } from '../../src/audit';
import { readSettings } from '../../src/config/settings';
import { PERSONAS } from '../../src/demo/personas';
import type { AskOutcome, AskRequest } from '../../src/pipeline/ask';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';

const AT = new Date('2026-11-20T12:34:56.789Z');
const GRAPH = { source: 'graph', method: 'GET', url: 'https://graph.microsoft.com/v1.0/users?$top=1' } as const;
const LOOKUP = { source: 'graph', method: 'GET', url: "https://graph.microsoft.com/v1.0/users?$filter=displayName eq 'Karita'" } as const;

function outcome(over: Partial<AskOutcome> = {}): AskOutcome {
  return {
    question: 'q', intent: { name: 'users.search', slots: {} }, resolved: {}, queries: [GRAPH], context: {}, elapsedMs: 12.5,
    answer: { kind: 'table', title: 't', summary: 's', columns: ['a'], rows: [['1'], ['2'], ['3']], facts: [], followUps: [] },
    ...over,
  } as AskOutcome;
}
const request = (over: Partial<AskRequest> = {}): AskRequest => ({ question: 'q', asker: { upn: 'a@x', objectId: 'obj-1' }, context: {}, channel: 'msteams', ...over });

function memorySink(): AuditSink & { records: AuditRecord[] } {
  const records: AuditRecord[] = [];
  return { records, record: (e) => { records.push(e); }, flush: async () => undefined, close: async () => undefined };
}

describe('auditRecordOf', () => {
  it('copies who, when, where, what and how it went', () => {
    const r = auditRecordOf(request(), outcome({ authorization: { category: 'directory', decision: 'allowed', by: 'everyone' } }), 'tenant-1', AT);
    expect(r).toEqual({
      time: '2026-11-20T12:34:56.789Z', askerObjectId: 'obj-1', tenantId: 'tenant-1', channel: 'msteams', intent: 'users.search',
      queries: [GRAPH], rowCount: 3, durationMs: 12.5, outcome: 'table', errorCode: null,
      authorization: { category: 'directory', decision: 'allowed', by: 'everyone' },
    });
  });

  it('records the lookups that ran before a denial (hiddenQueries), after the shown queries', () => {
    const denied = outcome({
      queries: [], hiddenQueries: [LOOKUP], authorization: { category: 'risk', decision: 'denied', by: 'noRole' },
      answer: { kind: 'denied', title: 't', summary: 's', columns: [], rows: [], facts: [], followUps: [] },
    });
    expect(auditRecordOf(request(), denied, 't', AT).queries).toEqual([LOOKUP]);
    expect(auditRecordOf(request(), outcome({ hiddenQueries: [LOOKUP] }), 't', AT).queries).toEqual([GRAPH, LOOKUP]);
  });

  it('uses the total row count when the answer shows a page only, and null/unknown for what is missing', () => {
    const paged = outcome({ answer: { kind: 'table', title: 't', summary: 's', columns: ['a'], rows: [['1']], facts: [], followUps: [], totalRows: 250 } });
    const r = auditRecordOf(request({ asker: { upn: 'a@x' }, channel: undefined }), { ...paged, errorCode: 'Throttled' }, 't', AT);
    expect(r).toMatchObject({ rowCount: 250, askerObjectId: null, channel: 'unknown', errorCode: 'Throttled', authorization: null });
  });
});

describe('withAudit', () => {
  it('records every answered question once, with the clock\'s time, and returns the outcome unchanged', async () => {
    const sink = memorySink();
    const out = outcome();
    const audited = withAudit({ ask: async () => out }, sink, 'tenant-9', () => AT);
    await expect(audited.ask(request())).resolves.toBe(out);
    expect(sink.records).toEqual([auditRecordOf(request(), out, 'tenant-9', AT)]);
  });

  it('records a bug as one exception line with the asker and channel, and rethrows it', async () => {
    const sink = memorySink();
    const audited = withAudit({ ask: async () => { throw new Error('bug'); } }, sink, 'tenant-9', () => AT);
    await expect(audited.ask(request({ channel: undefined, asker: { upn: 'a@x' } }))).rejects.toThrow('bug');
    expect(sink.records).toHaveLength(1);
    const [r] = sink.records as [AuditRecord];
    expect(r).toEqual({
      time: AT.toISOString(), askerObjectId: null, tenantId: 'tenant-9', channel: 'unknown', intent: null, queries: [], rowCount: 0,
      durationMs: r.durationMs, outcome: 'exception', errorCode: 'InternalError', authorization: null,
    });
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
    expect(r.durationMs).toBeLessThan(10_000);
    expect(Math.round(r.durationMs * 10)).toBe(r.durationMs * 10);
  });
});

describe('sinks', () => {
  it('teeSinks sends each record, flush and close to every sink', async () => {
    const calls: string[] = [];
    const sink = (n: string): AuditSink => ({ record: (e) => { calls.push(`${n}:record:${e.intent}`); }, flush: async () => { calls.push(`${n}:flush`); }, close: async () => { calls.push(`${n}:close`); } });
    const tee = teeSinks([sink('a'), sink('b')]);
    tee.record(auditRecordOf(request(), outcome(), 't', AT));
    await tee.flush();
    await tee.close();
    expect(calls).toEqual(['a:record:users.search', 'b:record:users.search', 'a:flush', 'b:flush', 'a:close', 'b:close']);
  });

  it('NO_AUDIT accepts records and never fails', async () => {
    expect(NO_AUDIT.record(auditRecordOf(request(), outcome(), 't', AT))).toBeUndefined();
    await expect(NO_AUDIT.flush()).resolves.toBeUndefined();
    await expect(NO_AUDIT.close()).resolves.toBeUndefined();
  });
});

describe('the Application Insights event of a record', () => {
  it('has every field as a string property and the counts as measurements', () => {
    const r = auditRecordOf(request(), outcome({ hiddenQueries: [LOOKUP], authorization: { category: 'risk', decision: 'denied', by: 'noRole' } }), 't', AT);
    expect(auditEventOf(r)).toEqual({
      properties: {
        time: '2026-11-20T12:34:56.789Z', askerObjectId: 'obj-1', tenantId: 't', channel: 'msteams', intent: 'users.search', outcome: 'table',
        errorCode: '', authorization: 'denied:risk:noRole', queries: JSON.stringify([GRAPH, LOOKUP]),
      },
      measurements: { rowCount: 3, durationMs: 12.5, queryCount: 2 },
    });
  });

  it('writes empty strings for what a record lacks', () => {
    const r: AuditRecord = { ...auditRecordOf(request(), outcome(), 't', AT), askerObjectId: null, intent: null, errorCode: 'X', authorization: null };
    expect(auditEventOf(r).properties).toMatchObject({ askerObjectId: '', intent: '', errorCode: 'X', authorization: '' });
  });
});

describe('a denial after a subject lookup, through the real pipeline', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
  }, 120_000);
  afterAll(async () => { await runtime?.close(); });

  it('shows no query to the asker, and the audit record still lists the lookups that ran', async () => {
    const sink = memorySink();
    const audited = withAudit(runtime.pipeline, sink, 'tenant');
    // Alain may read only his own (or his reports') sign-ins: the policy looks Karita up, then denies.
    const out = await audited.ask({ question: `Why can't ${PERSONAS.karita.upn} sign in?`, asker: runtime.askerFor(PERSONAS.alain.upn)!, context: {}, channel: 'test' });
    expect(out.answer.kind).toBe('denied');
    expect(out.queries).toEqual([]);
    expect(out.hiddenQueries?.length).toBeGreaterThan(0);
    expect(sink.records).toHaveLength(1);
    expect(sink.records[0]!.outcome).toBe('denied');
    expect(sink.records[0]!.queries).toEqual(out.hiddenQueries);
    expect(JSON.stringify(sink.records[0]!.queries)).toContain('karita');
  });
});
