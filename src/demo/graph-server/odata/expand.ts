import type { ErrorDialect } from '../errors';
import { graphErrors } from '../errors';

/** One `$expand` item, e.g. `members($select=id,displayName)`. */
export interface ExpandItem {
  readonly property: string;
  readonly select?: readonly string[];
}

/** Splits `$expand` at top-level commas and reads a nested `$select`. */
export function parseExpand(text: string, dialect: ErrorDialect): ExpandItem[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const open = p.indexOf('(');
      if (open < 0) return { property: p };
      if (!p.endsWith(')')) throw graphErrors.invalidExpand(p, dialect);
      const property = p.slice(0, open).trim();
      const inner = p.slice(open + 1, -1);
      const m = /^\$select=(.*)$/i.exec(inner.trim());
      if (!m) throw graphErrors.invalidExpand(p, dialect);
      const select = (m[1] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return { property, select };
    });
}
