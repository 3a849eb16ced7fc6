import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory, Channels, MemoryStorage, type ConversationParameters, type Storage, type TurnContext } from 'botbuilder';
import { QUESTION_FAMILIES, welcomeExamples } from '../families/registry';
import {
  filterHelpFamilies, helpCard, parseCardActionData, privateChatUnavailableCard, sentPrivatelyCard, sharedSummaryCard, welcomeCard,
  withoutMessageBack, type AdaptiveCard, type CardActionData, type HelpFamily,
} from '../cards';
import type { Asker } from '../planning/entities';
import type { AskOutcome, Pipeline } from '../pipeline/ask';
import { answerCsv, csvFileName, hasCsvRows } from '../answers/csv';
import { cardFor, cardPageSize } from '../runtime/respond';
import type { CsvExportStore } from './csv-exports';
import type { ConversationContext } from '../understanding/conversation';
import { conversationKind, postingFor, type ChannelDetailsPolicy } from './channel-privacy';
import { parseHelpCommand } from './commands';
import { ASKED_IN_KEY, contextAskedIn, mergeAskedIn, rememberAskedIn } from './asked-in';
import { OutcomeCache } from './outcome-cache';
import { mergeContexts } from './state-merge';
import { isStateStoreError, stateUnavailableCard } from './state-store-error';
import { SharedTurnState } from './turn-state';
import { startTyping, type TypingOptions } from './typing';

export interface TeamsAppDeps {
  readonly adapter: TeamsAdapter;
  readonly pipeline: Pipeline;
  /** Who is asking, from the activity (demo: a persona; live: the Entra object id). */
  askerFor(context: TurnContext): Asker;
  /** The help card's families for the person in this turn, marked with what they may ask (default: every family, unmarked). */
  helpFamilies?(context: TurnContext): Promise<readonly HelpFamily[]>;
  /** Conversation state (default: this process's memory); shared by every instance when scaled out. */
  readonly storage?: Storage;
  readonly log: (line: string) => void;
  /** The bot's app id (BOT_ID), for starting 1:1 chats; empty in local mode. */
  readonly botId?: string;
  /** Answers about people in channels and group chats (channel-privacy.ts); default `private`. */
  readonly channelDetails?: ChannelDetailsPolicy;
  readonly typing?: TypingOptions;
  /** Where answers longer than a card page are offered as CSV (none: no download link). */
  readonly exports?: CsvExportStore;
  /**
   * Delegated mode: the Azure Bot OAuth connection for Teams SSO. Set, the app signs the person in
   * (Teams SSO, silently when possible) before a message is answered, and each question carries
   * the token as `userAssertion` for the on-behalf-of exchange.
   */
  readonly ssoConnectionName?: string;
  /** Leaves an audit line for a verb that runs no question (help, a cached page, a CSV download). */
  recordVerb?(verb: 'help' | 'showMore' | 'csvDownload', asker: Asker, channel: string, rowCount?: number): void;
  /** The turn's SSO token (default: the token teams-ai keeps in `state.temp.authTokens`). */
  userAssertionFor?(context: TurnContext, state: TurnState): string | undefined;
}

/** The name of the sign-in setting in teams-ai's authentication options. */
export const SSO_SETTING = 'entraAskSso';

const STATE_KEY = 'entraAsk';
/** The shared card's note when a name fits several directory objects. */
const CHOOSE_PRIVATELY_NOTE = 'The name fits more than one entry in the directory, so the choices are not listed here. Press the button to choose in a private chat; you see what you are allowed to see.';
/** The audience of Bot Framework connector tokens (public cloud). */
const CONNECTOR_AUDIENCE = 'https://api.botframework.com';

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

function isShared(context: TurnContext): boolean {
  return conversationKind(context.activity.conversation?.conversationType) !== 'personal';
}

/**
 * The teams-ai Application: routes messages, card buttons (by `verb`) and conversation updates to
 * the pipeline, and keeps the conversation context in turn state. In channels and group chats it
 * answers @mentions (teams-ai strips the mention: `removeRecipientMention`), keeps cards brief, and
 * posts only summaries of answers about people, sending the details 1:1 on request.
 */
