/**
 * APIs of the capability table whose reference pages are not copied into docs-excerpts/ yet, so
 * they have no extracted example response: the three issue 16 added (licences and deleted users)
 * after the examples were extracted. docs-examples.ts skips them and says so; the tests name them.
 * Copy their pages (with sources.json) and remove them from this list.
 */
export const DOCS_EXAMPLES_PENDING: readonly string[] = [];
