import type { FilterNode } from './filter-ast';

/** Directory objects allow at most 15 alternatives in one `in (…)` or `or` chain. */
export const MAX_OR_CLAUSES = 15;

function orLeaves(node: FilterNode): number {
  return node.kind === 'or' ? orLeaves(node.left) + orLeaves(node.right) : 1;
}

/** The largest number of alternatives anywhere in the filter (`in` values or `or` operands). */
export function widestAlternative(node: FilterNode): number {
  switch (node.kind) {
    case 'or':
      return Math.max(orLeaves(node), widestAlternative(node.left), widestAlternative(node.right));
    case 'and':
      return Math.max(widestAlternative(node.left), widestAlternative(node.right));
    case 'not':
      return widestAlternative(node.operand);
    case 'lambda':
      return widestAlternative(node.body);
    case 'in':
      return node.values.length;
    case 'compare':
    case 'function':
      return 1;
  }
}
