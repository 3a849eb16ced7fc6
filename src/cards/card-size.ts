/** Card size, measured the way the limit is stated: UTF-8 bytes of the card's JSON. */

/** Teams' practical limit for a bot message with an Adaptive Card (~28 KB). */
export const TEAMS_MESSAGE_LIMIT = 28 * 1024;

/** Room left for the activity envelope around the card (attachment, ids, addresses, text). */
export const ENVELOPE_HEADROOM = 2 * 1024;

/** Default `maxBytes` for a card: 26 KB. */
export const DEFAULT_MAX_CARD_BYTES = TEAMS_MESSAGE_LIMIT - ENVELOPE_HEADROOM;

/** UTF-8 length of `JSON.stringify(card)`. */
export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
