/**
 * An answer's rows as CSV (RFC 4180): the header from `columnTitles` (or the column names), every
 * row the answer holds, CRLF line ends, a UTF-8 byte order mark so spreadsheets read accents right.
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with `'`.
 */
import type { Answer, Cell } from './answer';

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Does the answer carry rows a CSV can hold? */
export function hasCsvRows(answer: Answer): boolean {
  return answer.columns.length > 0 && answer.rows.length > 0;
}

export function answerCsv(answer: Answer): string {
  const header = answer.columns.map((c, i) => answer.columnTitles?.[i] ?? c);
  const lines = [header, ...answer.rows.map((r) => answer.columns.map((_, i) => r[i] ?? null))];
  return `\ufeff${lines.map((l) => l.map(field).join(',')).join('\r\n')}\r\n`;
}

/** A file name for the CSV of an answer: its title, made safe. */
export function csvFileName(answer: Answer): string {
  const base = answer.title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase().slice(0, 60);
  return `${base || 'entra-ask'}.csv`;
}
