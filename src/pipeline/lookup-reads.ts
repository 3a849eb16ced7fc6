/**
 * The pipeline's side of src/planning/lookup-reads.ts: relationships a name's lookup expands, and
 * the first-round queries they answer. The policy applies to them as to any query:
 *
 * - a lookup expands only when the asker was allowed before any lookup (not when only a self /
 *   owner / manager exception could allow the question: that is decided on the resolved names),
 *   and only when every category the expansion reads is readable for the asker before the names
 *   are resolved;
 * - a planned query is answered from the expanded list only when the data gate (with the resolved
 *   names) lets that query run unchanged; a query the gate withholds gets its empty result as
 *   before, and one the gate changes (properties removed) runs as changed.
 */
import type { Asker, EntityKind } from '../planning/entities';
import { wholeExpandedList, withQueryOption, type LookupExpand } from '../planning/lookup-reads';
import type { QueryPlan } from '../planning/query-plan';
import type { DataGate } from '../policy/data-gate';
import { queryReads } from '../policy/data-reads';
import type { GraphResult } from '../sources/result-set';
import type { Slots } from '../understanding/intent';
import { slotText, type LookedUpRows } from './resolve-slots';

/**
 * The expansions this asker's lookups carry. `gate`: the data gate before any name is resolved
 * (undefined: no policy configured, as for every other query).
 */
export function lookupExpansions(expansions: readonly LookupExpand[], args: { readonly slots: Slots; readonly asker: Asker; readonly gate: DataGate | undefined }): readonly LookupExpand[] {
  return expansions.filter((e) => slotText(args.slots, e.slot, args.asker) !== undefined && (args.gate === undefined
    || queryReads({ source: 'graph', id: e.answers, method: 'GET', path: withQueryOption('/', '$expand', e.property), reads: e.reads })
      .every((r) => args.gate!.allows(r.category))));
}

/** The relationship each slot's lookup expands (Graph expands one relationship per directory request). */
export function expandBySlot(expansions: readonly LookupExpand[]): Partial<Record<EntityKind, string>> {
  const out: Partial<Record<EntityKind, string>> = {};
  for (const e of expansions) out[e.slot] ??= e.property;
  return out;
}

/** The first-round results the expanded lists give, by the id of the query each stands in for. */
export function lookupAnswers(expansions: readonly LookupExpand[], rows: LookedUpRows): Map<string, GraphResult> {
  const out = new Map<string, GraphResult>();
  const expanded = expandBySlot(expansions);
  for (const e of expansions) {
    const list = expanded[e.slot] === e.property ? wholeExpandedList(rows[e.slot], e.property) : undefined;
    if (list) {
      out.set(e.answers, {
        source: 'graph', query: { source: 'graph', id: e.answers, method: 'GET', path: '' }, status: 200, rows: list, truncated: false,
        elapsedMs: 0, fromLookup: `resolve.${e.slot}`,
      });
    }
  }
  return out;
}

/**
 * Splits a (gated) plan into the queries still to run and the results the lookups already gave:
 * a query is answered from them only when the gate left it as `original` planned it.
 */
export function answeredByLookup(plan: QueryPlan, original: QueryPlan, ready: ReadonlyMap<string, GraphResult>): { readonly toRun: QueryPlan; readonly answered: Map<string, GraphResult> } {
  const answered = new Map<string, GraphResult>();
  const queries = plan.queries.filter((q) => {
    const r = ready.get(q.id);
    const planned = original.queries.find((o) => o.id === q.id);
    if (!r || q.source !== 'graph' || planned?.source !== 'graph' || planned.path !== q.path) return true;
    answered.set(q.id, { ...r, query: q });
    return false;
  });
  return { toRun: { ...plan, queries }, answered };
}
