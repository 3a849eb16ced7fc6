/** `denied` answers: what was not allowed and, in the summary, the role that would be needed. */

import type { Answer } from '../answers/answer';
import { answerFrame } from './card-frame';
import { note } from './elements';
import type { RenderContext } from './render-context';
import { factSet, sections } from './sections';
import type { AdaptiveCard } from './types';

/**
 * The summary is `Attention` (red), not `Warning`: Teams' light theme draws `Warning` text in
 * #f8d22a, 1.5:1 against the white card, which nobody can read (seen in the e2e card gallery).
 */
export function renderDeniedCard(answer: Answer, ctx: RenderContext): AdaptiveCard {
  return answerFrame(answer, ctx, {
    summaryColor: 'Attention',
    content: [
      ...factSet(answer.facts, ctx.limits),
      ...sections(answer.sections, ctx.limits),
      note('Nothing was read from the tenant. Ask someone who holds that role, or ask about what you can see.'),
    ],
  });
}
