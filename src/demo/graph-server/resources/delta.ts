/**
 * `GET /groups/delta` — Graph's delta function for groups, in its documented shape: pages of
 * groups with `@odata.nextLink` (`$skiptoken`) and, on the last page, `@odata.deltaLink`
 * (`$deltatoken`); with `members` in `$select`, each group carries `members@delta`
 * (`[{ "@odata.type", "id" }]`). A group with many members appears again on later entries
 * with the rest of its members (as Graph does), so clients merge entries by id. The model does
 * not change, so following a delta link answers no changes and a fresh delta link.
 *
 * Query options as Graph documents them for this function: `$select` (and `$deltatoken` /
 * `$skiptoken` from links); `$filter`, `$orderby`, `$search`, `$count`, `$top`, `$skip` and
 * `$expand` are refused.
 */
import type { GraphObject } from '../../model';
import type { DataContext } from '../data/data-context';
import type { QueryOptions } from '../odata/query-options';
import { graphErrors } from '../errors';
import type { JsonResult, PageContext } from './collection-query';
import { knownProperties } from './collection-query';
import { groupsDef } from './directory-defs';
import { decodeSkipToken, nextLinkFor } from './paging';

/** Entries (group objects, or continuations of one) per page. */
export const DELTA_PAGE_SIZE = 100;
/** Member references per entry; a larger group continues on the next entries. */
export const DELTA_MEMBERS_PER_ENTRY = 1000;

const DELTA_TOKEN_PREFIX = 'RGVsdGE';

interface Entry {
  readonly group: GraphObject;
  /** Slice of the group's member ids: [from, to). */
  readonly from: number;
  readonly to: number;
  readonly first: boolean;
}

function entries(ctx: DataContext, withMembers: boolean): Entry[] {
  const out: Entry[] = [];
  for (const group of ctx.index.model.groups) {
    const n = withMembers ? (ctx.index.members.get(group.id)?.length ?? 0) : 0;
    out.push({ group, from: 0, to: Math.min(n, DELTA_MEMBERS_PER_ENTRY), first: true });
    for (let from = DELTA_MEMBERS_PER_ENTRY; from < n; from += DELTA_MEMBERS_PER_ENTRY) {
      out.push({ group, from, to: Math.min(n, from + DELTA_MEMBERS_PER_ENTRY), first: false });
    }
  }
  return out;
}

function shape(e: Entry, select: readonly string[] | undefined, withMembers: boolean, ctx: DataContext): Record<string, unknown> {
  const row: Record<string, unknown> = { id: e.group.id };
  if (e.first) {
    const props = select ?? Object.keys(e.group);
    for (const p of props) if (p !== 'members' && p !== 'id') row[p] = p in e.group ? e.group[p] : null;
  }
  if (withMembers) {
    const ids = (ctx.index.members.get(e.group.id) ?? []).slice(e.from, e.to);
    row['members@delta'] = ctx.index.typed(ids).map((m) => ({ '@odata.type': m['@odata.type'], id: m.id }));
  }
  return row;
}

function deltaLinkFor(requestUrl: URL, groups: number): string {
  const u = new URL(requestUrl.href);
  for (const k of [...u.searchParams.keys()]) if (/^\$(skip|delta)token$/i.test(k)) u.searchParams.delete(k);
  u.searchParams.set('$deltatoken', DELTA_TOKEN_PREFIX + Buffer.from(JSON.stringify({ g: groups }), 'utf8').toString('base64url'));
  return u.href.replace(/%24/g, '$');
}

/** Answers one `/groups/delta` page. Throws `GraphError` for what Graph rejects. */
export function groupsDelta(ctx: DataContext, q: QueryOptions, page: PageContext): JsonResult {
  const refused: [string, unknown][] = [
    ['$filter', q.filter ?? q.filterError], ['$orderby', q.orderBy], ['$search', q.search], ['$count', q.count || undefined],
    ['$top', q.top], ['$skip', q.skip], ['$expand', q.expand],
  ];
  for (const [name, value] of refused) if (value !== undefined) throw graphErrors.badQueryOption(name);
  const known = knownProperties(ctx.index.model.groups);
  for (const p of q.select ?? []) {
    if (p !== 'members' && !known.has(p) && !(groupsDef.extraProperties ?? []).includes(p)) throw graphErrors.unknownProperty(p, 'group', 'directory');
  }
  const withMembers = q.select?.includes('members') ?? false;
  const body: Record<string, unknown> = { '@odata.context': page.contextUrl };
  if (q.deltaToken !== undefined) {
    if (!q.deltaToken.startsWith(DELTA_TOKEN_PREFIX)) throw graphErrors.invalidSkipToken('directory');
    // Nothing changes in the demo model between rounds: no changes, and a link for the next round.
    body['@odata.deltaLink'] = deltaLinkFor(page.requestUrl, ctx.index.model.groups.length);
    body['value'] = [];
    return { status: 200, body };
  }
  const all = entries(ctx, withMembers);
  const { offset } = decodeSkipToken(q.skipToken, 'directory');
  const slice = all.slice(offset, offset + DELTA_PAGE_SIZE);
  if (offset + slice.length < all.length) body['@odata.nextLink'] = nextLinkFor(page.requestUrl, { offset: offset + slice.length });
  else body['@odata.deltaLink'] = deltaLinkFor(page.requestUrl, ctx.index.model.groups.length);
  body['value'] = slice.map((e) => shape(e, q.select, withMembers, ctx));
  return { status: 200, body };
}
