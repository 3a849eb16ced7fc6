/** The cards stage: `Answer` → Adaptive Card 1.5 JSON. See README.md. */

export { renderAnswerCard, ANSWER_RENDERERS, MIN_MAX_BYTES } from './render-answer';
export type { RenderAnswerOptions } from './render-answer';
export { errorCard } from './error-card';
export { withoutMessageBack } from './host-compat';
export type { ErrorDetails } from './error-card';
export { helpCard, welcomeCard, filterHelpFamilies } from './help-card';
export type { HelpFamily, HelpCardOptions } from './help-card';
export { cardBytes, DEFAULT_MAX_CARD_BYTES, TEAMS_MESSAGE_LIMIT, ENVELOPE_HEADROOM } from './card-size';
export { CARD_VERBS, HELP_FILTER_INPUT_ID, parseCardActionData } from './action-data';
export type { CardActionData, CardVerb, AskActionData, ShowMoreActionData, HelpActionData, PrivateActionData } from './action-data';
export { sharedSummaryCard, sentPrivatelyCard, privateChatUnavailableCard } from './shared-summary-card';
export { QUERY_CONTAINER_ID } from './query-section';
export type { AdaptiveCard, CardElement, CardAction } from './types';
