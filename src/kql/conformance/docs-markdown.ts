/**
 * Reads KQL examples and their output tables out of a page of Microsoft's KQL reference
 * (MicrosoftDocs/dataexplorer-docs, CC BY 4.0). Pure text in, plain data out; used by
 * scripts/kql-docs-extract.ts to build the documentation conformance suite.
 */

/** One example of a page: the query and the table the page shows after it. */
export interface DocsExample {
  /** 1-based line of the query's code fence in the page. */
  readonly line: number;
  readonly query: string;
  readonly columns: readonly string[];
  /** Cells as written in the page (markdown trimmed, escapes removed). */
  readonly rows: readonly (readonly string[])[];
}

const FENCE = /^\s*```\s*(\w*)\s*$/;
const SELF_CONTAINED_START = /^(datatable|print|range|let)\b/;

/** The query with `//` comments and blank lines taken out (string literals respected). */
export function stripComments(query: string): string {
  const out: string[] = [];
  for (const line of query.split('\n')) {
    let inString: string | undefined;
    let cut = line.length;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (inString) {
        if (ch === '\\' && inString !== '@') i++;
        else if (ch === inString) inString = undefined;
      } else if (ch === '"' || ch === "'") inString = ch;
      else if (ch === '/' && line[i + 1] === '/') {
        cut = i;
        break;
      }
    }
    const kept = line.slice(0, cut).trimEnd();
    if (kept.trim() !== '') out.push(kept);
  }
  return out.join('\n');
}

/** True when the query builds its own data: it starts with datatable, print, range or let. */
export function looksSelfContained(query: string): boolean {
  return SELF_CONTAINED_START.test(stripComments(query).trimStart());
}

/** Splits a markdown table row into cells (`\|` is a literal bar). */
export function tableCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Every `kusto` code block of the page that is followed, before the next code block or heading,
 * by a markdown table: the example and its expected output.
 */
export function examplesOf(markdown: string): DocsExample[] {
  const lines = markdown.split(/\r?\n/);
  const found: DocsExample[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = FENCE.exec(lines[i]!);
    if (!open) {
      i++;
      continue;
    }
    const lang = open[1]!.toLowerCase();
    const start = i;
    i++;
    const body: string[] = [];
    while (i < lines.length && !FENCE.test(lines[i]!)) body.push(lines[i++]!);
    i++;
    if (lang !== 'kusto' && lang !== 'kql') continue;
    // Look for the output table before the next fence or heading.
    let j = i;
    while (j < lines.length && !FENCE.test(lines[j]!) && !/^#{1,6}\s/.test(lines[j]!)) {
      if (lines[j]!.trim().startsWith('|') && j + 1 < lines.length && SEPARATOR.test(lines[j + 1]!)) break;
      j++;
    }
    if (j >= lines.length || !lines[j]!.trim().startsWith('|') || !SEPARATOR.test(lines[j + 1] ?? '')) continue;
    const columns = tableCells(lines[j]!);
    const rows: string[][] = [];
    let k = j + 2;
    // Rows run to the first line without a bar (a row may leave out its leading bar).
    while (k < lines.length && lines[k]!.includes('|') && !FENCE.test(lines[k]!)) rows.push(tableCells(lines[k++]!));
    found.push({ line: start + 1, query: body.join('\n').trim(), columns, rows });
  }
  return found;
}

/** Page file name → function-family heading of `scalar-functions.md` / `aggregation-functions.md`. */
export function familiesOf(indexMarkdown: string): Map<string, string> {
  const map = new Map<string, string>();
  let heading = '';
  for (const line of indexMarkdown.split(/\r?\n/)) {
    const h = /^##\s+(.*)$/.exec(line);
    if (h) heading = h[1]!.trim();
    for (const m of line.matchAll(/\]\(([\w./-]+?\.md)\)/g)) {
      const page = m[1]!.split('/').pop()!;
      if (heading && !map.has(page)) map.set(page, heading);
    }
  }
  return map;
}
