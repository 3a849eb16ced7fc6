/**
 * The served bot under Graph faults (the demo endpoint's fault mode): every question gets one
 * card in bounded time — the answer (after retries) or a clear "try again" card — nothing
 * crashes or hangs, no promise is left rejected, and the conversation survives the failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, cardText, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';

let bot: Awaited<ReturnType<typeof startTestBot>>;
let url: string;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  // Every question here must reach the faulty endpoint: no answer from the shared read cache.
  bot = await startTestBot({ DIRECTORY_CACHE_TTL_SECONDS: '0' });
  url = `${bot.server.url}/api/messages`;
}, 120_000);
afterAll(async () => {
  bot?.runtime.setDemoGraphFaults?.(undefined);
  await bot?.close();
  process.off('unhandledRejection', onUnhandled);
});

/** One question, one card, and how long it took. */
async function ask(text: string, conversationId?: string): Promise<{ text: string; ms: number }> {
  const t0 = performance.now();
  const res = await postJson(url, messageActivity({ text, ...(conversationId ? { conversationId } : {}) }));
  expect(res.status).toBe(200);
  const cards = cardsOf(await res.json());
  expect(cards).toHaveLength(1);
  return { text: cardText(cards[0]), ms: performance.now() - t0 };
}

const faults = (f: Parameters<NonNullable<typeof bot.runtime.setDemoGraphFaults>>[0]) => bot.runtime.setDemoGraphFaults!(f);
const TRY_AGAIN = /Try again/;
/** Retries (3, at most 10 s apart) and the 90 s budget of the demo Graph source bound every turn. */
const BOUND_MS = 95_000;

describe('Graph faults through /api/messages', () => {
  it('answers through occasional 429s (with and without Retry-After), 503s and dropped connections', async () => {
    faults({ rate429: 0.15, retryAfterSeconds: 'mixed', rate503: 0.1, dropRate: 0.1, seed: 11 });
    let answered = 0;
    for (let i = 0; i < 6; i++) {
      const card = await ask('who owns the Finance Department group?');
      expect(card.ms).toBeLessThan(BOUND_MS);
      if (card.text.includes('Megan Bowen')) answered++;
      else expect(card.text).toMatch(TRY_AGAIN);
    }
    expect(answered).toBeGreaterThanOrEqual(4);
    faults(undefined);
  }, 600_000);

  it('says "try again" when Graph stays down, and keeps the conversation for after', async () => {
    faults(undefined);
    const conversationId = `a:faults-${Date.now()}`;
    const first = await ask('show me details for karita@woodgrovebank.com', conversationId);
    expect(first.text).toMatch(/karita@woodgrovebank\.com/);

    for (const f of [
      { rate503: 1, retryAfterSeconds: 1 },
      { rate429: 1, retryAfterSeconds: 'none' as const },
      { dropRate: 1 },
    ]) {
      faults(f);
      const failed = await ask('which groups is she a member of?', conversationId);
      expect(failed.ms).toBeLessThan(BOUND_MS);
      expect(failed.text).toMatch(/Couldn't answer/);
      expect(failed.text).toMatch(TRY_AGAIN);
      expect(failed.text).not.toMatch(/at .*\.(js|ts):\d+/);
    }

    faults(undefined);
    const after = await ask('which groups is she a member of?', conversationId);
    expect(after.text).toMatch(/Groups Karita .* is a member of/);
    expect(after.text).toContain('Finance Department');
  }, 600_000);

  it('waits out slow answers (before the headers and mid-body)', async () => {
    for (const slowPhase of ['headers', 'body'] as const) {
      faults({ slowMs: 1500, slowPhase });
      const card = await ask('who owns the Finance Department group?');
      expect(card.text).toContain('Megan Bowen');
      expect(card.ms).toBeGreaterThan(1000);
    }
    faults(undefined);
  }, 300_000);

  it('leaves no unhandled rejection behind and still serves', async () => {
    faults(undefined);
    expect((await ask('who owns the Finance Department group?')).text).toContain('Megan Bowen');
    await new Promise((r) => setTimeout(r, 200));
    expect(unhandled).toEqual([]);
  }, 120_000);
});
