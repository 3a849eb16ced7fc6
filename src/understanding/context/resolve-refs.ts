import type { Analysis } from '../analysis/analyse';
import { streamOf } from '../analysis/analyse';
import type { Mention } from '../analysis/mention';
import type { ConversationContext } from '../conversation';
import { resolveAny } from './subjects';

/**
 * "it", "they", "them": the conversation says what they point at (the last answer's subject),
 * so the classifier sees "who owns @group" rather than "who owns @it".
 */
export function resolveVagueRefs(a: Analysis, context: ConversationContext): Analysis {
  if (!a.mentions.some((m) => m.kind === 'ref' && m.ref === 'any')) return a;
  const kind = resolveAny(context, undefined);
  if (kind === undefined) return a;
  const mentions = a.mentions.map((m): Mention => (m.kind === 'ref' && m.ref === 'any' ? { ...m, ref: kind } : m));
  return { ...a, mentions, stream: streamOf(a.words, mentions) };
}
