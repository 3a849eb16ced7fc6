import type { FilterKind, FilterNode, Literal, PropertyPath } from '../odata/filter-ast';
import { applyCompare, applyStringFunction, matchesFilter } from '../odata/filter-eval';
import type { SignInStore } from './signin-store';

/** A test of one stored sign-in by its logical position. */
export type RowPredicate = (pos: number) => boolean;

type Compiler<K extends FilterKind> = (n: Extract<FilterNode, { kind: K }>, store: SignInStore) => RowPredicate;

const never: RowPredicate = () => false;

/**
 * A test on one column through its dictionary: each distinct value is tested once, then the
 * answer is cached by dictionary code, so a scan costs one array read per row.
 */
function columnTest(store: SignInStore, path: PropertyPath, test: (value: unknown) => boolean): RowPredicate {
  const [head, ...rest] = path.segments;
  if (head === 'createdDateTime') return (pos) => test(store.timeTextAt(pos));
  if (head !== undefined && store.isGuidColumn(head)) return (pos) => test(store.guidAt(head, pos));
  const c = head === undefined ? undefined : store.columnOf(head);
  if (c === undefined) return test(undefined) ? () => true : never;
  const dict = store.dictionary(c);
  const cache = new Uint8Array(dict.length);
  return (pos) => {
    const code = store.codeAt(c, pos);
    let hit = cache[code] as number;
    if (hit === 0) {
      let v: unknown = dict[code];
      for (const seg of rest) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
      hit = test(v) ? 1 : 2;
      cache[code] = hit;
    }
    return hit === 1;
  };
}

function timeTest(store: SignInStore, n: Extract<FilterNode, { kind: 'compare' }>): RowPredicate | undefined {
  if (n.property.segments.join('/') !== 'createdDateTime' || n.value.kind !== 'dateTime') return undefined;
  const ms = n.value.ms;
  switch (n.op) {
    case 'eq':
      return (p) => store.timeAt(p) === ms;
    case 'ne':
      return (p) => store.timeAt(p) !== ms;
    case 'gt':
      return (p) => store.timeAt(p) > ms;
    case 'ge':
      return (p) => store.timeAt(p) >= ms;
    case 'lt':
      return (p) => store.timeAt(p) < ms;
    case 'le':
      return (p) => store.timeAt(p) <= ms;
  }
}

const compilers: { readonly [K in FilterKind]: Compiler<K> } = {
  and: (n, s) => {
    const a = compile(n.left, s);
    const b = compile(n.right, s);
    return (p) => a(p) && b(p);
  },
  or: (n, s) => {
    const a = compile(n.left, s);
    const b = compile(n.right, s);
    return (p) => a(p) || b(p);
  },
  not: (n, s) => {
    const a = compile(n.operand, s);
    return (p) => !a(p);
  },
  compare: (n, s) => timeTest(s, n) ?? columnTest(s, n.property, (v) => applyCompare(n.op, v, n.value)),
  function: (n, s) => columnTest(s, n.property, (v) => applyStringFunction(n.name, v, n.value)),
  in: (n, s) => columnTest(s, n.property, (v) => n.values.some((l: Literal) => applyCompare('eq', v, l))),
  lambda: (n, s) => {
    const head = n.collection.segments[0];
    if (head === undefined) return never;
    return columnTest(s, { segments: [head] }, (v) => matchesFilter(n, { [head]: v }));
  },
};

/** Compiles a filter into a predicate over store positions. */
export function compile(node: FilterNode, store: SignInStore): RowPredicate {
  return (compilers[node.kind] as Compiler<typeof node.kind>)(node as never, store);
}

/** The `createdDateTime` range implied by the top-level `and` terms: [from, to) as positions. */
export function timeRange(node: FilterNode | undefined, store: SignInStore): { from: number; to: number } {
  let from = 0;
  let to = store.length;
  const visit = (n: FilterNode): void => {
    if (n.kind === 'and') {
      visit(n.left);
      visit(n.right);
      return;
    }
    if (n.kind !== 'compare' || n.value.kind !== 'dateTime' || n.property.segments.join('/') !== 'createdDateTime') return;
    const ms = n.value.ms;
    if (n.op === 'ge' || n.op === 'eq') from = Math.max(from, store.lowerBound(ms));
    if (n.op === 'gt') from = Math.max(from, store.lowerBound(ms, true));
    if (n.op === 'le' || n.op === 'eq') to = Math.min(to, store.lowerBound(ms, true));
    if (n.op === 'lt') to = Math.min(to, store.lowerBound(ms));
  };
  if (node) visit(node);
  return { from, to: Math.max(from, to) };
}
