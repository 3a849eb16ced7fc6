/** Moved to the engine (src/kql/normalize-rows.ts): one row format for every executor. */
export { normalizeCell, normalizeRows } from '../../kql/normalize-rows';
