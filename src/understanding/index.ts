/** The understanding stage: question + conversation → Intent. See README.md. */
export { understand, understandAs, nameIndexFor, MIN_CONFIDENCE } from './understand';
export type { UnderstandOptions } from './understand';
export { suggestClosest } from './suggest';
export { buildGazetteer, EMPTY_GAZETTEER } from './names/gazetteer';
export type { Gazetteer, GazetteerSource, GazetteerUser } from './names/gazetteer';
export { nameIndexFor as createNameIndex } from './understand';
export { findNames } from './names/name-index';
export type { NameIndex, NameKind } from './names/name-index';
export { INTENT_NAMES, isIntentName } from './intent';
export type { AmbiguousSlot, Intent, IntentName, SlotChoice, SlotName, Slots, TimeWindow } from './intent';
export { EMPTY_CONTEXT } from './conversation';
export type { ConversationContext, Subject } from './conversation';
