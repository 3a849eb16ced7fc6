/**
 * `getschema` (getschema-operator.md): one row per input column — name, ordinal, .NET type as
 * the page shows it (System.String, System.Int32, System.Double, System.DateTime, System.Object, …)
 * and KQL type. A bool column is refused: the scalar-types page calls it System.Boolean while
 * its storage type is I8, and no example shows which getschema prints.
 */
import type { KqlType } from '../../language/kql-types';
import type { OperatorHandler } from './types';
import { requireInput } from './basic';

const DOTNET_TYPE: Readonly<Partial<Record<KqlType, string>>> = {
  string: 'System.String',
  int: 'System.Int32',
  long: 'System.Int64',
  real: 'System.Double',
  datetime: 'System.DateTime',
  timespan: 'System.TimeSpan',
  dynamic: 'System.Object',
  guid: 'System.Guid',
  decimal: 'System.Data.SqlTypes.SqlDecimal',
};

export const getschema: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const out = op.columns();
  if (out.length !== 4) return ctx.fail('schemaMismatch', op, 'getschema output');
  const refs = out.map(() => ctx.fresh());
  const rows = rel.columns.map((c, i) => {
    const dotnet = DOTNET_TYPE[c.type];
    if (!dotnet) return ctx.fail('unsupportedExpression', op, `getschema of a ${c.type} column`);
    return `SELECT ${ctx.param(c.name, 'VARCHAR')} AS ${refs[0]}, CAST(${i} AS BIGINT) AS ${refs[1]}, ${ctx.param(dotnet, 'VARCHAR')} AS ${refs[2]}, ${ctx.param(c.type, 'VARCHAR')} AS ${refs[3]}`;
  });
  const empty = `SELECT CAST(NULL AS VARCHAR) AS ${refs[0]}, CAST(NULL AS BIGINT) AS ${refs[1]}, CAST(NULL AS VARCHAR) AS ${refs[2]}, CAST(NULL AS VARCHAR) AS ${refs[3]} WHERE false`;
  const sql = rows.length > 0 ? `SELECT * FROM (${rows.map((r) => `(${r})`).join(' UNION ALL ')}) AS s ORDER BY ${refs[1]}` : empty;
  return { sql, columns: out.map((c, i) => ({ name: c.name, type: c.type, ref: refs[i]! })) };
};