export function createTeamsApp(deps: TeamsAppDeps): Application<TurnState> {
  const storage = deps.storage ?? new MemoryStorage();
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    storage,
    // Written with eTags; two instances answering one conversation at once merge their contexts.
    turnStateFactory: () => new SharedTurnState({
      mergers: { [STATE_KEY]: (b, o, t) => mergeContexts(b ?? {}, o ?? {}, t ?? {}), [ASKED_IN_KEY]: mergeAskedIn },
      onConflict: (scope, attempt) => deps.log(`${scope} state was saved by another turn meanwhile (attempt ${attempt}): merged, saving again`),
    }),
    // teams-ai's timer is shared by every turn of the Application; ours (typing.ts) is per turn.
    startTypingTimer: false,
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
  const csvUrls = new WeakMap<AskOutcome, Promise<string>>();

  /** A download link for table answers the card cannot show whole (the same link for every page). */
  function csvUrlFor(context: TurnContext, outcome: AskOutcome): Promise<string> | undefined {
    if (!deps.exports || !hasCsvRows(outcome.answer) || outcome.answer.rows.length <= cardPageSize(isShared(context))) return undefined;
    let url = csvUrls.get(outcome);
    if (!url) {
      // Recorded as the question was: the asker as the audit trail names them, the conversation's channel.
      const asker = deps.askerFor(context);
      const owner = asker.anonymous ? 'anonymous' : asker.objectId ?? context.activity.from?.id ?? 'unknown';
      url = deps.exports.add(answerCsv(outcome.answer), csvFileName(outcome.answer), owner, context.activity.channelId || 'teams');
      // A failed upload is tried again on the next page rather than remembered.
      url.catch(() => csvUrls.delete(outcome));
      csvUrls.set(outcome, url);
    }
    return url;
  }

  /** The download link, or none when the store cannot take it now (the card still shows its page). */
  async function csvLinkFor(context: TurnContext, outcome: AskOutcome): Promise<string | undefined> {
    try {
      return await csvUrlFor(context, outcome);
    } catch (err) {
      if (!isStateStoreError(err)) throw err;
      deps.log(`no CSV link on this card: ${err.message}`);
      return undefined;
    }
  }

  const conversationOf = (state: TurnState): ConversationContext =>
    (state.conversation as Record<string, unknown>)[STATE_KEY] as ConversationContext | undefined ?? {};

  // Cached answers are per person as well as per conversation: in a group chat, "Show more" on
  // someone else's card asks again with the presser's own permissions.
  const cacheKey = (context: TurnContext): string => {
    const asker = deps.askerFor(context);
    return `${context.activity.conversation.id}\u0000${asker.objectId ?? asker.upn}`;
  };

  async function ask(context: TurnContext, state: TurnState, question: string): Promise<AskOutcome> {
    const askedIn = conversationOf(state);
    const outcome = await deps.pipeline.ask({
      question, asker: deps.askerFor(context), context: askedIn, channel: context.activity.channelId || 'teams',
      userAssertion: userAssertionFor(context, state),
    });
    const conversation = state.conversation as Record<string, unknown>;
    conversation[STATE_KEY] = outcome.context;
    conversation[ASKED_IN_KEY] = rememberAskedIn(conversation[ASKED_IN_KEY], question, askedIn);
    // Saved before the answer is sent: an answer whose context was not stored would make the next
    // follow-up wrong, so a failure here is answered with "try again" instead (answerHere).
    await state.save(context, storage);
    cache.set(cacheKey(context), outcome);
    deps.log(`answered intent=${outcome.intent.name} kind=${outcome.answer.kind} rows=${outcome.answer.rows.length} ms=${outcome.elapsedMs}`);
    return outcome;
  }

  /** Asks the question and makes its card here (the help card lists what this person may ask). */
  async function answerHere(context: TurnContext, state: TurnState, question: string): Promise<AdaptiveCard> {
    let outcome: AskOutcome;
    try {
      outcome = await ask(context, state, question);
    } catch (err) {
      if (!isStateStoreError(err)) throw err;
      deps.log(`not answered: conversation state ${err.kind}: ${err.message}`);
      return stateUnavailableCard(question, err.kind);
    }
    return cardHere(context, outcome, undefined, outcome.intent.name === 'help' ? await familiesFor(context) : undefined);
  }

  /**
   * The help families for this turn's person. In a channel or a group chat every family, unmarked:
   * which ones need a role the asker lacks would tell everyone there which roles they hold.
   */
  function familiesFor(context: TurnContext): Promise<readonly HelpFamily[]> {
    if (isShared(context)) return Promise.resolve(QUESTION_FAMILIES);
    return deps.helpFamilies ? deps.helpFamilies(context) : Promise.resolve(QUESTION_FAMILIES);
  }

  /** The card for an outcome where the turn happens: in full, or a summary in shared conversations. */
  async function cardHere(context: TurnContext, outcome: AskOutcome, page?: { page: number; offset: number }, families?: readonly HelpFamily[]): Promise<AdaptiveCard> {
    if (outcome.intent.name === 'help' && families) return helpCard(families);
    const posting = postingFor(outcome, conversationKind(context.activity.conversation?.conversationType), deps.channelDetails);
    if (posting.disclosure === 'summary') {
      return sharedSummaryCard(posting.answer, { question: outcome.question, ...(posting.choosing ? { note: CHOOSE_PRIVATELY_NOTE } : {}) });
    }
    const shown = { ...outcome, answer: posting.answer };
    return cardFor(shown, { ...page, brief: isShared(context), csvUrl: await csvLinkFor(context, outcome) });
  }

  /** Starts (or reuses) the 1:1 chat with the person who sent this activity and posts the card there. */
  async function sendPrivately(context: TurnContext, card: AdaptiveCard): Promise<void> {
    const { activity } = context;
    const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    const parameters = {
      isGroup: false,
      bot: activity.recipient,
      members: [activity.from],
      tenantId,
      channelData: tenantId ? { tenant: { id: tenantId } } : undefined,
    } as ConversationParameters;
    await deps.adapter.createConversationAsync(
      deps.botId ?? '', activity.channelId ?? Channels.Msteams, activity.serviceUrl, CONNECTOR_AUDIENCE, parameters,
      async (privateContext) => { await privateContext.sendActivity(cardActivity(card, privateContext)); },
    );
  }

  async function act(context: TurnContext, state: TurnState, data: CardActionData): Promise<AdaptiveCard> {
    switch (data.verb) {
      case 'ask':
        return answerHere(context, state, data.question);
      case 'showMore': {
        let cached = cache.get(cacheKey(context), data.question);
        if (!cached) {
          // Not answered here (another instance did, or this one restarted): asked again in the
          // context it was asked in, if the conversation remembers it; paging does not move it on.
          const askedIn = contextAskedIn((state.conversation as Record<string, unknown>)[ASKED_IN_KEY], data.question);
          if (!askedIn) return answerHere(context, state, data.question);
          cached = await deps.pipeline.ask({
            question: data.question, asker: deps.askerFor(context), context: askedIn, channel: context.activity.channelId || 'teams',
            userAssertion: userAssertionFor(context, state),
          });
          cache.set(cacheKey(context), cached);
        }
        deps.recordVerb?.('showMore', deps.askerFor(context), context.activity.channelId || 'teams', cached.answer.rows.length);
        return cardHere(context, cached, { page: data.page, offset: data.offset });
      }
      case 'help':
        deps.recordVerb?.('help', deps.askerFor(context), context.activity.channelId || 'teams');
        return helpCard(filterHelpFamilies(await familiesFor(context), data.filter), { filter: data.filter });
      case 'private': {
        // Answered again for the person who pressed the button: the pipeline checks what *they* may
        // see. The context the question was asked in resolves follow-ups ("her groups"), else the
        // conversation's; it is not advanced. Delegated mode: the presser's own token, so Graph
        // answers with their rights (issue 18).
        const askedIn = contextAskedIn((state.conversation as Record<string, unknown>)[ASKED_IN_KEY], data.question) ?? conversationOf(state);
        const outcome = await deps.pipeline.ask({
          question: data.question, asker: deps.askerFor(context), context: askedIn,
          channel: context.activity.channelId || 'teams', userAssertion: userAssertionFor(context, state),
        });
        deps.log(`answered privately intent=${outcome.intent.name} kind=${outcome.answer.kind} rows=${outcome.answer.rows.length}`);
        const card = cardFor(outcome);
        if (!isShared(context)) return card;
        try {
          await sendPrivately(context, card);
        } catch (err) {
          // Typically: the app is not installed for this person, so Teams refuses a 1:1 chat.
          // The details are never posted here instead.
          deps.log(`could not start a private chat: ${err instanceof Error ? err.message : String(err)}`);
          return privateChatUnavailableCard();
        }
        return sentPrivatelyCard(data.question);
      }
    }
  }

  /** Runs a turn's work with the typing indicator on. */
  async function withTyping<T>(context: TurnContext, work: () => Promise<T>): Promise<T> {
    const stop = startTyping(context, deps.typing);
    try {
      return await work();
    } finally {
      stop();
    }
  }

  app.conversationUpdate('membersAdded', async (context) => {
    const added = context.activity.membersAdded ?? [];
    if (added.some((m) => m.id !== context.activity.recipient?.id)) {
      await context.sendActivity(cardActivity(welcomeCard(welcomeExamples()), context));
    }
  });

  for (const verb of ['ask', 'showMore', 'help', 'private'] as const) {
    app.adaptiveCards.actionSubmit(verb, async (context, state, value) => {
      const data = parseCardActionData(value);
      if (!data) return;
      await context.sendActivity(cardActivity(await withTyping(context, () => act(context, state, data)), context));
    });
    app.adaptiveCards.actionExecute(verb, async (context, state, value) => {
      const data = parseCardActionData({ ...(value as object), verb });
      return data ? act(context, state, data) : helpCard(QUESTION_FAMILIES);
    });
  }

  app.activity(ActivityTypes.Message, async (context, state) => {
    const data = parseCardActionData(context.activity.value);
    // In channels and group chats teams-ai has already removed the "<at>Entra Ask</at>" mention.
    const text = (context.activity.text ?? '').trim();
    const help = data ? undefined : parseHelpCommand(text);
    const card = await withTyping(context, async () => {
      if (data) return act(context, state, data);
      if (help) deps.recordVerb?.('help', deps.askerFor(context), context.activity.channelId || 'teams');
      if (help) return helpCard(filterHelpFamilies(await familiesFor(context), help.filter), { filter: help.filter });
      if (text) return answerHere(context, state, text);
      return welcomeCard(welcomeExamples());
    });
    await context.sendActivity(cardActivity(card, context));
  });

  return app;
}


/**
 * Runs one turn of the app. When the conversation state cannot be read (or saved at the end of the
 * turn), the person is asked to try again: that is an expected failure of shared storage (a value
 * rendered as a card), not a bug for `onTurnError`, and nothing is answered without the context.
 */
export async function runTurn(app: Application<TurnState>, context: TurnContext, log: (line: string) => void): Promise<void> {
  try {
    await app.run(context);
  } catch (err) {
    if (!isStateStoreError(err)) throw err;
    log(`not answered: conversation state ${err.kind}: ${err.message}`);
    const { activity } = context;
    if (activity.type === ActivityTypes.Invoke && activity.name === 'adaptiveCard/action') {
      // Action.Execute waits for the card that replaces the pressed one.
      const card = stateUnavailableCard(undefined, err.kind);
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } } });
      return;
    }
    const text = activity.type === ActivityTypes.Message ? (activity.text ?? '').trim() : '';
    await context.sendActivity(cardActivity(stateUnavailableCard(text || undefined, err.kind), context));
  }
}
