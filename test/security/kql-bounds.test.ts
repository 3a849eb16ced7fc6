/**
 * Bounded raw KQL (issue 18): a deeply nested or very long query is refused with a coded error
 * (no stack, `ask --batch` goes on); one person's queries run at most two at a time and wait in
 * their own queue, so another person's answer never queues behind them; a query that waited too
 * long is refused (EA022), and the wait counts inside the 30 s budget.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readSettings } from '../../src/config/settings';
import { PERSONAS } from '../../src/demo/personas';
import { KqlAdmission, KQL_QUEUE_TIMEOUT } from '../../src/pipeline/kql-admission';
import type { KqlQuery } from '../../src/planning/query-plan';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { assertKqlBounds, MAX_KQL_CHARS, MAX_KQL_DEPTH, nestingDepth } from '../../src/sources/kql/bounds';
import { isKqlError } from '../../src/sources/kql/executor';
import type { KqlResult } from '../../src/sources/result-set';
import { runCli } from '../helpers/cli';
import { EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { EmbeddedKqlExecutor } from '../../src/sources/kql/embedded-executor';

const DEEP = `SigninLogs | where ${'not('.repeat(2000)}true${')'.repeat(2000)}`;

describe('query size and nesting', () => {
  it('counts brackets outside strings and comments', () => {
    expect(nestingDepth('T | where f(g(h(1)))').depth).toBe(3);
    expect(nestingDepth('T | where x == "((((((" // ((((\n| take 1').depth).toBe(0);
    expect(nestingDepth('print @"c:\\((("').depth).toBe(0);
  });

  it('refuses too deep and too long with a code, and lets ordinary queries through', () => {
    const deep = (() => { try { assertKqlBounds(DEEP); } catch (e) { return e; } })();
    expect(isKqlError(deep) && deep.code).toBe('EA021');
    const long = (() => { try { assertKqlBounds(`SigninLogs | where UserPrincipalName in (${'"a", '.repeat(5000)}"b")`); } catch (e) { return e; } })();
    expect(isKqlError(long) && long.code).toBe('EA020');
    expect(() => assertKqlBounds(`T | where ${'not('.repeat(MAX_KQL_DEPTH)}true${')'.repeat(MAX_KQL_DEPTH)}`)).not.toThrow();
    expect(() => assertKqlBounds('x'.repeat(MAX_KQL_CHARS))).not.toThrow();
  });
});

describe('through the product', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
  }, 120_000);
  afterAll(async () => { await runtime?.close(); });

  it('`not(` × 2,000 is an error card with EA021, not a RangeError', async () => {
    const out = await runtime.pipeline.ask({ question: DEEP, asker: runtime.askerFor()!, context: {} });
    expect(out.answer.kind).toBe('error');
    expect(out.errorCode).toBe('EA021');
    expect(JSON.stringify(out.answer)).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
  });

  it('`ask --batch` answers the next question after it', async () => {
    const run = await runCli(['ask', '--batch', '-', '--json'], { stdin: `${DEEP}\nhelp\n` });
    expect(run.stderr).not.toMatch(/RangeError|\n\s+at /);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { answer: { kind: string } });
    expect(lines.map((l) => l.answer.kind)).toEqual(['error', 'summary']);
  }, 60_000);

  it('one person\'s heavy queries do not delay another person\'s answer (measured)', async () => {
    const heavy = 'SigninLogs | join kind=inner (SigninLogs | project UserId, T2 = TimeGenerated) on UserId | summarize count() by UserId';
    const light = 'SigninLogs | take 1';
    const a = runtime.askerFor(PERSONAS.natasha.upn)!;
    const b = runtime.askerFor(PERSONAS.patti.upn)!;
    await runtime.pipeline.ask({ question: light, asker: b, context: {} }); // the store is open
    const t0 = performance.now();
    const single = await runtime.pipeline.ask({ question: heavy, asker: a, context: {} });
    const oneHeavyMs = performance.now() - t0;
    expect(single.answer.kind).not.toBe('error');
    const t1 = performance.now();
    const flood = Array.from({ length: 8 }, () => runtime.pipeline.ask({ question: heavy, asker: a, context: {} }).then(() => performance.now() - t1));
    await new Promise((r) => setTimeout(r, 20));
    const tb = performance.now();
    const other = await runtime.pipeline.ask({ question: light, asker: b, context: {} });
    const otherMs = performance.now() - tb;
    const floodMs = await Promise.all(flood);
    console.log(`kql fairness: one heavy query ${Math.round(oneHeavyMs)} ms; 8 from one person done after ${Math.round(Math.max(...floodMs))} ms; another person's light query meanwhile ${Math.round(otherMs)} ms`);
    expect(other.answer.kind).not.toBe('error');
    // The other person waited for at most the two queries running, not for the eight.
    expect(otherMs).toBeLessThan(Math.max(...floodMs));
  }, 120_000);
});

/** A runner whose queries take `ms` each. */
function slowRunner(ms: number) {
  const started: string[] = [];
  const timeouts: (number | undefined)[] = [];
  return {
    started, timeouts,
    async execute(q: KqlQuery): Promise<KqlResult> {
      started.push(q.id);
      timeouts.push(q.timeoutMs);
      await new Promise((r) => setTimeout(r, ms));
      return { source: 'kql', query: q, columns: [], rows: [], truncated: false, elapsedMs: ms };
    },
  };
}

