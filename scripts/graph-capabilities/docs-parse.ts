/**
 * Reads the facts this table needs out of Microsoft Graph API reference pages in the layout of
 * microsoftgraph/microsoft-graph-docs-contrib (markdown): the permissions table (inline or its
 * `includes/permissions/<page>-permissions.md`), and the `Supports $filter (…)` / `$orderby`
 * notes of a resource page's properties table.
 */

/** `null`: the page says "Not supported." for that permission type. */
export interface PagePermissions {
  readonly delegated: readonly string[] | null;
  readonly application: readonly string[] | null;
}

const NOT_SUPPORTED = /not (supported|available)/i;

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

function names(text: string): string[] {
  return text.split(/,|\band\b/).map((s) => s.replace(/[`*]/g, '').trim()).filter((s) => /^[A-Z][A-Za-z]+(\.[A-Za-z]+)+$/.test(s));
}

/**
 * The permissions table: rows `|Delegated (work or school account)| least | higher |` and
 * `|Application| … |`; least privileged first. Older pages have one "from least to most" column.
 */
export function parsePermissions(markdown: string): PagePermissions | undefined {
  let delegated: string[] | null | undefined;
  let application: string[] | null | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.trim().startsWith('|')) continue;
    const [kind = '', ...rest] = cells(line);
    const all = rest.join(', ');
    const value = NOT_SUPPORTED.test(rest[0] ?? '') ? null : names(all);
    if (/^Delegated \(work or school account\)$/i.test(kind)) delegated = value;
    else if (/^Application$/i.test(kind)) application = value;
  }
  if (delegated === undefined && application === undefined) return undefined;
  return { delegated: delegated ?? null, application: application ?? null };
}

/** `[!INCLUDE [permissions-table](../includes/permissions/user-list-permissions.md)]` → that path. */
export function permissionsInclude(markdown: string): string | undefined {
  return /\[!INCLUDE \[permissions-table\]\(([^)]+)\)\]/.exec(markdown)?.[1];
}

export interface PropertyNotes {
  /** Operators from `Supports $filter (eq, ne, not, ge, le, in, startsWith, and eq on null values)`. */
  readonly filter?: readonly string[];
  readonly orderBy: boolean;
}

const OP_WORDS: Readonly<Record<string, string>> = {
  eq: 'eq', ne: 'ne', not: 'not', ge: 'ge', le: 'le', gt: 'gt', lt: 'lt', in: 'in',
  startswith: 'startsWith', endswith: 'endsWith', contains: 'contains', any: 'any', 'eq on null values': 'eqNull',
};

/** Per property of a resource page's Properties table: its `$filter` operators and `$orderby` note. */
export function parsePropertyNotes(markdown: string): Map<string, PropertyNotes> {
  const out = new Map<string, PropertyNotes>();
  for (const line of markdown.split('\n')) {
    if (!line.trim().startsWith('|')) continue;
    const [name = '', , description = ''] = cells(line);
    if (!/^[a-zA-Z_0-9]+$/.test(name)) continue;
    const m = /Supports\s+`?\$filter`?\s*\(([^)]*)\)/i.exec(description);
    const filter = m
      ? [...new Set(m[1]!.replace(/\band\b/g, ',').split(',').map((w) => w.replace(/[`*]/g, '').trim().toLowerCase()).map((w) => OP_WORDS[w]).filter((w): w is string => w !== undefined))]
      : undefined;
    const orderBy = /\$orderby/i.test(description) && !/not support\w*\s+`?\$orderby/i.test(description);
    if (filter || orderBy) out.set(name, { filter, orderBy });
  }
  return out;
}

const TABLE_OPS: Readonly<Record<string, string>> = { eq: 'eq', ne: 'ne', not: 'not', ge: 'ge', le: 'le', in: 'in', startswith: 'startsWith', 'null values': 'eqNull' };

/**
 * The advanced-query page's per-property table (`includes/filter-directory-objects.md`): a header
 * row of operators, then one row per property whose cells are `![Default.]…`, `![Advanced.]…` or
 * blank. Returns a spec per property: `'eq in | ne not'` (before `|` by default, after only as an
 * advanced query).
 */
export function parseDirectoryFilterTable(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  let ops: (string | undefined)[] | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.trim().startsWith('|')) continue;
    const row = cells(line);
    if (row[0]?.toLowerCase() === 'property') { ops = row.slice(1).map((h) => TABLE_OPS[h.toLowerCase()]); continue; }
    if (!ops || /^-+$/.test(row[0] ?? '')) continue;
    const basic: string[] = [];
    const advanced: string[] = [];
    row.slice(1).forEach((cell, i) => {
      const op = ops![i];
      if (!op) return;
      if (/default/i.test(cell)) basic.push(op);
      else if (/advanced/i.test(cell)) advanced.push(op);
    });
    if (basic.length + advanced.length > 0 && !out.has(row[0]!)) out.set(row[0]!, `${basic.join(' ')} | ${advanced.join(' ')}`.trim());
  }
  return out;
}
