/**
 * The card gallery: every card kind, and the real card of every question family, rendered by the
 * official `adaptivecards` renderer with Teams' host config (light and dark) at a phone-narrow and
 * a normal chat width. Each must be valid Adaptive Card 1.5, within the size limit, and read well:
 * nothing wider than the card or cut off, no empty text blocks, text contrast at least 3:1, and
 * "Show query" opening the query. Screenshots: test-results/e2e/gallery/.
 */

import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_FAMILIES, welcomeExamples } from '../../src/families/registry';
import type { Answer } from '../../src/answers/answer';
import { cardBytes, DEFAULT_MAX_CARD_BYTES, errorCard, helpCard, MIN_MAX_BYTES, QUERY_CONTAINER_ID, renderAnswerCard, welcomeCard, type AdaptiveCard } from '../../src/cards';
import { validateCard } from '../cards/validate-card';
import { clarify, denied, empty, failure, graphQuery, kqlQuery, owners, riskSummary, signIns, userDetails } from '../cards/sample-answers';
import { cardsOf, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';
import { artifactDir, launchBrowser, offlinePage, SeenError } from './harness';
import { QUESTIONS } from './questions';
import { CANVAS, teamsHostConfig, type Theme } from './teams-host-config';

const THEMES: readonly Theme[] = ['light', 'dark'];
/** Teams on a phone (narrow) and the desktop chat column (normal). */
const WIDTHS = [320, 600] as const;

const chartAnswer: Answer = {
  kind: 'table',
  title: 'Failed sign-ins by app, this week',
  summary: '1,204 failed sign-ins in 6 apps',
  columns: ['AppDisplayName', 'Failures'],
  columnTitles: ['App', 'Failures'],
  rows: [['Office 365 Exchange Online', 512], ['Salesforce', 301], ['Microsoft Teams', 188], ['Azure Portal', 96], ['Workday', 70], ['A very long application display name that goes on and on', 37]],
  facts: [],
  followUps: ['Show failed sign-ins this week', 'How many sign-ins by country this week?'],
  chart: { type: 'bar', x: 0, y: 1 },
};

const hugeCells: Answer = {
  ...signIns(40),
  rows: signIns(40).rows.map((r) => r.map((c) => `${String(c)} ${'x'.repeat(2000)}`)),
};

/** Every kind of card the bot sends, from fixed sample answers. */
function sampleCards(): { name: string; card: AdaptiveCard }[] {
  const q = (question: string, queries = [graphQuery]) => ({ question, queries });
  return [
    { name: 'table', card: renderAnswerCard(owners, q('who owns Finance Department?')) },
    { name: 'facts', card: renderAnswerCard(userDetails, q('show Karita')) },
    { name: 'summary', card: renderAnswerCard(riskSummary, q("summarize Julieta's risk")) },
    { name: 'chart', card: renderAnswerCard(chartAnswer, q('failed sign-ins this week by app', [kqlQuery])) },
    { name: 'paged', card: renderAnswerCard(signIns(312), q('sign-ins for karita last 7 days', [kqlQuery])) },
    { name: 'paged-page2', card: renderAnswerCard(signIns(312), { ...q('sign-ins for karita last 7 days', [kqlQuery]), page: 1 }) },
    { name: 'too-large', card: renderAnswerCard(hugeCells, { ...q('sign-ins', [kqlQuery]), maxBytes: MIN_MAX_BYTES }) },
    { name: 'clarify', card: renderAnswerCard(clarify, q('show karita')) },
    { name: 'denied', card: renderAnswerCard(denied, q('sign-ins for karita')) },
    { name: 'empty', card: renderAnswerCard(empty, q('failed sign-ins for karita')) },
    { name: 'error', card: renderAnswerCard(failure, q('sign-ins for karita')) },
    { name: 'error-turn', card: errorCard('Something went wrong while answering.', { requestId: 'req-123', retryable: true, question: 'list risky users' }) },
    { name: 'help', card: helpCard(QUESTION_FAMILIES) },
    { name: 'welcome', card: welcomeCard(welcomeExamples()) },
  ];
}

let browser: Browser;
let page: Page;
let bot: Awaited<ReturnType<typeof startTestBot>>;
const realCards: { name: string; card: AdaptiveCard }[] = [];
const dir = artifactDir('gallery');

beforeAll(async () => {
  writeFileSync(notesFile, '');
  bot = await startTestBot();
  for (const q of QUESTIONS) {
    const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text: q.question }));
    const cards = cardsOf(await res.json());
    if (cards.length !== 1) throw new Error(`"${q.question}": expected one card from the bot, got ${cards.length}`);
    realCards.push({ name: `real-${q.family}`, card: cards[0] as unknown as AdaptiveCard });
  }
  browser = await launchBrowser();
  page = await offlinePage(await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 }));
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 16px; font-family: 'Segoe UI', sans-serif; }
    body.light { background: ${CANVAS.light}; }
    body.dark { background: ${CANVAS.dark}; }
    #host { border-radius: 4px; overflow: visible; }
    body.dark .ac-pushButton { background-color: #2d2c2c; color: #ffffff; border-color: #605e5c; }
  </style></head><body class="light"><div id="host"></div></body></html>`);
  await page.addStyleTag({ path: path.resolve('node_modules/adaptivecards/dist/adaptivecards.css') });
  await page.addScriptTag({ path: path.resolve('node_modules/adaptivecards/dist/adaptivecards.min.js') });
  await page.addScriptTag({ path: path.resolve('test/e2e/page/render-card.js') });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await bot?.close();
});

interface Spot { what: string; inQuery: boolean; inTable?: boolean }
interface Measured {
  edge: Spot[];
  cut: Spot[];
  spill: Spot[];
  emptyText: string[];
  lowContrast: string[];
  buttons: string[];
  width: number;
  height: number;
}
interface Rendered extends Measured { warnings: string[] }

async function render(card: AdaptiveCard, theme: Theme, width: number): Promise<Rendered> {
  const args = JSON.stringify([card, teamsHostConfig(theme), width, theme]);
  return page.evaluate(`window.renderCard(...${args})`) as Promise<Rendered>;
}

/**
 * Problems (fail the test) and notes (reported in narrow-notes.txt) of one measurement.
 * Everywhere: empty text, contrast under 3:1, boxes sticking out of the card. At the normal width
 * also: text cut off or running out of its box. At the narrow width those are notes, as are a long
 * Graph URL or KQL line in the shown query and a word wider than its table column (the official
 * renderer never breaks inside a word; tables of 6–8 columns have ~50 px columns at 600 px: a
 * known limit of the table card, listed in narrow-notes.txt — see test/e2e/README.md).
 */
function classify(where: string, m: Measured, narrow: boolean): { problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  problems.push(...m.emptyText.map((e) => `${where}: empty text block ${e}`));
  problems.push(...m.lowContrast.map((e) => `${where}: hard to read: ${e}`));
  problems.push(...m.edge.filter((e) => !e.inQuery).map((e) => `${where}: sticks out of the card: ${e.what}`));
  notes.push(...m.edge.filter((e) => e.inQuery).map((e) => `${where}: query sticks out: ${e.what}`));
  for (const [kind, list] of [['cut off', m.cut], ['runs out of its box', m.spill]] as const) {
    for (const spot of list) {
      const line = `${where}: ${kind}: ${spot.what}`;
      if (narrow || spot.inQuery || spot.inTable) notes.push(line); else problems.push(line);
    }
  }
  return { problems, notes };
}

function queryTexts(card: AdaptiveCard): string[] {
  const container = JSON.stringify(card).includes(QUERY_CONTAINER_ID);
  if (!container) return [];
  const out: string[] = [];
  const walk = (n: unknown, inQuery: boolean): void => {
    if (Array.isArray(n)) { n.forEach((x) => walk(x, inQuery)); return; }
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    const here = inQuery || o['id'] === QUERY_CONTAINER_ID;
    if (here && typeof o['text'] === 'string') out.push(o['text']);
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v, here);
  };
  walk(card, false);
  return out;
}

function check(name: string, card: AdaptiveCard) {
  const problems = validateCard(card).map((p) => `not valid Adaptive Card 1.5: ${p}`);
  const bytes = cardBytes(card);
  if (bytes > DEFAULT_MAX_CARD_BYTES) problems.push(`${bytes} bytes, over the ${DEFAULT_MAX_CARD_BYTES}-byte limit`);
  return { name, problems };
}

const notesFile = path.join(dir, 'narrow-notes.txt');

async function judge(name: string, card: AdaptiveCard): Promise<void> {
  const { problems } = check(name, card);
  const notes: string[] = [];
  const shots: string[] = [];
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      const where = `${theme}, ${width} px`;
      const narrow = width < 400;
      const r = await render(card, theme, width);
      const file = path.join(dir, `${name}-${theme}-${width}.png`);
      await page.locator('#host').screenshot({ path: file });
      shots.push(file);
      problems.push(...r.warnings.map((w) => `${where}: renderer: ${w}`));
      const c = classify(where, r, narrow);
      problems.push(...c.problems);
      notes.push(...c.notes);
      const queries = queryTexts(card);
      const toggle = r.buttons.find((b) => b.startsWith('Show quer'));
      if (queries.length > 0 && !toggle) problems.push(`${where}: the card has a query but no "Show query" button (buttons: ${r.buttons.join(' | ')})`);
      if (toggle) {
        const before = await page.evaluate(`window.visibleText(${JSON.stringify(QUERY_CONTAINER_ID)})`) as string | null;
        if (before) problems.push(`${where}: the query is visible before "Show query" is pressed`);
        await page.evaluate(`window.clickButton(${JSON.stringify(toggle)})`);
        const after = await page.evaluate(`window.visibleText(${JSON.stringify(QUERY_CONTAINER_ID)})`) as string | null;
        const first = (queries.find((t) => t.length > 10) ?? queries[0] ?? '').split('\n')[0]!.slice(0, 40);
        if (!after) problems.push(`${where}: "${toggle}" did not show the query`);
        else if (first && !after.replace(/\s+/g, ' ').includes(first.replace(/\s+/g, ' '))) problems.push(`${where}: the shown query lacks "${first}" (shows "${after.slice(0, 200)}")`);
        const open = classify(`${where}, query open`, await page.evaluate('window.measureCard()') as Measured, narrow);
        problems.push(...open.problems);
        notes.push(...open.notes);
        await page.locator('#host').screenshot({ path: path.join(dir, `${name}-${theme}-${width}-query.png`) });
      }
    }
  }
  if (notes.length > 0) appendFileSync(notesFile, `${name}\n${[...new Set(notes)].map((n) => `  ${n}`).join('\n')}\n`);
  if (problems.length > 0) throw new SeenError(`card "${name}" does not read well in Teams' renderer`, [...new Set(problems)], JSON.stringify(card).slice(0, 600), shots[0]!);
}

describe('card gallery (official adaptivecards renderer, Teams host config)', () => {
  for (const { name, card } of sampleCards()) {
    it(`${name}`, async () => {
      await judge(name, card);
    });
  }

  it('the too-large sample really is the too-large card', () => {
    const card = sampleCards().find((c) => c.name === 'too-large')!.card;
    expect(JSON.stringify(card)).toContain('too large to show');
  });

  it('real cards of every question family (demo tenant)', async () => {
    expect(realCards).toHaveLength(QUESTIONS.length);
    const failures: string[] = [];
    for (const { name, card } of realCards) {
      try { await judge(name, card); } catch (err) { failures.push((err as Error).message); }
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});