const q = (id: string): KqlQuery => ({ source: 'kql', id, text: 'T' });

describe('per-person admission', () => {
  it('runs two of one person\'s queries at a time, never queues another person, and passes the time left on', async () => {
    const admission = new KqlAdmission({ perPerson: 2, queueTimeoutMs: 5_000, budgetMs: 30_000 });
    const inner = slowRunner(100);
    const alice = admission.runnerFor(inner, 'alice');
    const bob = admission.runnerFor(inner, 'bob');
    const t0 = performance.now();
    const hers = [1, 2, 3, 4, 5].map((i) => alice.execute(q(`a${i}`)));
    await new Promise((r) => setTimeout(r, 10));
    expect(admission.runningFor('alice')).toBe(2);
    const bobStart = performance.now();
    await bob.execute(q('b1'));
    const bobMs = performance.now() - bobStart;
    expect(bobMs).toBeLessThan(190); // his own 100 ms, not behind her five
    await Promise.all(hers);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290); // hers ran two at a time: 3 rounds
    expect(inner.started.slice(0, 3)).toEqual(['a1', 'a2', 'b1']);
    // The queued ones were given what was left of the 30 s budget.
    const last = inner.timeouts[inner.started.indexOf('a5')]!;
    expect(last).toBeLessThanOrEqual(30_000 - 190);
    expect(admission.runningFor('alice')).toBe(0);
  });

  it('refuses a query that waited too long for its person\'s slots (EA022), and the slots recover', async () => {
    const admission = new KqlAdmission({ perPerson: 1, queueTimeoutMs: 50 });
    const runner = admission.runnerFor(slowRunner(200), 'carol');
    const first = runner.execute(q('c1'));
    const second = runner.execute(q('c2'));
    await expect(second).rejects.toMatchObject({ code: KQL_QUEUE_TIMEOUT });
    await first;
    expect(admission.runningFor('carol')).toBe(0);
    await expect(runner.execute(q('c3'))).resolves.toMatchObject({ source: 'kql' });
  });
});

/** 36 million joined rows: about 0.4–0.9 s on this machine, no table needed. */
const HEAVY = 'range a from 1 to 6000 step 1 | extend k = 1 | join kind=inner (range b from 1 to 6000 step 1 | extend k = 1) on k | summarize count()';

describe('a per-query time budget on the embedded engine', () => {
  let engine: EmbeddedKqlEngine;
  let executor: EmbeddedKqlExecutor;
  beforeAll(async () => {
    engine = await EmbeddedKqlEngine.create({ dbPath: ':memory:' });
    executor = new EmbeddedKqlExecutor(engine);
  }, 120_000);
  afterAll(async () => { await engine?.close(); });

  const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

  it('stops a query at its own limit (the time left of the answer), not at the engine\'s 30 s', async () => {
    // 400 M joined rows (about 1.2 s on an idle machine): HEAVY alone can end inside 100 ms there.
    const heavier = HEAVY.replaceAll('6000', '20000');
    const t0 = performance.now();
    const full = await executor.execute({ source: 'kql', id: 'full', text: heavier });
    const fullMs = performance.now() - t0;
    expect(full.rows).toEqual([[400_000_000]]);
    const t1 = performance.now();
    const err = await errorOf(executor.execute({ source: 'kql', id: 'limited', text: heavier, timeoutMs: 100 }));
    const limitedMs = performance.now() - t1;
    expect(isKqlError(err) && err.code).toBe('EA501');
    expect(limitedMs).toBeLessThan(fullMs);
  }, 60_000);

  it('counts the queue wait inside the budget: one person\'s two heavy queries both end within it', async () => {
    const admission = new KqlAdmission({ perPerson: 1, queueTimeoutMs: 10_000, budgetMs: 400 });
    const runner = admission.runnerFor(executor, 'dana');
    const t0 = performance.now();
    const [first, second] = await Promise.all([errorOf(runner.execute(q('d1'))), errorOf(runner.execute(q('d2')))].map((p) => p.then((e) => ({ e, ms: performance.now() - t0 }))));
    // The first is stopped at the budget; the second waited for it, so nothing was left (EA022) or
    // only a sliver (stopped at once, EA501). Neither runs on past the budget.
    expect(isKqlError(first!.e) && first!.e.code).toBe('EA501');
    expect(isKqlError(second!.e) && [KQL_QUEUE_TIMEOUT, 'EA501'].includes(second!.e.code)).toBe(true);
    expect(Math.max(first!.ms, second!.ms)).toBeLessThan(400 + 300);
    // Heavier than HEAVY (400 M joined rows, seconds alone): on an idle machine HEAVY can end inside 400 ms.
    function q(id: string): KqlQuery { return { source: 'kql', id, text: HEAVY.replaceAll('6000', '20000') }; }
  }, 60_000);
});
