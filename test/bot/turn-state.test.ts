/**
 * The conversation state of a turn, without storage servers: the three-way merge two instances
 * need when they answer one conversation at once, the eTag retry with botbuilder's MemoryStorage,
 * and what the person sees when the state cannot be read or saved (never an answer whose context
 * was lost). Against Azure Storage's own API: shared-state.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStorage, type Storage, type StoreItems, type TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { startBotServer, type BotServer } from '../../src/bot/server';
import { mergeContexts, mergeState } from '../../src/bot/state-merge';
import { StateStoreError, stateUnavailableCard } from '../../src/bot/state-store-error';
import { createTeamsApp, runTurn } from '../../src/bot/teams-app';
import { SharedTurnState } from '../../src/bot/turn-state';
import { readSettings } from '../../src/config/settings';
import type { AskOutcome, AskRequest, Pipeline } from '../../src/pipeline/ask';
import type { Subject } from '../../src/understanding/conversation';
import { cardsOf, cardText, messageActivity, postJson } from '../helpers/activities';

const user = (id: string): Subject => ({ kind: 'user', id, displayName: id });

describe('mergeContexts / mergeState', () => {
  it('keeps the later question and every subject both answers brought up, the later first', () => {
    const base = { lastQuestion: 'show Karita', lastIntent: 'user.details', users: [user('karita')] } as const;
    const ours = { lastQuestion: 'show Alain', lastIntent: 'user.details', users: [user('alain'), user('karita')], page: 0 } as const;
    const theirs = { lastQuestion: 'show Megan', lastIntent: 'user.details', users: [user('megan'), user('karita')], groups: [{ kind: 'group', id: 'g', displayName: 'Finance' }], page: 0 } as const;
    const merged = mergeContexts(base, ours, theirs);
    expect(merged.lastQuestion).toBe('show Alain');
    expect(merged.users?.map((s) => s.id)).toEqual(['alain', 'megan', 'karita']);
    expect(merged.groups?.map((s) => s.id)).toEqual(['g']);
  });

  it('keeps what only one side changed and lets a named merger decide what both changed', () => {
    const base = { a: 1, b: { x: 1 }, c: 'same' };
    expect(mergeState(base, { a: 2, b: { x: 1 }, c: 'same' }, { a: 1, b: { x: 9 }, c: 'same', d: true })).toEqual({ a: 2, b: { x: 9 }, c: 'same', d: true });
    expect(mergeState(base, { a: 2, b: { x: 1 }, c: 'same' }, { a: 3, b: { x: 1 }, c: 'same' })).toEqual({ a: 2, b: { x: 1 }, c: 'same' });
    expect(mergeState(base, { a: 2, b: { x: 1 }, c: 'same' }, { a: 3, b: { x: 1 }, c: 'same' }, { a: (_b, o, t) => (o as number) + (t as number) })).toEqual({ a: 5, b: { x: 1 }, c: 'same' });
    // What we deleted stays deleted unless they changed it; their deletion stands when we did not touch it.
    expect(mergeState({ a: 1, b: 2 }, { b: 2 }, { a: 1 })).toEqual({});
    expect(mergeState({ a: 1 }, { a: 1 }, { a: 1, eTag: 'x' })).toEqual({ a: 1 });
  });
});

function turnContext(conversationId: string): TurnContext {
  return { activity: { channelId: 'msteams', recipient: { id: '28:bot' }, conversation: { id: conversationId }, from: { id: '29:u' } } } as unknown as TurnContext;
}

describe('SharedTurnState with eTags', () => {
  const mergers = { entraAsk: (b: unknown, o: unknown, t: unknown) => mergeContexts(b ?? {}, o ?? {}, t ?? {}) };

  it('a turn that saves after another one wrote merges instead of overwriting or failing', async () => {
    const storage = new MemoryStorage();
    const context = turnContext('c1');
    const seed = new SharedTurnState({ mergers });
    await seed.load(context, storage);
    (seed.conversation as Record<string, unknown>)['entraAsk'] = { lastQuestion: 'q0', users: [user('k')] };
    await seed.save(context, storage);

    const a = new SharedTurnState({ mergers });
    const b = new SharedTurnState({ mergers });
    await a.load(context, storage);
    await b.load(context, storage);
    (a.conversation as Record<string, unknown>)['entraAsk'] = { lastQuestion: 'qa', users: [user('a'), user('k')] };
    (b.conversation as Record<string, unknown>)['entraAsk'] = { lastQuestion: 'qb', users: [user('b'), user('k')] };
    await a.save(context, storage);
    await b.save(context, storage);
    const stored = (await storage.read(['msteams/28:bot/conversations/c1']))['msteams/28:bot/conversations/c1'] as { entraAsk: { lastQuestion: string; users: Subject[] } };
    expect(stored.entraAsk.lastQuestion).toBe('qb');
    expect(stored.entraAsk.users.map((s) => s.id)).toEqual(['b', 'a', 'k']);
    // A second save of the same turn with nothing new writes nothing (no spurious conflict).
    const write = storage.write.bind(storage);
    let writes = 0;
    storage.write = (changes: StoreItems) => { writes++; return write(changes); };
    await b.save(context, storage);
    expect(writes).toBe(0);
  });

  it('gives up with a typed conflict when the item changes on every attempt', async () => {
    const storage = new MemoryStorage();
    const context = turnContext('c2');
    const busy: Storage = {
      read: (keys) => storage.read(keys),
      delete: (keys) => storage.delete(keys),
      write: async () => { throw new Error('Storage: error writing "x" due to eTag conflict.'); },
    };
    const state = new SharedTurnState({ maxAttempts: 3 });
    await state.load(context, busy);
    (state.conversation as Record<string, unknown>)['entraAsk'] = { lastQuestion: 'q' };
    await expect(state.save(context, busy)).rejects.toMatchObject({ name: 'StateStoreError', kind: 'conflict' });
    // The turn's changes are dropped: the final save of teams-ai does not try again.
    await expect(state.save(context, busy)).resolves.toBeUndefined();
  });

  it('says which failure it was on the card, with "Try again" for the question', () => {
    const text = (kind: 'unavailable' | 'conflict') => cardText(stateUnavailableCard('show her groups', kind));
    expect(text('unavailable')).toMatch(/could not reach my conversation memory/);
    expect(text('conflict')).toMatch(/being saved at the same moment/);
    for (const k of ['unavailable', 'conflict'] as const) {
      expect(text(k)).toMatch(/Try again/);
      expect(JSON.stringify(stateUnavailableCard('show her groups', k))).toContain('show her groups');
    }
  });
});

describe('a turn whose conversation state cannot be read or saved', () => {
  const seen: AskRequest[] = [];
  const pipeline: Pipeline = {
    async ask(request) {
      seen.push(request);
      return {
        question: request.question, intent: { name: 'user.details', slots: {} }, resolved: {}, queries: [], elapsedMs: 1,
        context: { lastQuestion: request.question },
        answer: { kind: 'summary', title: `answered ${request.question}`, summary: 'ok', columns: [], rows: [], facts: [], followUps: [] },
      } satisfies AskOutcome;
    },
  };
  const memory = new MemoryStorage();
  const fail = { reads: false, writes: false };
  const down = () => new StateStoreError('unavailable', 'could not reach the storage account (no response): connect ECONNREFUSED');
  const storage: Storage = {
    read: async (keys) => { if (fail.reads) throw down(); return memory.read(keys); },
    write: async (changes) => { if (fail.writes) throw down(); return memory.write(changes); },
    delete: (keys) => memory.delete(keys),
  };
  const logs: string[] = [];
  let server: BotServer;

  beforeAll(async () => {
    const settings = readSettings({ PORT: '0', HOST: '127.0.0.1', AUDIT_LOG: 'off' });
    const log = (l: string) => logs.push(l);
    const adapter = createAdapter(settings, log);
    const app = createTeamsApp({ adapter, pipeline, storage, log, askerFor: () => ({ upn: 'a@b.c' }) });
    server = await startBotServer({
      adapter, logic: (ctx) => runTurn(app, ctx, log), host: '127.0.0.1', port: 0,
      maxBodyBytes: 256 * 1024, allowedTenants: [], log,
    });
  });
  afterAll(async () => server?.close());

  async function ask(text: string): Promise<string> {
    const res = await postJson(`${server.url}/api/messages`, messageActivity({ text, conversationId: 'a:conv' }));
    expect(res.status).toBe(200);
    const cards = cardsOf(await res.json());
    expect(cards).toHaveLength(1);
    return cardText(cards[0]);
  }

  it('answers "try again" instead of an answer whose context would be lost, and the next turn has the old context', async () => {
    expect(await ask('show Karita')).toContain('answered show Karita');
    fail.writes = true;
    const text = await ask('show Alain');
    fail.writes = false;
    expect(text).toMatch(/try again/i);
    expect(text).not.toContain('answered show Alain');
    expect(text).not.toMatch(/ECONNREFUSED|went wrong on our side/);
    expect(await ask('her groups')).toContain('answered her groups');
    expect(seen.at(-1)?.context.lastQuestion).toBe('show Karita');
  });

  it('answers "try again" without asking when the state cannot be read (not the bug card of onTurnError)', async () => {
    const before = seen.length;
    fail.reads = true;
    const text = await ask('her groups');
    fail.reads = false;
    expect(seen.length).toBe(before);
    expect(text).toMatch(/conversation memory/);
    expect(text).not.toMatch(/went wrong on our side/);
    expect(logs.some((l) => l.startsWith('not answered: conversation state unavailable'))).toBe(true);
    expect(logs.some((l) => l.startsWith('turn error'))).toBe(false);
  });

  it('answers an Action.Execute button with the "try again" card in place of the pressed one', async () => {
    const activity = {
      ...messageActivity({ conversationId: 'a:conv', expectReplies: false }),
      type: 'invoke', name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'ask', data: { question: 'her groups' } } },
    };
    fail.reads = true;
    const res = await postJson(`${server.url}/api/messages`, activity);
    fail.reads = false;
    expect(res.status).toBe(200);
    const body = await res.json() as { statusCode: number; type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toMatch(/conversation memory/);
  });
});
