import type { ErrorDialect } from '../errors';
import { graphErrors } from '../errors';

/** One `$expand` item, e.g. `members($select=id,displayName)`. */
export interface ExpandItem {
  readonly property: string;
  readonly select?: readonly string[];
  /** A nested `$expand` (e.g. `resourceRoleScopes($expand=role,scope)`), parsed the same way. */
  readonly expand?: readonly ExpandItem[];
}

/** Splits at `sep` where not inside parentheses. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === sep && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** Splits `$expand` at top-level commas and reads the nested `$select` and `$expand` options. */
export function parseExpand(text: string, dialect: ErrorDialect): ExpandItem[] {
  return splitTop(text, ',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const open = p.indexOf('(');
      if (open < 0) return { property: p };
      if (!p.endsWith(')')) throw graphErrors.invalidExpand(p, dialect);
      const property = p.slice(0, open).trim();
      let select: string[] | undefined;
      let expand: ExpandItem[] | undefined;
      for (const option of splitTop(p.slice(open + 1, -1), ';').map((o) => o.trim()).filter(Boolean)) {
        const m = /^\$(select|expand)=(.*)$/is.exec(option);
        if (!m) throw graphErrors.invalidExpand(p, dialect);
        if (m[1]!.toLowerCase() === 'select') select = (m[2] ?? '').split(',').map((x) => x.trim()).filter(Boolean);
        else expand = parseExpand(m[2] ?? '', dialect);
      }
      return { property, ...(select ? { select } : {}), ...(expand ? { expand } : {}) };
    });
}
