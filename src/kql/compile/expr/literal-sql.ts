/** Literals become DuckDB parameters, never SQL text. */
import type { CompileContext, SqlExpr } from '../context';
import type { LiteralValue, Syn } from '../../language/syntax';
import { dynamicJsonText, literalOf } from '../../language/literals';
import { DUCKDB_TYPE } from '../../language/kql-types';

/**
 * A literal's value, refused when the engine cannot hold it: Kusto keeps time in 100-ns ticks,
 * DuckDB in microseconds, so a timespan finer than a microsecond would be rounded (`d - 1tick`
 * would equal d: a wrong answer). Every reader of a timespan literal's microseconds goes through here.
 */
export function checkedLiteral(node: Syn, ctx: CompileContext): LiteralValue {
  const v = literalOf(node);
  if (v.kind === 'timespan' && v.finerThanMicros) return ctx.fail('unsupportedArgument', node, 'a timespan finer than a microsecond (the engine keeps time to the microsecond; 1tick is 100 ns)');
  return v;
}

export function compileLiteral(v: LiteralValue, ctx: CompileContext): SqlExpr {
  switch (v.kind) {
    case 'string':
      return { sql: ctx.param(v.value, 'VARCHAR'), type: 'string' };
    case 'guid':
      return { sql: ctx.param(v.value, 'VARCHAR'), type: 'guid' };
    case 'long':
      return { sql: ctx.param(v.exact ?? BigInt(Math.trunc(v.value)), 'BIGINT'), type: 'long' };
    case 'int':
      return { sql: ctx.param(v.value, 'INTEGER'), type: 'int' };
    case 'real':
    case 'decimal':
      return { sql: ctx.param(v.value, 'DOUBLE'), type: v.kind };
    case 'bool':
      return { sql: ctx.param(v.value, 'BOOLEAN'), type: 'bool' };
    case 'datetime':
      return { sql: ctx.param(v.value.replace('T', ' ').replace('Z', ''), 'TIMESTAMP'), type: 'datetime' };
    case 'timespan':
      return { sql: ctx.param(BigInt(v.micros), 'BIGINT'), type: 'timespan' };
    case 'dynamic':
      return { sql: ctx.param(v.json, 'JSON'), type: 'dynamic' };
    case 'null':
      return { sql: `CAST(NULL AS ${DUCKDB_TYPE[v.type]})`, type: v.type };
  }
}

/** `dynamic(...)` literal: JSON text (reals kept reals), passed as one parameter. */
export function compileDynamicLiteral(node: Syn, ctx: CompileContext): SqlExpr {
  return { sql: ctx.param(dynamicJsonText(node), 'JSON'), type: 'dynamic' };
}
