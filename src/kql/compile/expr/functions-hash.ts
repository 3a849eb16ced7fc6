/**
 * hash() / hash_xxhash64() (hash-function.md): xxHash64 through the engine's TypeScript UDFs
 * (`udf/xxhash64.ts`). Strings hash their UTF-8 bytes and datetimes their ticks, as the docs'
 * outputs show; other source types are refused (their byte layout is not documented), and so are
 * hash_combine / hash_many (their combining step is not documented and no guess reproduced the
 * page's output).
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asNumber } from './coerce';

function hashOf(c: Call): SqlExpr {
  const a = c.arg(0);
  let h: string;
  if (a.type === 'string') h = `kql_hash_text(${c.str(0)})`;
  else if (a.type === 'datetime') h = `kql_hash_ticks(epoch_us(${a.sql}) * 10 + 621355968000000000)`;
  else return c.fail(`hashing a ${a.type} value (only string and datetime hashes are documented)`);
  if (c.count > 1) h = `kql_hash_mod(${h}, ${asNumber(c.arg(1), 'long')})`;
  return { sql: h, type: 'long' };
}

export const HASH_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  hash: hashOf,
  hash_xxhash64: hashOf,
};
