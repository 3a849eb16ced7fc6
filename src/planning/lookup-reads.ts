/**
 * Reads that go out with a name's lookup instead of after it (issue 21: each sequential Graph round
 * trip costs a person 100–500 ms on real Graph). An intent declares them on its handler
 * (`withLookup`); the pipeline (src/pipeline/lookup-reads.ts) asks for them only when the asker may
 * read what they read, and a first-round query is answered from them only when the data gate lets
 * that query run unchanged — otherwise the query runs as planned (or is withheld) as before.
 *
 * `expand`: the lookup asks for a relationship of the object it finds (`$expand`). Only
 * relationships Microsoft's resource page says "Supports $expand" (the demo endpoint refuses the
 * others). Graph returns at most 20 objects of an expanded relationship of a directory object and
 * no `@odata.nextLink` (Microsoft Graph known issues, "$expand on relationships of directory
 * objects"), so a list of 20 may be cut: the planned query then reads the whole list (one more
 * round trip). `$expand` is not supported with advanced queries (ConsistencyLevel: eventual), so
 * only lookups that are not advanced queries can carry it (the name lookups of resolve/specs.ts).
 */
import { encodeQueryValue } from '../sources/graph/odata';
import type { EntityKind } from './entities';
import type { DataCategory } from './query-plan';

/** Graph's cap on an expanded relationship of a directory object (no nextLink past it). */
export const EXPANDED_LIST_CAP = 20;

export interface LookupExpand {
  readonly slot: EntityKind;
  /** The relationship, documented "Supports $expand" on the resource's page. */
  readonly property: string;
  /** The id of the first-round query whose rows the expanded list stands in for. */
  readonly answers: string;
  /** What the expanded list reads (the categories the query it stands in for declares). */
  readonly reads: readonly DataCategory[];
}

/** `path` with one more query option, encoded by the Graph layer's one encoder (as `graphPath` does). */
export function withQueryOption(path: string, key: `$${string}`, value: string): string {
  const option = `${key}=${encodeQueryValue(value)}`;
  return path.includes('?') ? `${path}&${option}` : `${path}?${option}`;
}

/**
 * The expanded list of a looked-up row when it is whole: absent, not a list, or at Graph's cap of
 * 20 (it may have been cut there) gives undefined, and the planned query reads the list itself.
 */
export function wholeExpandedList(row: Readonly<Record<string, unknown>> | undefined, property: string): readonly Record<string, unknown>[] | undefined {
  const value = row?.[property];
  if (!Array.isArray(value) || value.length >= EXPANDED_LIST_CAP) return undefined;
  return value as Record<string, unknown>[];
}
