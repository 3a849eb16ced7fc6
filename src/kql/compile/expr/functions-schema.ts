/** column_names_of(T) (column-names-of-function.md): the bound columns of a tabular argument, as a dynamic array. */
import type { FunctionHandler } from './call';

export const SCHEMA_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  column_names_of: (c) => {
    const node = c.args[0];
    if (!node?.isTabular) return c.fail('the argument must be a tabular expression');
    const names = node.columns().map((col) => col.name);
    return { sql: `CAST(${c.ctx.param(JSON.stringify(names), 'VARCHAR')} AS JSON)`, type: 'dynamic' };
  },
};
