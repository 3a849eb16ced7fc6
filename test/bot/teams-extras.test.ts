import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/answer';
import { containsPersonalData, conversationKind, decideDisclosure } from '../../src/bot/channel-privacy';
import { parseHelpCommand } from '../../src/bot/commands';
import { createAdapter } from '../../src/bot/adapter';
import { startBotServer, type BotServer } from '../../src/bot/server';
import { createTeamsApp } from '../../src/bot/teams-app';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import type { Pipeline } from '../../src/pipeline/ask';
import { cardsOf, messageActivity, postJson } from '../helpers/activities';
import { testSettings } from '../helpers/bot';

let runtime: Runtime;
beforeAll(async () => { runtime = await createRuntime(testSettings(), { log: () => {}, quiet: true }); });
afterAll(async () => runtime?.close());

const ask = (question: string) => runtime.pipeline.ask({ question, asker: runtime.askerFor()!, context: {} });

describe('decideDisclosure (the channel rule)', () => {
  it.each([
    ['personal', true, true, undefined, 'full'],
    ['personal', true, false, undefined, 'full'],
    ['channel', false, true, undefined, 'full'],
    ['groupChat', false, true, undefined, 'full'],
    ['channel', true, true, undefined, 'summary'],
    ['groupChat', true, true, undefined, 'summary'],
    ['channel', true, true, 'private', 'summary'],
    ['channel', true, true, 'inline', 'full'],
    ['channel', true, false, 'inline', 'summary'],
  ] as const)('%s, personal data %s, asker allowed %s, policy %s → %s', (conversation, personalData, askerAllowed, policy, expected) => {
    expect(decideDisclosure({ conversation, personalData, askerAllowed, policy })).toBe(expected);
  });

  it('reads Teams conversation types; anything else is a personal chat', () => {
    expect(conversationKind('channel')).toBe('channel');
    expect(conversationKind('groupChat')).toBe('groupChat');
    expect(conversationKind('personal')).toBe('personal');
    expect(conversationKind(undefined)).toBe('personal');
    expect(conversationKind('somethingNew')).toBe('personal');
  });
});

describe('containsPersonalData, on answers from the demo tenant', () => {
  it.each([
    ['list guest users', true],
    ['who owns the Finance Department group?', true],
    ['show high risk users', true],
    ['show me apps outside my tenant', false],
    ['which groups have no owners?', false],
    ['list access packages', false],
  ])('"%s" → %s', async (question, expected) => {
    const outcome = await ask(question);
    expect(outcome.answer.rows.length + outcome.answer.facts.length, `${question} has content`).toBeGreaterThan(0);
    expect(containsPersonalData(outcome.answer, outcome.intent.name, outcome.intent.slots)).toBe(expected);
  });

  it('a UPN anywhere in the rows or facts of an otherwise impersonal answer is personal data', async () => {
    const outcome = await ask('show me apps outside my tenant');
    const upn = String(runtime.model!.users[0]!['userPrincipalName']);
    const withUpn: Answer = { ...outcome.answer, rows: [...outcome.answer.rows, [upn]] };
    expect(containsPersonalData(withUpn, outcome.intent.name)).toBe(true);
    const withFact: Answer = { ...outcome.answer, facts: [{ title: 'Contact', value: upn }] };
    expect(containsPersonalData(withFact, outcome.intent.name)).toBe(true);
  });

  it('sign-in summaries are personal when grouped or filtered by user', async () => {
    const byApp = await ask('how many failed sign-ins this week by app?');
    expect(byApp.intent.name).toBe('signIns.summary');
    expect(containsPersonalData(byApp.answer, byApp.intent.name, byApp.intent.slots)).toBe(false);
    expect(containsPersonalData(byApp.answer, 'signIns.summary', { ...byApp.intent.slots, groupBy: 'user' })).toBe(true);
  }, 120_000);

  it('answers without content (empty, denied, clarify, error) carry none', () => {
    const empty: Answer = { kind: 'denied', title: 't', summary: 's', columns: [], rows: [], facts: [], followUps: [] };
    expect(containsPersonalData(empty, 'user.details')).toBe(false);
  });
});

describe('parseHelpCommand', () => {
  it.each([
    ['help', {}],
    ['Help', {}],
    ['/help', {}],
    ['?', {}],
    ['help sign-ins', { filter: 'sign-ins' }],
    ['help: risky users', { filter: 'risky users' }],
    ['help with access packages', { filter: 'access packages' }],
    ['help about owners?', { filter: 'owners' }],
  ])('"%s" is the help command', (text, expected) => {
    expect(parseHelpCommand(text)).toEqual(expected);
  });

  it.each([
    'help me find Karita\'s sign-ins',
    'who owns the Finance Department group?',
    'help why can\'t Alain sign in',
    'helpdesk admins',
    'help with the sign-ins of karita for the past seven days please',
  ])('"%s" is a question, not the command', (text) => {
    expect(parseHelpCommand(text)).toBeUndefined();
  });
});

describe('typing indicator', () => {
  async function botWith(pipeline: Pipeline): Promise<BotServer> {
    const settings = testSettings();
    const adapter = createAdapter(settings, () => {});
    const app = createTeamsApp({ adapter, pipeline, askerFor: () => runtime.askerFor()!, log: () => {}, typing: { delayMs: 50, everyMs: 200 } });
    return startBotServer({ adapter, logic: (c) => app.run(c).then(() => undefined), host: '127.0.0.1', port: 0, maxBodyBytes: 256 * 1024, allowedTenants: [], log: () => {} });
  }

  async function replyTypes(server: BotServer, text: string): Promise<string[]> {
    const res = await postJson(`${server.url}/api/messages`, messageActivity({ text }));
    const body = await res.json() as { activities: { type: string }[] };
    expect(cardsOf(body)).toHaveLength(1);
    return body.activities.map((a) => a.type);
  }

  it('shows "typing" while a slow answer is worked on, then the answer, and no indicator after it', async () => {
    const slow: Pipeline = { ask: async (r) => { await new Promise((res) => setTimeout(res, 600)); return runtime.pipeline.ask(r); } };
    const server = await botWith(slow);
    try {
      const types = await replyTypes(server, 'who owns the Finance Department group?');
      expect(types[0]).toBe('typing');
      expect(types.at(-1)).toBe('message');
      expect(types.filter((t) => t === 'message')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('sends no indicator for an instant answer', async () => {
    const server = await botWith(runtime.pipeline);
    try {
      expect(await replyTypes(server, 'help')).toEqual(['message']);
    } finally {
      await server.close();
    }
  });
});
