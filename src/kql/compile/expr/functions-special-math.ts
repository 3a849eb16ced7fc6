/** erf, erfc and the beta distribution (mathematical-functions pages) through the TypeScript UDFs of `udf/special-math.ts`. */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asNumber } from './coerce';

const call = (fn: string, n: number) => (c: Call): SqlExpr => ({
  sql: `${fn}(${Array.from({ length: n }, (_, i) => asNumber(c.arg(i))).join(', ')})`,
  type: 'real',
});

export const SPECIAL_MATH_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  erf: call('kql_erf', 1),
  erfc: call('kql_erfc', 1),
  beta_cdf: call('kql_beta_cdf', 3),
  beta_pdf: call('kql_beta_pdf', 3),
  beta_inv: call('kql_beta_inv', 3),
};
