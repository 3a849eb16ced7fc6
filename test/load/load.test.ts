/**
 * The load test of issue 8: 50 concurrent conversations, 1,000 questions of every family against
 * the served bot on loopback (POST /api/messages, expectReplies), over the shared test tenant.
 * Zero errors, and every answer is a card of the question's family whose content matches the
 * tenant's data. It uses the benchmark's driver (bench/load-driver.ts), so `npm run bench`'s
 * throughput figure and this test send the same traffic. No timing asserts: the figures are the
 * benchmark's (BENCHMARKS.md); this test only reports them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_MIX, askOnce, runLoad, type LoadReport } from '../../bench/load-driver';
import { cardText } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';

let bot: Awaited<ReturnType<typeof startTestBot>>;
let report: LoadReport;

const CONVERSATIONS = 50;
const QUESTIONS = 1000;

beforeAll(async () => {
  bot = await startTestBot();
  const url = `${bot.server.url}/api/messages`;
  // Every question once first: the sign-in and KQL stores are built on first use.
  for (const q of QUESTION_MIX) await askOnce(url, q, 'a:load-warm-up');
  report = await runLoad({ url, conversations: CONVERSATIONS, questions: QUESTIONS, keepCards: true, requestTimeoutMs: 120_000, deadlineMs: 240_000 });
  const ms = report.results.map((r) => r.ms).sort((a, b) => a - b);
  const p = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] ?? Number.NaN);
  console.log(`load: ${report.sent} questions in ${CONVERSATIONS} conversations, ${report.errors.length} errors, ` +
    `${(report.wallMs / 1000).toFixed(1)} s, ${report.answersPerSecond.toFixed(1)} answers/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`);
}, 300_000);
afterAll(async () => bot?.close());

describe('load: 50 concurrent conversations, 1,000 questions, served bot on loopback', () => {
  it('answers every question, with no error', () => {
    expect(report.sent).toBe(QUESTIONS);
    expect(report.errors.map((e) => `${e.question.text}: ${e.error}`)).toEqual([]);
    expect(report.results.every((r) => r.status === 200 && r.card !== undefined)).toBe(true);
  });

  it('sends every family of the mix, in every conversation at once', () => {
    const families = new Set(report.results.map((r) => r.question.family));
    expect(families).toEqual(new Set(QUESTION_MIX.map((q) => q.family)));
    expect(new Set(report.results.map((r) => r.conversationId)).size).toBe(CONVERSATIONS);
  });

  it('answers each question with a card of its family (the expected title)', () => {
    for (const r of report.results) expect(r.title, r.question.text).toMatch(r.question.title);
  });

  it('answers with the tenant\'s data under load', () => {
    const model = bot.runtime.model!;
    const userName = new Map(model.users.map((u) => [u.id, String(u.displayName)]));
    const finance = model.groups.find((g) => g.displayName === 'Finance Department')!;
    const owners = model.groupOwners.find((o) => o.groupId === finance.id)!.ownerIds.map((id) => userName.get(id)!);
    expect(owners.length).toBeGreaterThan(0);
    const ownerCards = report.results.filter((r) => r.question.text === 'Who owns the Finance Department group?');
    expect(ownerCards.length).toBeGreaterThan(10);
    for (const r of ownerCards) for (const name of owners) expect(cardText(r.card)).toContain(name);
  });
});
