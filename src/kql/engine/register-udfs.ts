/**
 * Adds the engine's TypeScript scalar functions (`udf/registry.ts`) to a DuckDB instance: once,
 * on its first connection; DuckDB keeps them for every later connection of the instance.
 */
import { BIGINT, BOOLEAN, DOUBLE, DuckDBScalarFunction, VARCHAR } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBType } from '@duckdb/node-api';
import type { ScalarUdf, UdfType } from '../udf/types';
import { KQL_UDFS } from '../udf/registry';

const DUCK: Readonly<Record<UdfType, DuckDBType>> = { VARCHAR, BIGINT, DOUBLE, BOOLEAN };

/** A result DuckDB can store for `type`; anything else (a thrown error included) becomes null. */
function checked(value: unknown, type: UdfType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'VARCHAR':
      return typeof value === 'string' ? value : null;
    case 'BIGINT':
      return typeof value === 'bigint' ? BigInt.asIntN(64, value) : null;
    case 'DOUBLE':
      return typeof value === 'number' ? value : null;
    case 'BOOLEAN':
      return typeof value === 'boolean' ? value : null;
  }
}

function scalarFunction(u: ScalarUdf): DuckDBScalarFunction {
  const fn = u.fn as (...args: unknown[]) => unknown;
  return DuckDBScalarFunction.create({
    name: u.name,
    returnType: DUCK[u.returns],
    parameterTypes: u.params.map((p) => DUCK[p]),
    mainFunction: (_info, input, output) => {
      const columns = u.params.map((_, i) => input.getColumnVector(i));
      for (let row = 0; row < input.rowCount; row++) {
        const args = columns.map((v) => v.getItem(row));
        let value: unknown = null;
        if (!args.some((a) => a === null)) {
          try {
            value = fn(...args);
          } catch {
            value = null;
          }
        }
        output.setItem(row, checked(value, u.returns) as never);
      }
      output.flush();
    },
  });
}

/** Registers every UDF on `connection` (and so on its instance). */
export function registerKqlUdfs(connection: DuckDBConnection): void {
  for (const u of KQL_UDFS) connection.registerScalarFunction(scalarFunction(u));
}
