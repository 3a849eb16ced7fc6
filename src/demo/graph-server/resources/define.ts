import type { CollectionDef } from './collection-def';
import type { FilterCapabilities } from '../odata/filter-capabilities';

/** Defaults for a collection definition: service dialect, no `$count` / `$search` / `$expand`. */
export function defineCollection(d: Partial<CollectionDef> & Pick<CollectionDef, 'entityType'>): CollectionDef {
  return {
    dialect: 'service',
    pageSize: 100,
    maxTop: 999,
    filter: { properties: {}, not: 'always' },
    orderBy: { basic: [], advanced: [] },
    advancedQueries: false,
    count: 'always',
    search: [],
    expand: {},
    ...d,
  };
}

/** The same properties with every operation moved behind the advanced-query requirement. */
export function advancedOnly(caps: FilterCapabilities): FilterCapabilities {
  const properties: Record<string, string> = {};
  for (const [k, v] of Object.entries(caps.properties)) properties[k] = `| ${v.replace('|', ' ')}`;
  return { properties, not: 'advanced' };
}

/** One spec text for many properties. */
export function same(spec: string, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, spec]));
}

/** Strings on directory objects: eq/in/startsWith always; ne, endsWith and null checks are advanced. */
export const DIR_STRING = 'eq ge le in startsWith | ne endsWith eqNull';
/** Enum-like or boolean values on directory objects. */
export const DIR_VALUE = 'eq in | ne eqNull';
/** Dates on directory objects. */
export const DIR_DATE = 'eq ge le gt lt in | ne eqNull';
/** String collections on directory objects, filtered with `any()`. */
export const DIR_STRINGS = 'any eq startsWith | endsWith';
