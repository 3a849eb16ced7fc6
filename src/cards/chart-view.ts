/**
 * A chart hint drawn as horizontal text bars. Adaptive Cards 1.5 has no chart element that every
 * Teams client renders (Chart.* elements are newer and host-specific), so each category is one
 * ColumnSet row: label, a bar of "█" characters proportional to the value, and the value. Works on
 * desktop, web and mobile, in light and dark themes (the bar uses the theme's accent colour).
 */

import type { Answer } from '../answers/answer';
import { plainText } from './elements';
import { cutAtWord, formatCell } from './text';
import type { CardElement, ColumnSet } from './types';

/** Width of the longest bar, in characters. */
export const BAR_WIDTH = 20;

/** Width of one digit of small bold text in Teams' font (Segoe UI, 12 px), rounded up, and padding. */
const VALUE_CHAR_PX = 8;
const VALUE_PAD_PX = 6;

/** Bars for the chart hint, or nothing when there is no hint or no numeric value to draw. */
export function chartView(answer: Answer, maxBars: number, labelChars: number): CardElement[] {
  const hint = answer.chart;
  if (!hint) return [];
  const points = answer.rows
    .slice(0, maxBars)
    .map((row) => ({ label: formatCell(row[hint.x] ?? null), value: row[hint.y] }))
    .filter((p): p is { label: string; value: number } => typeof p.value === 'number' && Number.isFinite(p.value));
  if (points.length === 0) return [];
  const max = Math.max(...points.map((p) => Math.abs(p.value)));
  // The count column is as wide as the longest count, in pixels: an "auto" column next to a bar
  // of unbreakable "█" was squeezed until "694" wrapped to "69" / "4" (seen in the Playground).
  const valueText = (v: number): string => v.toLocaleString('en-US');
  const valueWidth: `${number}px` = `${Math.max(...points.map((p) => valueText(p.value).length)) * VALUE_CHAR_PX + VALUE_PAD_PX}px`;
  const bars: ColumnSet[] = points.map((p, i) => {
    const length = max === 0 ? 0 : Math.round((Math.abs(p.value) / max) * BAR_WIDTH);
    return {
      type: 'ColumnSet',
      spacing: i === 0 ? 'Medium' : 'None',
      columns: [
        { type: 'Column', width: 2, items: [plainText(cutAtWord(p.label, labelChars), { size: 'Small' })] },
        {
          type: 'Column',
          width: 3,
          items: [plainText(length > 0 ? '█'.repeat(length) : '▏', { size: 'Small', color: 'Accent' })],
        },
        { type: 'Column', width: valueWidth, items: [plainText(valueText(p.value), { size: 'Small', weight: 'Bolder' })] },
      ],
    };
  });
  return bars;
}
