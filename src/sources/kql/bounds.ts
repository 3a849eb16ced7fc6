/**
 * Bounds on a KQL query's text, checked before anything parses it (issue 18): a query longer than
 * {@link MAX_KQL_CHARS} or nested deeper than {@link MAX_KQL_DEPTH} brackets is refused with a
 * coded error, never a parser's stack overflow (`not(` × 2,000 used to crash the read-only check
 * with a raw RangeError). Brackets inside string literals and comments do not count.
 */
import { KqlError } from './executor';

/** Longest query text accepted (characters). The product's own plans stay far below it. */
export const MAX_KQL_CHARS = 20_000;
/** Deepest nesting of ( [ { accepted. Real queries rarely go past 10. */
export const MAX_KQL_DEPTH = 64;

export const KQL_TOO_LONG = 'EA020';
export const KQL_TOO_DEEP = 'EA021';

/** The deepest bracket nesting outside string literals and comments, and where it is reached. */
export function nestingDepth(text: string): { depth: number; at: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') { const nl = text.indexOf('\n', i); i = nl < 0 ? text.length : nl; continue; }
    if (c === '"' || c === '\'') {
      const verbatim = i > 0 && (text[i - 1] === '@');
      for (i++; i < text.length && text[i] !== c; i++) if (!verbatim && text[i] === '\\') i++;
      continue;
    }
    if (c === '`' && text.startsWith('```', i)) { const end = text.indexOf('```', i + 3); i = end < 0 ? text.length : end + 2; continue; }
    if (c === '(' || c === '[' || c === '{') { depth++; if (depth > max) { max = depth; at = i; } }
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return { depth: max, at };
}

/** Refuses a query that is too long or too deeply nested (a KqlError: an answer, not a crash). */
export function assertKqlBounds(text: string): void {
  if (text.length > MAX_KQL_CHARS) {
    throw new KqlError({ code: KQL_TOO_LONG, message: `The query is ${text.length.toLocaleString('en-US')} characters long; at most ${MAX_KQL_CHARS.toLocaleString('en-US')} run here.`, start: MAX_KQL_CHARS, length: text.length - MAX_KQL_CHARS });
  }
  const { depth, at } = nestingDepth(text);
  if (depth > MAX_KQL_DEPTH) {
    throw new KqlError({ code: KQL_TOO_DEEP, message: `The query nests brackets ${depth} deep; at most ${MAX_KQL_DEPTH} run here.`, start: at, length: 1 });
  }
}
