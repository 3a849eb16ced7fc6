/**
 * The real pipeline (understanding → resolution → planning → the Graph client → answers) under
 * faults it cannot retry away: Graph answers slower than the time limit (before the headers or
 * mid-body), KQL sources that are busy, time out or fail. Each gives a clear "try again" card in
 * bounded time and leaves the conversation as it was; a bug still reaches the bot. Large answers
 * stay bounded: Graph paging stops at the row cap, the embedded engine at its time limit.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGraphServer, type GraphServer } from '../../src/demo/graph-server';
import { loadOrCreateDemoTenant, readSignIns, type DemoTenant } from '../../src/demo/store';
import { createPipeline, type Pipeline } from '../../src/pipeline/ask';
import type { KqlRunner } from '../../src/pipeline/executors';
import { createGraphSource } from '../../src/sources/graph';
import { KqlError } from '../../src/sources/kql/executor';
import { EmbeddedKqlExecutor } from '../../src/sources/kql/embedded-executor';
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import { buildGazetteer, understand } from '../../src/understanding';
import type { ConversationContext } from '../../src/understanding/conversation';

let demo: DemoTenant;
let server: GraphServer;
let kqlBehaviour: KqlRunner['execute'] = async () => { throw new Error('not set'); };

const asker = { upn: 'adm-patti@woodgrovebank.com' };

beforeAll(async () => {
  demo = await loadOrCreateDemoTenant(inject('demoDataDir'));
  server = await startGraphServer({ model: demo.model, signIns: () => readSignIns(demo.signInsFile) });
}, 120_000);
afterAll(async () => server?.close());

function pipeline(timeoutMs = 1_000): Pipeline {
  const gazetteer = buildGazetteer(demo.model);
  const anchor = new Date(demo.model.tenant.anchorTime);
  return createPipeline({
    understand: (text, context, now) => understand(text, context, { now, gazetteer }),
    graph: createGraphSource({ mode: 'demo', baseUrl: server.url }, { timeoutMs, budgetMs: 3 * timeoutMs, maxRetries: 2, baseDelayMs: 50 }),
    kql: { execute: (q) => kqlBehaviour(q) },
    now: () => anchor, tenantId: demo.model.tenant.tenantId,
  });
}

describe('Graph slower than the time limit', () => {
  it.each(['headers', 'body'] as const)('stalled %s: a "try again" card in bounded time, the conversation kept', async (slowPhase) => {
    const p = pipeline();
    server.setFaults(undefined);
    const first = await p.ask({ question: 'show me details for karita@woodgrovebank.com', asker, context: {} });
    expect(first.answer.kind).not.toBe('error');
    const context: ConversationContext = first.context;
    expect(context.users?.[0]?.key).toBe('karita@woodgrovebank.com');

    server.setFaults({ slowMs: 10_000, slowPhase });
    const t0 = performance.now();
    const out = await p.ask({ question: 'which groups is she a member of?', asker, context });
    const ms = performance.now() - t0;
    server.setFaults(undefined);
    expect(out.answer.kind).toBe('error');
    expect(out.answer.summary).toMatch(/took too long|Try again|Could not reach/i);
    expect(out.answer.choices?.[0]).toEqual({ title: 'Try again', question: 'which groups is she a member of?' });
    expect(ms).toBeLessThan(8_000);
    expect(out.context).toBe(context);

    const again = await p.ask({ question: 'which groups is she a member of?', asker, context: out.context });
    expect(again.answer.kind).toBe('table');
    expect(again.answer.title).toMatch(/Karita/);
  }, 60_000);
});

describe('KQL faults', () => {
  const QUESTION = 'how many failed sign-ins this week by app';

  it.each([
    ['the store is busy (another process loading it)', new KqlError({ code: 'EA502', message: 'The KQL store is being loaded by another Entra Ask process; try again in a minute.' }), /temporarily unavailable/],
    ['the query timed out', new KqlError({ code: 'EA501', message: 'The query took too long and was stopped: 30000 ms' }), /took too long/],
  ])('%s: a "try again" card, the conversation kept', async (_name, error, words) => {
    const p = pipeline();
    const context: ConversationContext = { lastIntent: 'user.details', users: [{ kind: 'user', id: 'k', displayName: 'Karita', key: 'karita@woodgrovebank.com' }] };
    kqlBehaviour = async () => { throw error; };
    const out = await p.ask({ question: QUESTION, asker, context });
    expect(out.intent.name).toBe('signIns.summary');
    expect(out.answer.kind).toBe('error');
    expect(out.answer.summary).toMatch(words);
    expect(out.answer.choices?.[0]?.title).toBe('Try again');
    expect(out.context).toBe(context);
    expect(out.queries.some((q) => q.source === 'kql')).toBe(true);
  });

  it('a failure that is not a typed source error is a bug and reaches the bot', async () => {
    kqlBehaviour = async () => { throw new TypeError('engine bug'); };
    await expect(pipeline().ask({ question: QUESTION, asker, context: {} })).rejects.toThrow('engine bug');
  });

  it('the embedded engine stops a runaway query at its time limit (EA501), then serves the next one', async () => {
    const engine = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: '2026-11-20T12:00:00Z', timeoutMs: 300, skipWarmUp: true });
    try {
      const executor = new EmbeddedKqlExecutor(engine);
      await executor.execute({ source: 'kql', id: 'warm', text: 'print a = 0' }); // loads Kusto.Language first
      const t0 = performance.now();
      const err = await executor.execute({ source: 'kql', id: 'raw', text: "range x from 1 to 20000000000 step 1 | extend s = strcat('u', tostring(x)) | summarize dcount(s)", maxRows: 10 })
        .then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(KqlError);
      expect((err as KqlError).code).toBe('EA501');
      expect(performance.now() - t0).toBeLessThan(20_000);
      const ok = await executor.execute({ source: 'kql', id: 'raw', text: 'print a = 1', maxRows: 10 });
      expect(ok.rows).toEqual([[1]]);
    } finally {
      await engine.close();
    }
  }, 60_000);
});

describe('bounded answers', () => {
  it('Graph paging stops at the row cap and says so', async () => {
    server.setFaults(undefined);
    const graph = createGraphSource({ mode: 'demo', baseUrl: server.url });
    const all = await graph.execute({ source: 'graph', id: 'u', method: 'GET', path: '/users?$select=id&$top=999', maxRows: 100_000 });
    expect(all.rows.length).toBe(demo.model.users.length);
    const capped = await graph.execute({ source: 'graph', id: 'u', method: 'GET', path: '/users?$select=id&$top=20', maxRows: 50 });
    expect(capped.rows).toHaveLength(50);
    expect(capped.truncated).toBe(true);
    const firstPage = await graph.execute({ source: 'graph', id: 'u', method: 'GET', path: '/users?$select=id&$top=20' });
    expect(firstPage.rows).toHaveLength(20);
    expect(firstPage.truncated).toBe(true);
  });
});
