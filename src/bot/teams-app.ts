import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory, MemoryStorage, type Storage, type TurnContext } from 'botbuilder';
import { FAMILIES, welcomeExamples } from '../answers/families';
import { filterHelpFamilies, helpCard, parseCardActionData, welcomeCard, withoutMessageBack, type AdaptiveCard, type CardActionData } from '../cards';
import type { Asker } from '../planning/entities';
import type { Pipeline } from '../pipeline/ask';
import { cardFor } from '../runtime/respond';
import type { ConversationContext } from '../understanding/conversation';
import { OutcomeCache } from './outcome-cache';

export interface TeamsAppDeps {
  readonly adapter: TeamsAdapter;
  readonly pipeline: Pipeline;
  /** Who is asking, from the activity (demo: a persona; live: the Entra object id). */
  askerFor(context: TurnContext): Asker;
  readonly storage?: Storage;
  readonly log: (line: string) => void;
}

const STATE_KEY = 'entraAsk';

/**
 * A connector on this machine is a local test client (Agents Playground, Emulator), never Teams;
 * those cannot press a button that carries Teams' messageBack hint (see cards/host-compat.ts).
 */
export function isLocalClient(context: TurnContext): boolean {
  try {
    const host = new URL(context.activity.serviceUrl ?? '').hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
  } catch {
    return false;
  }
}

function cardActivity(card: AdaptiveCard, context: TurnContext) {
  const shown = isLocalClient(context) ? withoutMessageBack(card) : card;
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(shown)] };
}

function isBrief(context: TurnContext): boolean {
  const t = context.activity.conversation?.conversationType;
  return t === 'channel' || t === 'groupChat';
}

/**
 * The teams-ai Application: routes messages, card buttons (by `verb`) and conversation updates to
 * the pipeline, and keeps the conversation context in turn state.
 */
export function createTeamsApp(deps: TeamsAppDeps): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    storage: deps.storage ?? new MemoryStorage(),
    startTypingTimer: true,
    removeRecipientMention: true,
  });
  const cache = new OutcomeCache();

  const conversationOf = (state: TurnState): ConversationContext =>
    (state.conversation as Record<string, unknown>)[STATE_KEY] as ConversationContext | undefined ?? {};

  async function answer(context: TurnContext, state: TurnState, question: string): Promise<AdaptiveCard> {
    const outcome = await deps.pipeline.ask({ question, asker: deps.askerFor(context), context: conversationOf(state) });
    (state.conversation as Record<string, unknown>)[STATE_KEY] = outcome.context;
    cache.set(context.activity.conversation.id, outcome);
    deps.log(`answered intent=${outcome.intent.name} kind=${outcome.answer.kind} rows=${outcome.answer.rows.length} ms=${outcome.elapsedMs}`);
    return cardFor(outcome, { brief: isBrief(context) });
  }

  async function act(context: TurnContext, state: TurnState, data: CardActionData): Promise<AdaptiveCard> {
    switch (data.verb) {
      case 'ask':
        return answer(context, state, data.question);
      case 'showMore': {
        const cached = cache.get(context.activity.conversation.id, data.question);
        if (!cached) return answer(context, state, data.question);
        return cardFor(cached, { page: data.page, offset: data.offset, brief: isBrief(context) });
      }
      case 'help':
        return helpCard(filterHelpFamilies(FAMILIES, data.filter), { filter: data.filter });
    }
  }

  app.conversationUpdate('membersAdded', async (context) => {
    const added = context.activity.membersAdded ?? [];
    if (added.some((m) => m.id !== context.activity.recipient?.id)) {
      await context.sendActivity(cardActivity(welcomeCard(welcomeExamples()), context));
    }
  });

  for (const verb of ['ask', 'showMore', 'help'] as const) {
    app.adaptiveCards.actionSubmit(verb, async (context, state, value) => {
      const data = parseCardActionData(value);
      if (!data) return;
      await context.sendActivity(cardActivity(await act(context, state, data), context));
    });
    app.adaptiveCards.actionExecute(verb, async (context, state, value) => {
      const data = parseCardActionData({ ...(value as object), verb });
      return data ? act(context, state, data) : helpCard(FAMILIES);
    });
  }

  app.activity(ActivityTypes.Message, async (context, state) => {
    const data = parseCardActionData(context.activity.value);
    const text = (context.activity.text ?? '').trim();
    const card = data ? await act(context, state, data) : text ? await answer(context, state, text) : welcomeCard(welcomeExamples());
    await context.sendActivity(cardActivity(card, context));
  });

  return app;
}
