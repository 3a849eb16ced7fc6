/**
 * Turning values into the strings a card shows: truncation that never splits a character,
 * markdown escaping for the few places Teams reads markdown, and readable cell values.
 */

import type { Cell } from '../answers/answer';

export const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` UTF-16 code units (ellipsis included), never splitting a surrogate
 * pair. `max` of 0 gives ''.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - ELLIPSIS.length;
  if (end <= 0) return ELLIPSIS.slice(0, max);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // high surrogate: keep the pair whole
  return text.slice(0, end) + ELLIPSIS;
}

/** Separators left dangling at the end of a cut title ("a |", "x,", "y -"). */
const TRAILING_SEPARATORS = /[\s|,;:&=+\-–—(\\[{]+$/u;
/** Where a long token with no spaces (a Graph path, a URL) may be cut: after one of these. */
const SOFT_BREAK = /[/?&,.)\]]/;

/**
 * `text` cut to at most `max` UTF-16 code units, the ellipsis included, at the last word boundary
 * that keeps at least half of the room; inside one long token (a path, a URL) after a `/ ? & , .`;
 * only when there is neither, at a character (never splitting a surrogate pair). Text that fits is
 * returned unchanged; `max` of 0 gives ''. For titles and button titles (issue 20: a KQL answer
 * was titled "… | top 5 by Fai").
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const room = max - ELLIPSIS.length;
  if (room <= 0) return ELLIPSIS.slice(0, max);
  const least = Math.ceil(room / 2);
  // A space at `room` means text.slice(0, room) ends with a whole word.
  for (let i = room; i >= least; i--) {
    if (/\s/.test(text[i]!)) {
      const kept = text.slice(0, i).replace(TRAILING_SEPARATORS, '');
      if (kept.length >= least) return kept + ELLIPSIS;
    }
  }
  for (let i = room; i >= least; i--) {
    if (SOFT_BREAK.test(text[i - 1]!)) return text.slice(0, i) + ELLIPSIS;
  }
  let end = room;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}

/** Line breaks and control characters collapsed, so one value stays one line of a cell. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/** Characters that start emphasis, links, code or strike-through anywhere in a line. */
const MARKDOWN_INLINE = /[\\`*_[\]~]/g;
/** A line start that would become a list, heading or quote. */
const MARKDOWN_LINE_START = /^(\s*)([-+#>])/;
/** "1. " at the start would become a numbered list: the dot is escaped. */
const MARKDOWN_NUMBERED = /^(\s*\d+)\.(?=\s)/;

/**
 * Backslash-escapes markdown in text shown where Teams renders it (FactSet titles and values).
 * Escapes only what can format or link (backslash, backtick, `*`, `_`, `[`, `]`, `~`, and a list,
 * heading or quote marker at the start), so ordinary values (GUIDs, dates) are unchanged. Elsewhere tenant text goes in a TextRun,
 * which is never markdown.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
    .replace(MARKDOWN_LINE_START, (_m, space: string, marker: string) => `${space}\\${marker}`)
    .replace(MARKDOWN_NUMBERED, '$1\\.');
}

const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/** "2024-03-13T08:15:00Z" → "2024-03-13 08:15 UTC"; anything else unchanged. */
export function readableDateTime(text: string): string {
  const m = ISO_DATETIME.exec(text);
  if (!m) return text;
  const [, date, hm, sec, , zone] = m;
  const seconds = sec && sec !== ':00' ? sec : '';
  const tz = zone === 'Z' || zone === '+00:00' || zone === '+0000' ? 'UTC' : `UTC${zone}`;
  return `${date} ${hm}${seconds} ${tz}`;
}

/** How a cell reads: Yes/No for booleans, "—" for null or empty, readable datetimes. */
export function formatCell(value: Cell): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '—';
  return readableDateTime(oneLine(value));
}
