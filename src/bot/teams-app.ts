import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory, MemoryStorage, type Storage, type TurnContext } from 'botbuilder';
import { FAMILIES, welcomeExamples } from '../answers/families';
import { filterHelpFamilies, helpCard, parseCardActionData, welcomeCard, type AdaptiveCard, type CardActionData } from '../cards';
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
  /**
   * Delegated mode: the Azure Bot OAuth connection for Teams SSO. Set, the app signs the person in
   * (Teams SSO, silently when possible) before a message is answered, and each question carries
   * the token as `userAssertion` for the on-behalf-of exchange.
   */
  readonly ssoConnectionName?: string;
  /** The turn's SSO token (default: the token teams-ai keeps in `state.temp.authTokens`). */
  userAssertionFor?(context: TurnContext, state: TurnState): string | undefined;
}

/** The name of the sign-in setting in teams-ai's authentication options. */
export const SSO_SETTING = 'entraAskSso';

const STATE_KEY = 'entraAsk';

function cardActivity(card: AdaptiveCard) {
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] };
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
    ...(deps.ssoConnectionName ? {
      authentication: {
        settings: { [SSO_SETTING]: { connectionName: deps.ssoConnectionName, title: 'Sign in to Entra Ask', enableSso: true } },
        autoSignIn: true,
      },
    } : {}),
  });
  const userAssertionFor = deps.userAssertionFor
    ?? ((_context: TurnContext, state: TurnState) => state.temp?.authTokens?.[SSO_SETTING]);
  const cache = new OutcomeCache();

  const conversationOf = (state: TurnState): ConversationContext =>
    (state.conversation as Record<string, unknown>)[STATE_KEY] as ConversationContext | undefined ?? {};

  // Cached answers are per person as well as per conversation: in a group chat, "Show more" on
  // someone else's card asks again with the presser's own permissions.
  const cacheKey = (context: TurnContext): string => {
    const asker = deps.askerFor(context);
    return `${context.activity.conversation.id}\u0000${asker.objectId ?? asker.upn}`;
  };

  async function answer(context: TurnContext, state: TurnState, question: string): Promise<AdaptiveCard> {
    const outcome = await deps.pipeline.ask({
      question, asker: deps.askerFor(context), context: conversationOf(state), channel: context.activity.channelId || 'teams',
      userAssertion: userAssertionFor(context, state),
    });
    (state.conversation as Record<string, unknown>)[STATE_KEY] = outcome.context;
    cache.set(cacheKey(context), outcome);
    deps.log(`answered intent=${outcome.intent.name} kind=${outcome.answer.kind} rows=${outcome.answer.rows.length} ms=${outcome.elapsedMs}`);
    return cardFor(outcome, { brief: isBrief(context) });
  }

  async function act(context: TurnContext, state: TurnState, data: CardActionData): Promise<AdaptiveCard> {
    switch (data.verb) {
      case 'ask':
        return answer(context, state, data.question);
      case 'showMore': {
        const cached = cache.get(cacheKey(context), data.question);
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
      await context.sendActivity(cardActivity(welcomeCard(welcomeExamples())));
    }
  });

  for (const verb of ['ask', 'showMore', 'help'] as const) {
    app.adaptiveCards.actionSubmit(verb, async (context, state, value) => {
      const data = parseCardActionData(value);
      if (!data) return;
      await context.sendActivity(cardActivity(await act(context, state, data)));
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
    await context.sendActivity(cardActivity(card));
  });

  return app;
}
