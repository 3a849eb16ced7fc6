import type { Answer, Cell } from '../answers/answer';
import type { ShownQuery } from '../planning/query-plan';
import { reusedNote } from '../cards/query-section';

const MAX_CELL = 40;

function cell(value: Cell): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const s = String(value).replace(/\s+/g, ' ');
  return s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s;
}

/** A plain-text table: header, rule, rows; columns as wide as their widest cell (capped). */
export function textTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cells = rows.map((r) => headers.map((_, i) => cell(r[i] ?? null)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (parts: readonly string[]) => parts.map((p, i) => p.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** The readable answer `entra-ask ask` prints without `--json`. */
export function renderForTerminal(answer: Answer, queries: readonly ShownQuery[], maxRows = 50): string {
  const out: string[] = [answer.title, '='.repeat(Math.min(answer.title.length, 80)), answer.summary, ''];
  if (answer.facts.length > 0) {
    const w = Math.max(...answer.facts.map((f) => f.title.length));
    out.push(...answer.facts.map((f) => `${f.title.padEnd(w)}  ${f.value}`), '');
  }
  if (answer.rows.length > 0) {
    out.push(textTable(answer.columnTitles ?? answer.columns, answer.rows.slice(0, maxRows)));
    if (answer.rows.length > maxRows) out.push(`… ${answer.rows.length - maxRows} more rows (use --csv <file> or --json for all)`);
    out.push('');
  }
  for (const s of answer.sections ?? []) {
    out.push(`${s.title}:`);
    if (s.text) out.push(`  ${s.text}`);
    for (const b of s.bullets ?? []) out.push(`  • ${b}`);
    for (const l of s.links ?? []) out.push(`  ${l.title}: ${l.url}`);
    out.push('');
  }
  if (answer.choices?.length) {
    out.push('Did you mean:', ...answer.choices.map((c, i) => `  ${i + 1}. ${c.question || c.title}`), '');
  }
  if (answer.followUps.length > 0) out.push('You could ask next:', ...answer.followUps.map((f) => `  - ${f}`), '');
  if (answer.sourceNote) out.push(`Source: ${answer.sourceNote}`);
  for (const q of queries) {
    out.push(q.source === 'graph' ? `Query: GET ${q.url}` : `Query (KQL, ${q.database}):\n${q.text}`);
    if (q.reusedSeconds !== undefined) out.push(`  (${reusedNote(q.reusedSeconds)})`);
  }
  return out.join('\n').trimEnd() + '\n';
}
