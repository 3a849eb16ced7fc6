import type { CompareOp, FilterNode, FilterKind, Literal, PropertyPath, StringFunction } from './filter-ast';
import { literalValue } from './filter-ast';

type Scope = Readonly<Record<string, unknown>>;
type Handler<K extends FilterKind> = (node: Extract<FilterNode, { kind: K }>, row: unknown, scope: Scope) => boolean;

/** Follows a property path from a row, or from a lambda variable when the path starts with one. */
export function resolvePath(row: unknown, path: PropertyPath, scope: Scope): unknown {
  const [first, ...rest] = path.segments;
  const inScope = first !== undefined && Object.prototype.hasOwnProperty.call(scope, first);
  let cur: unknown = inScope ? scope[first as string] : getProp(row, first);
  for (const seg of rest) cur = getProp(cur, seg);
  return cur;
}

function getProp(obj: unknown, key: string | undefined): unknown {
  if (key === undefined || obj === null || typeof obj !== 'object') return undefined;
  return (obj as Record<string, unknown>)[key];
}

const lower = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v);

/** Orders two scalar values the way Graph compares them (strings case-insensitively, dates by instant). */
export function compareValues(actual: unknown, lit: Literal): number | undefined {
  if (actual === null || actual === undefined) return undefined;
  if (lit.kind === 'dateTime') {
    const ms = typeof actual === 'string' ? Date.parse(actual) : NaN;
    return Number.isNaN(ms) ? undefined : Math.sign(ms - lit.ms);
  }
  const expected = lower(literalValue(lit));
  const a = lower(actual);
  if (typeof a === 'number' && typeof expected === 'number') return Math.sign(a - expected);
  if (typeof a === 'string' && typeof expected === 'string') return a < expected ? -1 : a > expected ? 1 : 0;
  if (typeof a === 'boolean' && typeof expected === 'boolean') return a === expected ? 0 : a ? 1 : -1;
  if (typeof a === 'number' && typeof expected === 'string') return compareValues(String(a), lit);
  return undefined;
}

/** Applies a comparison operator to a row value and a literal. */
export function applyCompare(op: CompareOp, actual: unknown, lit: Literal): boolean {
  if (lit.kind === 'null') {
    const isNull = actual === null || actual === undefined;
    return op === 'eq' ? isNull : op === 'ne' ? !isNull : false;
  }
  const c = compareValues(actual, lit);
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'gt':
      return c !== undefined && c > 0;
    case 'ge':
      return c !== undefined && c >= 0;
    case 'lt':
      return c !== undefined && c < 0;
    case 'le':
      return c !== undefined && c <= 0;
  }
}

/** Applies `startswith` / `endswith` / `contains`, case-insensitively like Graph. */
export function applyStringFunction(name: StringFunction, actual: unknown, lit: Literal): boolean {
  if (typeof actual !== 'string') return false;
  const needle = String(literalValue(lit) ?? '').toLowerCase();
  const hay = actual.toLowerCase();
  switch (name) {
    case 'startswith':
      return hay.startsWith(needle);
    case 'endswith':
      return hay.endsWith(needle);
    case 'contains':
      return hay.includes(needle);
  }
}

const handlers: { readonly [K in FilterKind]: Handler<K> } = {
  and: (n, row, scope) => evalNode(n.left, row, scope) && evalNode(n.right, row, scope),
  or: (n, row, scope) => evalNode(n.left, row, scope) || evalNode(n.right, row, scope),
  not: (n, row, scope) => !evalNode(n.operand, row, scope),
  compare: (n, row, scope) => applyCompare(n.op, resolvePath(row, n.property, scope), n.value),
  function: (n, row, scope) => applyStringFunction(n.name, resolvePath(row, n.property, scope), n.value),
  in: (n, row, scope) => {
    const actual = resolvePath(row, n.property, scope);
    return n.values.some((v) => applyCompare('eq', actual, v));
  },
  lambda: (n, row, scope) => {
    const items = resolvePath(row, n.collection, scope);
    if (!Array.isArray(items)) return n.quantifier === 'all';
    const test = (item: unknown): boolean => evalNode(n.body, row, { ...scope, [n.variable]: item });
    return n.quantifier === 'any' ? items.some(test) : items.every(test);
  },
};

function evalNode(node: FilterNode, row: unknown, scope: Scope): boolean {
  return (handlers[node.kind] as Handler<typeof node.kind>)(node as never, row, scope);
}

/** Whether a row satisfies a filter. */
export function matchesFilter(node: FilterNode, row: unknown): boolean {
  return evalNode(node, row, {});
}
