/**
 * What may be posted where everyone in a conversation reads it (a channel, a group chat): only
 * data every member account may read by default (`members` categories of policy.json: basic
 * directory data). The queries that answered are classified by what they read (data-reads.ts),
 * so an answer that read sign-ins, risk, roles, audit rows or account state is never posted in
 * full there, whatever its intent's `personal` flag says.
 */
import type { ShownQuery } from '../planning/query-plan';
import { graphReads, kqlReads } from './data-reads';
import { DEFAULT_POLICY, type Policy } from './policy';

/** The data categories the shown queries read. */
export function categoriesOfShown(queries: readonly ShownQuery[]): string[] {
  const out = new Set<string>();
  for (const q of queries) {
    const found = q.source === 'graph'
      ? graphReads({ path: q.url.replace(/^https:\/\/[^/]+\/(v1\.0|beta)/i, '') })
      : kqlReads({ text: q.text });
    for (const e of found) out.add(e.category);
  }
  return [...out];
}

/** Whether every category these queries read is open to every member (or to everyone). */
export function everyMemberMayRead(queries: readonly ShownQuery[], policy: Policy = DEFAULT_POLICY): boolean {
  return categoriesOfShown(queries).every((c) => {
    const rule = policy.categories[c];
    return rule !== undefined && (rule.everyone === true || rule.members === true);
  });
}
