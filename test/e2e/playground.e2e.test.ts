/**
 * What a person sees: the bot on the shared demo tenant, the Microsoft 365 Agents Playground (a
 * local Teams client) in Debian's chromium, and one real question per question family typed into
 * its message box. Each card is judged as rendered — title, rows, buttons, "Show query" — against
 * the card the bot sent (captured from the Playground's websocket) and the tenant's own data; two
 * buttons are pressed (a follow-up question and "Show more"). Screenshots: test-results/e2e/playground/.
 */

import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardBytes, DEFAULT_MAX_CARD_BYTES, QUERY_CONTAINER_ID, type AdaptiveCard } from '../../src/cards';
import type { TenantModel } from '../../src/demo/model';
import { validateCard } from '../cards/validate-card';
import { messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';
import { artifactDir, launchBrowser, offlinePage, SeenError, startPlayground, type Playground } from './harness';
import { QUESTIONS, type Question, type SeenCard } from './questions';

/** How long one answer may take to appear (2 shared cores, first queries load stores). */
const CARD_TIMEOUT_MS = 120_000;

const dir = artifactDir('playground');
const timings = path.join(dir, 'timings.txt');
let bot: Awaited<ReturnType<typeof startTestBot>>;
let model: TenantModel;
let playground: Playground | undefined;
let browser: Browser | undefined;
let page: Page;
/** Every Adaptive Card the Playground received from the bot, in order. */
const received: AdaptiveCard[] = [];
/** Position (in the chat) of the card answering each question family. */
const cardIndex = new Map<string, number>();

beforeAll(async () => {
  writeFileSync(timings, '');
  bot = await startTestBot();
  if (!bot.runtime.model) throw new Error('the test bot has no demo tenant model');
  model = bot.runtime.model;
  // Load the KQL store before the browser starts, so no card waits for it.
  await postJson(`${bot.server.url}/api/messages`, messageActivity({ text: 'SigninLogs | take 1' }));
  playground = await startPlayground(`${bot.server.url}/api/messages`);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 2400 }, deviceScaleFactor: 1 });
  await context.addInitScript({ path: path.resolve('test/e2e/page/read-card.js') });
  page = await offlinePage(context);
  page.on('websocket', (ws) => {
    if (!ws.url().includes('_ws_conversation')) return;
    ws.on('framereceived', (frame) => {
      try {
        const msg = JSON.parse(String(frame.payload)) as { action?: string; message?: { attachments?: { contentType: string; content: AdaptiveCard }[] } };
        if (msg.action !== 'createMessage') return;
        for (const a of msg.message?.attachments ?? []) {
          if (a.contentType === 'application/vnd.microsoft.card.adaptive') received.push(a.content);
        }
      } catch { /* not JSON: ignore */ }
    });
  });
  await page.goto(playground.url);
  // The bot greets a new conversation with its welcome card.
  await page.locator('.ac-adaptiveCard').first().waitFor({ state: 'visible', timeout: CARD_TIMEOUT_MS });
  await composer().waitFor({ state: 'visible' });
}, 600_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await playground?.stop();
  await bot?.close();
});

function composer(): Locator {
  return page.locator('[data-lexical-editor="true"][contenteditable="true"]');
}

function cards(): Locator {
  return page.locator('.ac-adaptiveCard');
}

async function read(card: Locator): Promise<SeenCard> {
  return card.evaluate((el) => (globalThis as unknown as { readCard(e: unknown): SeenCard }).readCard(el));
}

/** Waits until a new card is both rendered and received; returns it (rendered, sent). */
async function nextCard(what: string, renderedBefore: number, receivedBefore: number, started: number): Promise<{ card: Locator; sent: AdaptiveCard }> {
  const deadline = Date.now() + CARD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if ((await cards().count()) > renderedBefore && received.length > receivedBefore) {
      const card = cards().last();
      await card.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300); // let the renderer finish laying out
      appendFileSync(timings, `${what}\t${Date.now() - started} ms\n`);
      return { card, sent: received[received.length - 1]! };
    }
    await page.waitForTimeout(200);
  }
  const file = path.join(dir, `timeout-${Date.now()}.png`);
  await page.screenshot({ path: file, fullPage: true });
  throw new SeenError(`${what}: no new card within ${CARD_TIMEOUT_MS / 1000} s`, [
    `cards rendered ${await cards().count()} (before: ${renderedBefore}), cards received ${received.length} (before: ${receivedBefore})`,
  ], (await page.locator('body').innerText()).slice(-1500) + `\nPlayground output: ${playground?.output().slice(-800) ?? ''}`, file);
}

