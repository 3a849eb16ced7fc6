/**
 * The shape of the documented facts per Graph API (see documented.ts): one definition, in
 * src/sources/graph/capability-table.ts, re-exported here for the facts files.
 */
export type { ApiPermissions as DocumentedPermissions, DocumentedApi, UndocumentedButKept } from '../../src/sources/graph/capability-table';

export type Mode = 'delegated' | 'application';
