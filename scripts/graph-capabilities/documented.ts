/**
 * What Microsoft's Graph API reference documents for each API the product calls, written down
 * per page (learn.microsoft.com/graph/api/…, source microsoftgraph/microsoft-graph-docs-contrib,
 * CC BY 4.0). Facts, not text: operators, parameters, limits and permissions as the pages list
 * them. `build.ts` checks every property against Microsoft's metadata and, given a docs checkout
 * (`--docs`), re-reads permissions and per-property `Supports $filter (…)` notes from it.
 *
 * Filter specs per property: `'eq in startsWith | ne endsWith eqNull'` — operators before `|` work
 * on any request, those after it only as advanced queries (`ConsistencyLevel: eventual` and
 * `$count=true`). `any` means the property is a collection filtered through `any()`.
 */

import { DIRECTORY_APIS } from './documented-directory';
import { GOVERNANCE_APIS } from './documented-governance';
import { LOG_APIS } from './documented-logs';
import type { DocumentedApi } from './documented-types';

export type { DocumentedApi, DocumentedPermissions, Mode, UndocumentedButKept } from './documented-types';

export const DOCUMENTED: readonly DocumentedApi[] = [...DIRECTORY_APIS, ...LOG_APIS, ...GOVERNANCE_APIS];

/** The directory rules of "Advanced query capabilities on Microsoft Entra ID objects" (aad-advanced-queries). */
export const ADVANCED_QUERY_RULES = {
  doc: 'https://learn.microsoft.com/graph/aad-advanced-queries',
  source: 'docs-contrib@01a90577547e concepts/aad-advanced-queries.md (2023-04-14) and docs-contrib@0a8bce95be3b includes/filter-directory-objects.md (user properties)',
  headers: { ConsistencyLevel: 'eventual' },
  rules: [
    '$count as a segment without ConsistencyLevel: eventual is 400 Request_BadRequest "$count is not currently supported."; $count=true without it is silently ignored (no @odata.count).',
    '$search needs ConsistencyLevel: eventual.',
    'ne, not, endsWith and eq null in $filter need ConsistencyLevel: eventual and $count=true.',
    '$orderby: user displayName and userPrincipalName and group displayName by default; createdDateTime, deletedDateTime and application / servicePrincipal displayName only as advanced queries; $filter together with $orderby always needs ConsistencyLevel: eventual and $count=true.',
    'in works by default wherever eq does; endsWith only as an advanced query and only on mail, otherMails, userPrincipalName and proxyAddresses.',
    '$filter, $orderby, $search and $count on relationships (members, memberOf, transitiveMembers, transitiveMemberOf, owners, ownedObjects, …) are advanced queries.',
    'OData cast with a transitive list (~/me/transitiveMemberOf/microsoft.graph.group?$count=true) is an advanced query.',
    '$expand is not supported together with advanced queries.',
  ],
} as const;
