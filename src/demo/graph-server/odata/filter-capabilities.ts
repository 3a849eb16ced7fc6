import type { FilterKind, FilterNode, PropertyPath } from './filter-ast';
import { pathText } from './filter-ast';

/** One filter operation as the Graph docs list them per property. */
export type FilterOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'in' | 'startsWith' | 'endsWith' | 'contains' | 'eqNull' | 'any' | 'not';

/**
 * Which properties of a resource can be filtered and how, written as text per property:
 * `'eq ne in startsWith | endsWith eqNull'` — operations before `|` work on any request,
 * those after it only as advanced queries (`ConsistencyLevel: eventual` and `$count=true`).
 * Collection properties filtered through `any()` list `any` and the element's operations;
 * a lambda over objects is keyed by the collection and the element's property (`assignedLicenses/skuId`).
 */
export interface FilterCapabilities {
  readonly properties: Readonly<Record<string, string>>;
  /** How `not` is treated: directory objects need an advanced query. */
  readonly not: 'always' | 'advanced' | 'never';
}

/** The outcome of checking a filter against a resource's capabilities. */
export type FilterCheck =
  | { readonly kind: 'ok'; readonly needsAdvanced: boolean }
  | { readonly kind: 'unsupportedProperty'; readonly property: string }
  | { readonly kind: 'unsupportedOperator'; readonly property: string; readonly op: FilterOp };

interface Spec {
  readonly basic: ReadonlySet<FilterOp>;
  readonly advanced: ReadonlySet<FilterOp>;
}

const specCache = new Map<string, Spec>();
function parseSpec(text: string): Spec {
  const hit = specCache.get(text);
  if (hit) return hit;
  const [basic = '', advanced = ''] = text.split('|');
  const words = (s: string): Set<FilterOp> => new Set(s.split(/\s+/).filter(Boolean) as FilterOp[]);
  const spec = { basic: words(basic), advanced: words(advanced) };
  specCache.set(text, spec);
  return spec;
}

interface Use {
  readonly property: string;
  readonly op: FilterOp;
  readonly lambda: boolean;
}

function key(p: PropertyPath, vars: ReadonlyMap<string, string>): { property: string; lambda: boolean } {
  const [first, ...rest] = p.segments;
  const base = first !== undefined ? vars.get(first) : undefined;
  if (base === undefined) return { property: pathText(p), lambda: false };
  return { property: [base, ...rest].join('/'), lambda: true };
}

type Collector<K extends FilterKind> = (n: Extract<FilterNode, { kind: K }>, vars: ReadonlyMap<string, string>, out: Use[]) => void;

const opOfFunction = { startswith: 'startsWith', endswith: 'endsWith', contains: 'contains' } as const;

const collectors: { readonly [K in FilterKind]: Collector<K> } = {
  and: (n, vars, out) => {
    collect(n.left, vars, out);
    collect(n.right, vars, out);
  },
  or: (n, vars, out) => {
    collect(n.left, vars, out);
    collect(n.right, vars, out);
  },
  not: (n, vars, out) => {
    out.push({ property: '', op: 'not', lambda: false });
    collect(n.operand, vars, out);
  },
  compare: (n, vars, out) => {
    const k = key(n.property, vars);
    out.push({ ...k, op: n.value.kind === 'null' && (n.op === 'eq' || n.op === 'ne') ? 'eqNull' : n.op });
  },
  function: (n, vars, out) => out.push({ ...key(n.property, vars), op: opOfFunction[n.name] }),
  in: (n, vars, out) => out.push({ ...key(n.property, vars), op: 'in' }),
  lambda: (n, vars, out) => {
    const k = key(n.collection, vars);
    collect(n.body, new Map([...vars, [n.variable, k.property]]), out);
  },
};

function collect(node: FilterNode, vars: ReadonlyMap<string, string>, out: Use[]): void {
  (collectors[node.kind] as Collector<typeof node.kind>)(node as never, vars, out);
}

/** Checks every property and operation a filter uses against the resource's capabilities. */
export function checkFilter(node: FilterNode, caps: FilterCapabilities): FilterCheck {
  const uses: Use[] = [];
  collect(node, new Map(), uses);
  let needsAdvanced = false;
  for (const use of uses) {
    if (use.op === 'not') {
      if (caps.not === 'never') return { kind: 'unsupportedOperator', property: 'not', op: 'not' };
      if (caps.not === 'advanced') needsAdvanced = true;
      continue;
    }
    const text = caps.properties[use.property];
    if (text === undefined) return { kind: 'unsupportedProperty', property: use.property };
    const spec = parseSpec(text);
    const isCollection = spec.basic.has('any') || spec.advanced.has('any');
    if (use.lambda !== isCollection) return { kind: 'unsupportedProperty', property: use.property };
    if (use.lambda && !spec.basic.has('any')) needsAdvanced = true;
    if (spec.basic.has(use.op)) continue;
    if (spec.advanced.has(use.op)) {
      needsAdvanced = true;
      continue;
    }
    return { kind: 'unsupportedOperator', property: use.property, op: use.op };
  }
  return { kind: 'ok', needsAdvanced };
}
