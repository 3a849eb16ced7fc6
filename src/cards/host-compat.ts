/**
 * Cards for hosts that are not Teams. The Microsoft 365 Agents Playground (0.2.x) throws
 * "Cannot add property msTeams, object is not extensible" when a button whose `data` carries
 * Teams' `msteams` messageBack hint is pressed, so no follow-up button works there. Without the
 * hint the host sends `value` = the data, which the bot routes on `verb` just the same; only
 * Teams' echo of the question in the chat is lost.
 */

import type { AdaptiveCard } from './types';

/** A copy of `card` whose Action.Submit buttons carry no `msteams` hint (pure; `card` unchanged). */
export function withoutMessageBack(card: AdaptiveCard): AdaptiveCard {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = strip(v);
    if (out['type'] === 'Action.Submit' && out['data'] && typeof out['data'] === 'object') {
      const data = { ...(out['data'] as Record<string, unknown>) };
      delete data['msteams'];
      out['data'] = data;
    }
    return out;
  };
  return strip(card) as AdaptiveCard;
}
