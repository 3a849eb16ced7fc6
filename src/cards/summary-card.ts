/**
 * `summary` answers (e.g. the risky-user summary: "Summary", "What to do", "Help and
 * documentation"): sections first, then any facts and rows.
 */

import type { Answer } from '../answers/answer';
import { answerFrame } from './card-frame';
import type { RenderContext } from './render-context';
import { factSet, sections } from './sections';
import { rowsTable } from './table-card';
import type { AdaptiveCard } from './types';

export function renderSummaryCard(answer: Answer, ctx: RenderContext): AdaptiveCard {
  const table = rowsTable(answer, ctx);
  return answerFrame(answer, ctx, {
    content: [...sections(answer.sections, ctx.limits), ...factSet(answer.facts, ctx.limits), ...table.elements],
    leadActions: table.actions,
  });
}
