/**
 * The "Show query" part of every card: a button that toggles, client-side, a hidden container
 * holding the Graph request(s) or KQL behind the answer, in monospace plain text.
 */

import type { ShownQuery } from '../planning/query-plan';
import { toggleAction } from './actions';
import { note, plainText } from './elements';
import { truncate } from './text';
import type { CardElement, Container } from './types';

/** Element id of the hidden query container (unique within a card). */
export const QUERY_CONTAINER_ID = 'entra-ask-query';
/** Ids of the "Show query" and "Hide query" button rows: each press swaps them and the container. */
export const QUERY_SHOW_ID = 'entra-ask-query-show';
export const QUERY_HIDE_ID = 'entra-ask-query-hide';

function queryLabel(q: ShownQuery): string {
  return q.source === 'graph' ? `Microsoft Graph ${q.method}` : `KQL${q.database ? ` · ${q.database}` : ''}`;
}

/** The URL as people read it in Graph Explorer: spaces and quotes, not %20 (the JSON keeps it encoded). */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url).replace(/%2F/gi, '/').replace(/%20/g, ' ');
  } catch {
    return url;
  }
}

/** Said under a query whose rows came from the shared read cache rather than a read made now. */
export function reusedNote(seconds: number): string {
  const ago = seconds < 1 ? 'under a second' : seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `Not run again: these rows come from the same query, run ${ago} ago for another question (recent reads are shared for a short time).`;
}

function queryText(q: ShownQuery): string {
  return q.source === 'graph' ? `${q.method} ${readableUrl(q.url)}` : q.text;
}

/**
 * The toggle buttons ("Show query", hidden "Hide query") and the hidden container; nothing when
 * no query was run. At most `maxQueries` queries, each cut to
 * `maxChars` characters with a note saying so.
 */
export function querySection(
  queries: readonly ShownQuery[],
  maxChars: number,
  maxQueries: number,
): CardElement[] {
  // Nothing was queried ("I'm not sure", help, denied): no button that would only say so.
  if (queries.length === 0) return [];
  const items: CardElement[] = [];
  let cut = false;
  queries.slice(0, maxQueries).forEach((q, i) => {
    const full = queryText(q);
    const shown = truncate(full, maxChars);
    cut ||= shown !== full;
    items.push(note(queryLabel(q)));
    items.push(plainText(shown, { fontType: 'Monospace', size: 'Small' }, i === 0 ? {} : { spacing: 'Small' }));
    if (q.reusedSeconds !== undefined) items.push(note(reusedNote(q.reusedSeconds)));
  });
  if (queries.length > maxQueries) items.push(note(`…and ${queries.length - maxQueries} more queries not shown.`));
  if (cut) items.push(note('Query text cut to fit the card; `entra-ask ask --json` prints it in full.'));
  const container: Container = {
    type: 'Container',
    id: QUERY_CONTAINER_ID,
    isVisible: false,
    style: 'emphasis',
    spacing: 'Small',
    items,
  };
  // Adaptive Cards 1.5 cannot retitle a button, so "Show" and "Hide" are two rows that swap.
  const targets = [QUERY_CONTAINER_ID, QUERY_SHOW_ID, QUERY_HIDE_ID];
  const show = queries.length > 1 ? `Show queries (${queries.length})` : 'Show query';
  const hide = queries.length > 1 ? 'Hide queries' : 'Hide query';
  return [
    { type: 'ActionSet', id: QUERY_SHOW_ID, spacing: 'Medium', actions: [toggleAction(show, targets)] },
    { type: 'ActionSet', id: QUERY_HIDE_ID, isVisible: false, spacing: 'Medium', actions: [toggleAction(hide, targets)] },
    container,
  ];
}
