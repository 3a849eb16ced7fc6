import type { CollectionDef } from './collection-def';
import type { QueryOptions } from '../odata/query-options';
import { checkFilter } from '../odata/filter-capabilities';
import { searchProperties } from '../odata/search';
import { MAX_OR_CLAUSES, widestAlternative } from '../odata/filter-limits';
import { graphErrors } from '../errors';

/** A request's query options after checking them against a collection's rules. */
export interface CheckedQuery {
  readonly pageSize: number;
  /** `ConsistencyLevel: eventual` together with `$count=true`. */
  readonly advanced: boolean;
}

const entityLabel = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * Rejects what Graph rejects on this collection, with Graph's codes: `$skip`, `$top` out of range,
 * unsupported filter properties and operators, advanced-only features without the header,
 * unsortable properties, unknown `$select` / `$expand` properties.
 */
export function validateQuery(def: CollectionDef, q: QueryOptions, known: ReadonlySet<string> | (() => ReadonlySet<string>)): CheckedQuery {
  const d = def.dialect;
  if (q.filterError !== undefined) throw graphErrors.invalidFilter(q.filterError, d);
  if (q.skip !== undefined) throw graphErrors.notSupportedOption('$skip', d);
  const given = { $select: q.select, $expand: q.expand, $count: q.count || undefined, $search: q.search } as const;
  for (const option of def.rejectedOptions ?? []) {
    if (given[option] !== undefined) throw graphErrors.optionNotAllowed(option.charAt(1).toUpperCase() + option.slice(2));
  }
  let pageSize = def.pageSize;
  if (q.top !== undefined) {
    const n = Number(q.top);
    if (!/^\d+$/.test(q.top) || n < 1 || n > def.maxTop) throw graphErrors.invalidTop(q.top, def.maxTop, d);
    pageSize = n;
  }
  const advanced = q.eventual && q.count;
  if (q.count) {
    if (def.count === 'none') throw graphErrors.notSupportedOption('$count', d);
    if (def.count === 'eventual' && !q.eventual) throw graphErrors.countNeedsConsistency();
  }
  if (q.filter) {
    const widest = def.dialect === 'directory' ? widestAlternative(q.filter) : 0;
    if (widest > MAX_OR_CLAUSES) throw graphErrors.tooManyClauses(widest, MAX_OR_CLAUSES);
    const check = checkFilter(q.filter, def.filter);
    switch (check.kind) {
      case 'ok':
        if (check.needsAdvanced && !advanced) throw graphErrors.unsupportedQuery();
        break;
      case 'unsupportedProperty':
      case 'unsupportedOperator':
        throw graphErrors.unsupportedFilterProperty(check.property, entityLabel(def.entityType), d);
    }
  }
  if (q.search) {
    if (def.search.length === 0) throw graphErrors.notSupportedOption('$search', d);
    if (def.advancedQueries && !q.eventual) throw graphErrors.searchNeedsConsistency();
    for (const p of searchProperties(q.search)) {
      if (!def.search.includes(p)) throw graphErrors.invalidSearch(`property '${p}' is not searchable`);
    }
  }
  if (q.orderBy) {
    for (const k of q.orderBy) {
      const ok = def.orderBy.basic.includes(k.property) || (advanced && def.orderBy.advanced.includes(k.property));
      if (!ok) {
        if (def.orderBy.advanced.includes(k.property)) throw graphErrors.unsupportedQuery();
        throw graphErrors.invalidOrderBy(k.property, d);
      }
    }
    if (def.advancedQueries && (q.filter || q.search) && !advanced) throw graphErrors.orderByWithFilter();
  }
  // With no rows (or a mixed directoryObject collection) the type's properties are unknown: accept.
  // Read only when a $select is checked: gathering every row's property names costs a pass over the rows.
  const knownProperties = q.select && !def.lenientSelect ? (typeof known === 'function' ? known() : known) : undefined;
  if (q.select && knownProperties && knownProperties.size > 1) {
    for (const p of q.select) {
      if (p !== '*' && !knownProperties.has(p) && !(def.extraProperties ?? []).includes(p)) {
        throw graphErrors.unknownProperty(p, def.entityType, d);
      }
    }
  }
  if (q.expand) {
    if (q.expand.length > 1 && def.advancedQueries) throw graphErrors.expandNotSupported(q.expand.map((e) => e.property).join(','), d);
    // "$expand is not supported with advanced queries" (Advanced query capabilities on directory
    // objects): ConsistencyLevel: eventual or $search together with $expand is refused.
    if (def.advancedQueries && (q.eventual || q.search !== undefined)) throw graphErrors.unsupportedQuery();
    for (const e of q.expand) if (!(e.property in def.expand)) throw graphErrors.expandNotSupported(e.property, d);
  }
  return { pageSize, advanced };
}
