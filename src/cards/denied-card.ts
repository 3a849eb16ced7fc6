/** `denied` answers: what was not allowed and, in the summary, the role that would be needed. */

import type { Answer } from '../answers/answer';
import { answerFrame } from './card-frame';
import { note } from './elements';
import type { RenderContext } from './render-context';
import { factSet, sections } from './sections';
import type { AdaptiveCard } from './types';

export function renderDeniedCard(answer: Answer, ctx: RenderContext): AdaptiveCard {
  return answerFrame(answer, ctx, {
    summaryColor: 'Warning',
    content: [
      ...factSet(answer.facts, ctx.limits),
      ...sections(answer.sections, ctx.limits),
      note('Nothing was read from the tenant. Ask someone who holds that role, or ask about what you can see.'),
    ],
  });
}
