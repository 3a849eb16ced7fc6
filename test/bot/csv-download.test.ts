/**
 * A long answer in Teams links its full result as CSV from the card (Action.OpenUrl); the bot's
 * own server serves it at that URL, and nothing at a guessed one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';
import { runCli } from '../helpers/cli';

let bot: Awaited<ReturnType<typeof startTestBot>>;

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => bot?.close());

function openUrls(card: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o['type'] === 'Action.OpenUrl' && typeof o['url'] === 'string') out.push(o['url']);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

const QUESTION = 'who had access to Salesforce between 2026-06-01 and 2026-11-15?';

async function askBot(text: string): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text }));
    expect(res.status).toBe(200);
    const card = cardsOf(await res.json())[0];
    // The KQL store may be loading in another test process: ask again.
    if (!JSON.stringify(card).includes('try again') || attempt >= 20) return card;
    await new Promise((r) => setTimeout(r, 3000));
  }
}

describe('CSV of the full result', () => {
  it('is linked from the card and served to whoever holds the URL, until it expires', async () => {
    const card = await askBot(QUESTION);
    // The same question on the command line, once the bot's store is loaded (both then only read it).
    const cli = await runCli(['ask', QUESTION, '--json']);
    const answer = (JSON.parse(cli.stdout) as { answer: { rows: unknown[][]; columnTitles: string[] } }).answer;
    expect(answer.rows.length).toBeGreaterThan(25);
    const links = openUrls(card).filter((u) => u.includes('/exports/'));
    expect(links).toHaveLength(1);
    const url = links[0] as string;
    expect(url.startsWith(`${bot.server.url}/exports/`)).toBe(true);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="who-had-access-to-salesforce[\w.-]*\.csv"$/);
    const lines = (await res.text()).replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(answer.columnTitles.join(','));
    expect(lines.length - 1).toBe(answer.rows.length);
    expect(lines.slice(1).map((l) => l.split(',')[1]).sort()).toEqual(answer.rows.map((r) => String(r[1])).sort());
  }, 300_000);

  it('is not served at a guessed or malformed URL', async () => {
    for (const p of [`/exports/${'A'.repeat(43)}.csv`, '/exports/..%2Fpackage.json', '/exports/x.csv']) {
      const res = await fetch(`${bot.server.url}${p}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('is not offered when the card holds every row', async () => {
    const card = await askBot('who owns the Finance Department group?');
    expect(openUrls(card).some((u) => u.includes('/exports/'))).toBe(false);
  }, 120_000);
});
