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

function queryText(q: ShownQuery): string {
  return q.source === 'graph' ? `${q.method} ${readableUrl(q.url)}` : q.text;
}

/**
 * The toggle button and the hidden container. At most `maxQueries` queries, each cut to
 * `maxChars` characters with a note saying so.
 */
export function querySection(
  queries: readonly ShownQuery[],
  maxChars: number,
  maxQueries: number,
): CardElement[] {
  const items: CardElement[] = [];
  if (queries.length === 0) items.push(note('No query was run for this answer.'));
  let cut = false;
  queries.slice(0, maxQueries).forEach((q, i) => {
    const full = queryText(q);
    const shown = truncate(full, maxChars);
    cut ||= shown !== full;
    items.push(note(queryLabel(q)));
    items.push(plainText(shown, { fontType: 'Monospace', size: 'Small' }, i === 0 ? {} : { spacing: 'Small' }));
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
  const label = queries.length > 1 ? `Show queries (${queries.length})` : 'Show query';
  return [
    { type: 'ActionSet', spacing: 'Medium', actions: [toggleAction(label, [QUERY_CONTAINER_ID])] },
    container,
  ];
}