async function ask(question: string): Promise<{ card: Locator; sent: AdaptiveCard }> {
  const renderedBefore = await cards().count();
  const receivedBefore = received.length;
  await composer().click();
  await page.keyboard.type(question, { delay: 5 });
  const started = Date.now();
  await page.keyboard.press('Enter');
  return nextCard(`"${question}"`, renderedBefore, receivedBefore, started);
}

async function press(card: Locator, title: string): Promise<{ card: Locator; sent: AdaptiveCard }> {
  const renderedBefore = await cards().count();
  const receivedBefore = received.length;
  const started = Date.now();
  await card.getByRole('button', { name: title, exact: true }).click();
  return nextCard(`button "${title}"`, renderedBefore, receivedBefore, started);
}

type Node = Record<string, unknown>;
function nodes(card: unknown, shownOnly = false): Node[] {
  const out: Node[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (shownOnly && (v as Node)['isVisible'] === false) return; // hidden until a toggle shows it
      out.push(v as Node);
      Object.values(v).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** What the bot sent: title, data rows, button titles, query texts. */
function sentParts(card: AdaptiveCard) {
  const all = nodes(card);
  const firstRun = all.find((n) => n['type'] === 'TextRun' || n['type'] === 'TextBlock');
  const table = all.find((n) => n['type'] === 'Table');
  const queryContainer = all.find((n) => n['id'] === QUERY_CONTAINER_ID);
  return {
    title: String(firstRun?.['text'] ?? ''),
    rows: table ? Math.max(0, (table['rows'] as unknown[]).length - 1) : all.filter((n) => n['type'] === 'Container' && String(n['id']).startsWith('entra-ask-row-')).length,
    // An action sent hidden (in an element with isVisible: false, e.g. "Hide queries" until "Show
    // queries" is pressed) is not shown at first, by design.
    buttons: nodes(card, true).filter((n) => typeof n['type'] === 'string' && (n['type'] as string).startsWith('Action.') && typeof n['title'] === 'string')
      .map((n) => String(n['title'])),
    queries: queryContainer ? nodes(queryContainer).filter((n) => n['type'] === 'TextRun').map((n) => String(n['text'])) : [],
  };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Judges one card; throws a SeenError naming every problem and the screenshot. */
async function judge(step: string, q: Pick<Question, 'question' | 'title' | 'shows' | 'buttons' | 'contains' | 'tenant'>, card: Locator, sent: AdaptiveCard): Promise<SeenCard> {
  const problems: string[] = [];
  const file = path.join(dir, `${step}.png`);
  await card.screenshot({ path: file });
  const seen = await read(card);
  const want = sentParts(sent);

  problems.push(...validateCard(sent).map((p) => `the card sent is not valid Adaptive Card 1.5: ${p}`));
  const bytes = cardBytes(sent);
  if (bytes > DEFAULT_MAX_CARD_BYTES) problems.push(`the card sent is ${bytes} bytes, over ${DEFAULT_MAX_CARD_BYTES} (Teams allows ~28 KB)`);

  if (!q.title.test(seen.title)) problems.push(`title: expected ${String(q.title)}, seen "${seen.title}"`);
  if (norm(seen.title) !== norm(want.title)) problems.push(`title: the bot sent "${want.title}", the Playground shows "${seen.title}"`);

  if (q.shows === 'rows' && seen.rows.length === 0) problems.push('rows: expected a table with rows, seen none');
  if (q.shows === 'none' && seen.rows.length > 0) problems.push(`rows: expected no table, seen ${seen.rows.length} rows`);
  if (q.shows === 'empty' && (seen.rows.length > 0 || !/\bno\b/i.test(seen.text))) problems.push('expected the "nothing found" message');
  if (seen.rows.length !== want.rows) problems.push(`rows: the bot sent ${want.rows}, the Playground shows ${seen.rows.length}`);
  if (seen.rows.some((r) => r.every((c) => c === ''))) problems.push('rows: a rendered row is empty');

  for (const b of q.buttons) if (!seen.buttons.some((s) => s.startsWith(b))) problems.push(`button "${b}…": not shown (buttons: ${seen.buttons.join(' | ')})`);
  for (const b of want.buttons) if (!seen.buttons.includes(norm(b))) problems.push(`button "${b}" was sent but is not shown`);
  for (const c of q.contains ?? []) {
    const ok = typeof c === 'string' ? seen.text.includes(c) : c.test(seen.text);
    if (!ok) problems.push(`text: expected ${String(c)} on the card`);
  }
  if (q.tenant) problems.push(...q.tenant(seen, model).map((p) => `tenant data: ${p}`));

  // "Show query" opens the query right there (no round trip).
  const toggle = seen.buttons.find((b) => b.startsWith('Show quer'));
  if (want.queries.length > 0) {
    const first = norm(want.queries.find((t) => t.length > 12) ?? want.queries[0]!).slice(0, 40);
    if (!toggle) problems.push('"Show query": no such button, though the card carries a query');
    else if (norm(seen.text).replace(norm(seen.title), '').includes(first)) problems.push('"Show query": the query is visible before the button is pressed');
    else {
      await card.getByRole('button', { name: toggle, exact: true }).click();
      await page.waitForTimeout(300);
      const open = await read(card);
      if (!norm(open.text).includes(first)) problems.push(`"Show query": pressed, but "${first}" did not appear`);
      await card.screenshot({ path: path.join(dir, `${step}-query.png`) });
    }
  }

  if (problems.length > 0) {
    const full = path.join(dir, `${step}-FAILED.png`);
    await page.screenshot({ path: full, fullPage: false });
    throw new SeenError(`"${q.question}" in the Agents Playground`, problems, seen.text, file);
  }
  return seen;
}

describe('the Agents Playground, in chromium, with the bot on the demo tenant', () => {
  it('greets with the welcome card and its example buttons', async () => {
    const welcome = cards().first();
    const seen = await read(welcome);
    await welcome.screenshot({ path: path.join(dir, '00-welcome.png') });
    expect(seen.title, 'welcome card title').toMatch(/Entra Ask/);
    expect(seen.buttons.length, `welcome buttons: ${seen.buttons.join(' | ')}`).toBeGreaterThanOrEqual(3);
  });

  QUESTIONS.forEach((q, i) => {
    it(`${q.family}: "${q.question}"`, async () => {
      const { card, sent } = await ask(q.question);
      cardIndex.set(q.family, (await cards().count()) - 1);
      await judge(`${String(i + 1).padStart(2, '0')}-${q.family}`, q, card, sent);
    });
  });

  it('a follow-up button asks its question and the next card answers it', async () => {
    expect(cardIndex.has('groups'), 'the owners card was shown').toBe(true);
    const owners = cards().nth(cardIndex.get('groups')!);
    const { card, sent } = await press(owners, 'Members of Finance Department');
    const group = model.groups.find((g) => g['displayName'] === 'Finance Department')!;
    await judge('16-follow-up-members', {
      question: 'button "Members of Finance Department"', title: /^Members of Finance Department/, shows: 'rows', buttons: ['Show quer'],
      tenant: (seen, m) => {
        const members = transitiveUpns(m, group.id);
        const upns = seen.rows.flat().map((c) => c.toLowerCase()).filter((c) => c.includes('@'));
        const problems = upns.length === 0 ? ['no member UPNs shown'] : [];
        for (const u of upns) if (!members.has(u)) problems.push(`${u} is not a member of Finance Department`);
        return problems;
      },
    }, card, sent);
  });

  it('"Show more" pages on from the sign-ins card', async () => {
    expect(cardIndex.has('sign-ins'), 'the sign-ins card was shown').toBe(true);
    const signIns = cards().nth(cardIndex.get('sign-ins')!);
    const before = await read(signIns);
    const page1 = /Showing (\d+)–(\d+) of (\d+)/.exec(before.text);
    expect(page1, `the sign-ins card says which rows it shows: ${before.text.slice(0, 300)}`).not.toBeNull();
    const more = before.buttons.find((b) => b.startsWith('Show more'))!;
    const { card, sent } = await press(signIns, more);
    const seen = await judge('17-show-more', {
      question: `button "${more}"`, title: /^Sign-ins for Karita .* in the last 48 hours$/, shows: 'rows', buttons: ['Show quer'],
    }, card, sent);
    const page2 = /Showing (\d+)–(\d+) of (\d+)/.exec(seen.text);
    expect(page2, `the next page says which rows it shows: ${seen.text.slice(0, 300)}`).not.toBeNull();
    expect(Number(page2![1]), 'the next page starts after the first').toBe(Number(page1![2]) + 1);
    expect(page2![3]).toBe(page1![3]);
    expect(seen.rows.length).toBe(Number(page2![2]) - Number(page2![1]) + 1);
  });
});

function transitiveUpns(m: TenantModel, groupId: string, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(groupId)) return out;
  seen.add(groupId);
  const users = new Map(m.users.map((u) => [u.id, String(u['userPrincipalName']).toLowerCase()]));
  for (const id of m.groupMembers.find((g) => g.groupId === groupId)?.memberIds ?? []) {
    const upn = users.get(id);
    if (upn) out.add(upn);
    else for (const u of transitiveUpns(m, id, seen)) out.add(u);
  }
  return out;
}
