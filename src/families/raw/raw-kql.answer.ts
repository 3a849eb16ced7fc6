import type { Answer, ChartHint } from '../../answers/answer';
import { kqlResult, type AnswerInput } from '../../answers/answer-input';
import { cell, plural } from '../../answers/format';
import { cutAtWord } from '../../cards/text';

const CHARTS: Readonly<Record<string, ChartHint['type']>> = {
  barchart: 'bar', columnchart: 'column', piechart: 'pie', timechart: 'line', linechart: 'line', areachart: 'line',
};

/** `render` kept as a chart hint: first column as categories, first numeric column as values. */
function chartFor(render: string | undefined, types: readonly string[]): ChartHint | undefined {
  const type = render ? CHARTS[render.toLowerCase()] : undefined;
  const y = types.findIndex((t, i) => i > 0 && ['long', 'int', 'real', 'decimal'].includes(t));
  return type && y > 0 ? { type, x: 0, y } : undefined;
}

export function answerRawKql(input: AnswerInput): Answer {
  const res = kqlResult(input, 'raw');
  const text = input.intent.slots.query ?? '';
  const title = cutAtWord(text.split('\n')[0]!.trim(), 100);
  if (res.rows.length === 0) {
    return { kind: 'empty', title, summary: 'The query ran and returned no rows.', columns: res.columns.map((c) => c.name), rows: [], facts: [], followUps: [] };
  }
  return {
    kind: 'table', title,
    summary: `${plural(res.rows.length, 'row')}${res.truncated ? ' (the first ones; the query returned more)' : ''}.`,
    columns: res.columns.map((c) => c.name),
    rows: res.rows.map((r) => r.map(cell)),
    facts: [], followUps: [],
    chart: chartFor(res.render, res.columns.map((c) => c.type)),
  };
}
