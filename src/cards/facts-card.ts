/** `facts` answers: a FactSet of name/value pairs (plus any rows as a table). */

import type { Answer } from '../answers/answer';
import { answerFrame } from './card-frame';
import type { RenderContext } from './render-context';
import { factSet, sections } from './sections';
import { rowsTable } from './table-card';
import type { AdaptiveCard } from './types';

export function renderFactsCard(answer: Answer, ctx: RenderContext): AdaptiveCard {
  const table = rowsTable(answer, ctx);
  return answerFrame(answer, ctx, {
    content: [...factSet(answer.facts, ctx.limits), ...sections(answer.sections, ctx.limits), ...table.elements],
    leadActions: table.actions,
  });
}
