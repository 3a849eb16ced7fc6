/** Mathematical, rounding and binary functions (mathematical-functions, binary-functions pages). */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { DUCKDB_TYPE } from '../../language/kql-types';
import { asNumber } from './coerce';

/** SQL of a number, cast to the type the binder gives the call. */
const typed = (c: Call, sql: string): SqlExpr => ({ sql: `CAST(${sql} AS ${DUCKDB_TYPE[c.type]})`, type: c.type });
const real = (fn: string) => (c: Call): SqlExpr => ({ sql: `${fn}(${asNumber(c.arg(0))})`, type: 'real' });
const long = (c: Call, i: number): string => asNumber(c.arg(i), 'long');

export const MATH_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  ceiling: (c) => typed(c, `ceil(${asNumber(c.arg(0))})`),
  sign: (c) => typed(c, `sign(${asNumber(c.arg(0))})`),
  sin: real('sin'),
  cos: real('cos'),
  tan: real('tan'),
  asin: real('asin'),
  acos: real('acos'),
  atan: real('atan'),
  cot: real('cot'),
  degrees: real('degrees'),
  radians: real('radians'),
  atan2: (c) => ({ sql: `atan2(${asNumber(c.arg(0))}, ${asNumber(c.arg(1))})`, type: 'real' }),
  pi: () => ({ sql: 'pi()', type: 'real' }),
  exp2: (c) => ({ sql: `pow(2, ${asNumber(c.arg(0))})`, type: 'real' }),
  exp10: (c) => ({ sql: `pow(10, ${asNumber(c.arg(0))})`, type: 'real' }),
  gamma: real('gamma'),
  loggamma: real('lgamma'),
  isnan: (c) => ({ sql: `isnan(${asNumber(c.arg(0))})`, type: 'bool' }),
  isinf: (c) => ({ sql: `isinf(${asNumber(c.arg(0))})`, type: 'bool' }),
  isfinite: (c) => ({ sql: `isfinite(${asNumber(c.arg(0))})`, type: 'bool' }),
  binary_and: (c) => ({ sql: `(${long(c, 0)} & ${long(c, 1)})`, type: 'long' }),
  binary_or: (c) => ({ sql: `(${long(c, 0)} | ${long(c, 1)})`, type: 'long' }),
  binary_xor: (c) => ({ sql: `xor(${long(c, 0)}, ${long(c, 1)})`, type: 'long' }),
  binary_not: (c) => ({ sql: `(~${long(c, 0)})`, type: 'long' }),
  binary_shift_left: (c) => ({ sql: `(${long(c, 0)} << ${long(c, 1)})`, type: 'long' }),
  binary_shift_right: (c) => ({ sql: `(${long(c, 0)} >> ${long(c, 1)})`, type: 'long' }),
  bitset_count_ones: (c) => ({ sql: `CAST(bit_count(${long(c, 0)}) AS BIGINT)`, type: 'long' }),
};
