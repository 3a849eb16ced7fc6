/**
 * `clarify` answers: the summary asks the person to pick or say more; each choice is a button
 * that sends its question (verb "ask"). Choices are stacked one per row so long names stay readable.
 */

import type { Answer } from '../answers/answer';
import { askAction } from './actions';
import { answerFrame } from './card-frame';
import { note } from './elements';
import type { RenderContext } from './render-context';
import { factSet, sections } from './sections';
import type { AdaptiveCard, CardElement } from './types';

/** Most choice buttons on one card. */
export const MAX_CHOICES = 10;

export function renderClarifyCard(answer: Answer, ctx: RenderContext): AdaptiveCard {
  const choices = answer.choices ?? [];
  const max = Math.min(MAX_CHOICES, ctx.limits.listItems);
  const buttons: CardElement[] = choices.slice(0, max).map((c, i) => ({
    type: 'ActionSet',
    spacing: i === 0 ? 'Medium' : 'Small',
    actions: [askAction(c.title, c.question)],
  }));
  if (choices.length > max) buttons.push(note(`${choices.length - max} more matches: add a detail to narrow it down.`));
  return answerFrame(answer, ctx, {
    content: [...buttons, ...factSet(answer.facts, ctx.limits), ...sections(answer.sections, ctx.limits)],
  });
}
