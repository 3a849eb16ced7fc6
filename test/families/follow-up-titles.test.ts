/**
 * Follow-up buttons fit a phone (issue 20): on the 343 px card of a 375 px phone, Teams and the
 * official Adaptive Cards renderer cut a button title longer than ~38 characters with "…" and never
 * wrap it (the e2e family gallery measured 13 cut follow-ups on 7 of 19 cards). Every follow-up
 * button of every family's answers on the demo tenant — each intent's example and every help
 * example, asked through the whole pipeline — must have a whole title of at most
 * FOLLOW_UP_TITLE_CHARS characters, and pressing it must still ask the whole question.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FOLLOW_UP_TITLE_CHARS, type Answer } from '../../src/answers/answer';
import { followUp, followUpFields } from '../../src/answers/answer-kit';
import { readSettings } from '../../src/config/settings';
import { renderAnswerCard } from '../../src/cards';
import { followUpTitle } from '../../src/cards/card-frame';
import { PERSONAS } from '../../src/demo/personas';
import { INTENT_EXAMPLES, QUESTION_FAMILIES } from '../../src/families/registry';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { actionsOfType } from '../cards/card-walk';

/** Each intent's example, every help example, and the questions issue 20 was filed on. */
const QUESTIONS = [...new Set([
  ...Object.values(INTENT_EXAMPLES),
  ...QUESTION_FAMILIES.flatMap((f) => f.examples),
  "Why can't Alain sign in?",
  'Show me failed sign-ins for Karita this week and the IPs',
  'When did Alain last sign in?',
  "When does Karita's password expire?",
  'List risky users',
  'help',
])];

let runtime: Runtime;
beforeAll(async () => {
  runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
}, 120_000);
afterAll(async () => { await runtime?.close(); });

interface AskButton { readonly title: string; readonly question: string }

function askButtons(card: unknown): AskButton[] {
  return actionsOfType(card, 'Action.Submit')
    .filter((a) => (a['data'] as { verb?: string } | undefined)?.verb === 'ask')
    .map((a) => ({ title: String(a['title']), question: String((a['data'] as { question?: unknown }).question) }));
}

describe(`follow-up buttons of every family's answers on the demo tenant fit a phone (≤ ${FOLLOW_UP_TITLE_CHARS} characters)`, () => {
  it('every follow-up title is whole and short, and its button asks the whole question', async () => {
    const asker = runtime.askerFor(PERSONAS.patti.upn)!;
    const problems: string[] = [];
    let buttons = 0;
    let labelled = 0;
    for (const question of QUESTIONS) {
      const out = await runtime.pipeline.ask({ question, asker, context: {} });
      const answer: Answer = out.answer;
      // The answer's own titles: never relying on the card's last-resort cut.
      for (const q of answer.followUps) {
        const title = answer.followUpTitles?.[q] ?? q;
        if (title.length > FOLLOW_UP_TITLE_CHARS) problems.push(`"${question}": follow-up "${q}" has a ${title.length}-character title "${title}"`);
        if (title.endsWith('…')) problems.push(`"${question}": follow-up "${q}" has a cut title "${title}"`);
        if (title !== q) labelled++;
      }
      for (const t of Object.keys(answer.followUpTitles ?? {})) if (!answer.followUps.includes(t)) problems.push(`"${question}": a title for "${t}", which is no follow-up`);
      const card = renderAnswerCard(answer, { question, queries: out.queries });
      const shown = askButtons(card).filter((b) => answer.followUps.includes(b.question));
      buttons += shown.length;
      for (const b of shown) {
        if (b.title.length > FOLLOW_UP_TITLE_CHARS) problems.push(`"${question}": button "${b.title}" is ${b.title.length} characters`);
        if (b.title.endsWith('…')) problems.push(`"${question}": button "${b.title}" was cut`);
      }
      // Every follow-up the card shows asks its whole question (none lost, none shortened).
      const sent = new Set(askButtons(card).map((b) => b.question));
      const expected = answer.followUps.slice(0, shown.length);
      for (const q of expected) if (!sent.has(q)) problems.push(`"${question}": no button asks "${q}"`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(QUESTIONS.length).toBeGreaterThan(60);
    // The check is not empty: many buttons, and long questions do get short titles.
    expect(buttons).toBeGreaterThan(100);
    expect(labelled).toBeGreaterThan(20);
  }, 300_000);
});

describe('follow-up titles by construction', () => {
  it('takes the first title that fits, else cuts the last at a word; the question stays whole', () => {
    const long = 'Maximiliano-Alessandro Featherstonehaugh';
    const q = `Show ${long}'s sign-ins for the past 48 hours`;
    expect(followUp(q, `${long}'s sign-ins, past 48 hours`, 'Sign-ins, past 48 hours')).toEqual({ question: q, title: 'Sign-ins, past 48 hours' });
    expect(followUp('Show Karita\'s sign-ins for the past 48 hours', 'Karita\'s sign-ins, past 48 hours', 'x').title).toBe('Karita\'s sign-ins, past 48 hours');
    const cut = followUp(`Who owns ${long} Production Portal?`, `Owners of ${long} Production Portal`);
    expect(cut.title.length).toBeLessThanOrEqual(FOLLOW_UP_TITLE_CHARS);
    expect(cut.title).toMatch(/^Owners of .*…$/);
    expect(followUp('Pending access requests')).toEqual({ question: 'Pending access requests', title: 'Pending access requests' });
  });

  it('an answer keeps whole questions in followUps and only the short titles that differ', () => {
    const fields = followUpFields([followUp('Who are the members of Finance Department?', 'Members of Finance Department'), 'List guest users', 'List guest users']);
    expect(fields).toEqual({ followUps: ['Who are the members of Finance Department?', 'List guest users'], followUpTitles: { 'Who are the members of Finance Department?': 'Members of Finance Department' } });
    expect(followUpFields(['help'])).toEqual({ followUps: ['help'] });
  });

  it('the card shows the short title, cuts an untitled long question at a word, and sends the whole question', () => {
    const q = 'Which Conditional Access policies exclude the break-glass accounts?';
    const answer = { kind: 'summary', title: 'T', summary: 's', columns: [], rows: [], facts: [], followUps: [q, 'List guest users'], followUpTitles: {} } as Answer;
    expect(followUpTitle({ followUpTitles: { [q]: 'Policies excluding break-glass' } }, q)).toBe('Policies excluding break-glass');
    const card = renderAnswerCard(answer, { question: 'x', queries: [] });
    const b = askButtons(card);
    expect(b.map((x) => x.question)).toEqual([q, 'List guest users']);
    expect(b[0]!.title.length).toBeLessThanOrEqual(FOLLOW_UP_TITLE_CHARS);
    expect(b[0]!.title).toMatch(/…$/);
    expect(b[1]!.title).toBe('List guest users');
  });
});
