/** A plain terminal table for `entra-ask kql` without `--json`. */
import type { KqlColumn } from '../columns';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function textTable(columns: readonly KqlColumn[], rows: readonly (readonly unknown[])[], maxRows = 50): string {
  const shown = rows.slice(0, maxRows).map((r) => r.map(cell));
  const widths = columns.map((c, i) => Math.max(c.name.length, ...shown.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.name)), line(widths.map((w) => '-'.repeat(w))), ...shown.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'}${rows.length > maxRows ? `, first ${maxRows} shown` : ''})`);
  return out.join('\n');
}
