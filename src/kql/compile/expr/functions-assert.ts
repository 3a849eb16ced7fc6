/**
 * `assert(condition, message)` (assert-function.md): "If the condition is false, outputs error
 * messages and fails the query"; "the condition must be evaluable to constant during query
 * analysis phase". The condition (constant here: no column of a row) becomes one of the compiled
 * query's checks, run by the engine before the query, so a false one fails the query even over
 * no rows, as Kusto's analysis does; the call itself is true. A condition that reads a column,
 * or a message that is not a string literal, is refused.
 */
import type { Call, FunctionHandler } from './call';
import { asBool } from './coerce';
import { literalOf } from '../../language/literals';

/** Internal column names are `"#n"` (context.ts `fresh()`): SQL without one reads no row. */
const READS_A_ROW = /"#\d+"/;

function assertCall(c: Call): { sql: string; type: 'bool' } {
  const cond = asBool(c.arg(0));
  if (READS_A_ROW.test(cond)) c.fail('a condition that is not a constant (Kusto checks it before reading rows)');
  const message = c.args[1] ? literalOf(c.args[1]) : undefined;
  if (message?.kind !== 'string') c.fail('a message that is not a string literal');
  c.ctx.checks.push({ sql: cond, message: message.value });
  return { sql: 'true', type: 'bool' };
}

export const ASSERT_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = { assert: assertCall };
