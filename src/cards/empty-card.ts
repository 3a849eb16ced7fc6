/** `empty` answers: says plainly what was searched and that nothing matched. */

import type { Answer } from '../answers/answer';
import { answerFrame } from './card-frame';
import type { RenderContext } from './render-context';
import { factSet, sections } from './sections';
import type { AdaptiveCard } from './types';

export function renderEmptyCard(answer: Answer, ctx: RenderContext): AdaptiveCard {
  return answerFrame(answer, ctx, {
    content: [...factSet(answer.facts, ctx.limits), ...sections(answer.sections, ctx.limits)],
  });
}
