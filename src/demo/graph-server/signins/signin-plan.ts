import type { FilterNode } from '../odata/filter-ast';
import { applyCompare } from '../odata/filter-eval';
import type { SignInStore } from './signin-store';
import { lowerIndex } from './postings';
import { timeRange } from './signin-predicate';

/** The rows a query must look at: a time range, or the indexed positions inside it. */
export type ScanPlan =
  | { readonly kind: 'range'; readonly from: number; readonly to: number }
  | { readonly kind: 'positions'; readonly positions: Uint32Array };

function andTerms(node: FilterNode | undefined, out: FilterNode[] = []): FilterNode[] {
  if (!node) return out;
  if (node.kind === 'and') {
    andTerms(node.left, out);
    andTerms(node.right, out);
  } else out.push(node);
  return out;
}

/** Positions of rows whose indexed column equals the literal (case-insensitively, like Graph). */
function indexedPositions(store: SignInStore, term: FilterNode): Uint32Array | undefined {
  if (term.kind !== 'compare' || term.op !== 'eq' || term.property.segments.length !== 1) return undefined;
  const c = store.columnOf(term.property.segments[0] as string);
  if (c === undefined || store.postings(c, 0) === undefined) return undefined;
  const dict = store.dictionary(c);
  const lists: Uint32Array[] = [];
  for (let code = 1; code < dict.length; code++) {
    if (applyCompare('eq', dict[code], term.value)) lists.push(store.postings(c, code) as Uint32Array);
  }
  if (lists.length === 1) return lists[0];
  const merged = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  let o = 0;
  for (const l of lists) {
    merged.set(l, o);
    o += l.length;
  }
  return merged.sort();
}

/** Chooses the smallest set of rows to scan: the time range, or an index's positions within it. */
export function planScan(store: SignInStore, filter: FilterNode | undefined): ScanPlan {
  const { from, to } = timeRange(filter, store);
  let best: Uint32Array | undefined;
  for (const term of andTerms(filter)) {
    const list = indexedPositions(store, term);
    if (!list) continue;
    const inRange = list.subarray(lowerIndex(list, from), lowerIndex(list, to));
    if (!best || inRange.length < best.length) best = inRange;
  }
  if (best && best.length < to - from) return { kind: 'positions', positions: best };
  return { kind: 'range', from, to };
}

/** Number of rows in a plan. */
export const planSize = (p: ScanPlan): number => (p.kind === 'range' ? p.to - p.from : p.positions.length);

/** The position at step `k` of a plan, newest first unless `asc`. */
export function planAt(p: ScanPlan, k: number, asc: boolean): number {
  const n = planSize(p);
  const i = asc ? k : n - 1 - k;
  return p.kind === 'range' ? p.from + i : (p.positions[i] as number);
}
