/**
 * KQL string literals reach DuckDB as parameters only: whatever a literal holds, the SQL compiled
 * from a query is the same text as for a plain literal, and the value travels in `parameters`.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileKql, isCompiled } from '../../src/kql/compile/compile-kql';
import { kqlString } from '../../src/kql/literal';
import { hostile } from '../security/hostile';

const ANCHOR = '2026-11-20T12:00:00Z';

/** Places a string literal can stand in a query (`@` marks it). */
const TEMPLATES = [
  'SigninLogs | where UserPrincipalName == @ | take 5',
  'SigninLogs | where UserPrincipalName =~ @ or AppDisplayName != @',
  'SigninLogs | where UserPrincipalName in~ (@, "x") | project UserPrincipalName',
  'SigninLogs | where AppDisplayName has @ or AppDisplayName contains @',
  'SigninLogs | where AppDisplayName startswith @ and AppDisplayName !endswith @',
  'SigninLogs | where AppDisplayName matches regex @',
  'SigninLogs | extend s = strcat(@, UserPrincipalName) | project s',
  'SigninLogs | extend d = tostring(LocationDetails[@]) | project d',
  'SigninLogs | summarize n = countif(AppDisplayName == @) by AppDisplayName',
  'SigninLogs | where tostring(LocationDetails.city) == @ | count',
  'print a = @, b = strlen(@), c = toupper(@)',
  'let name = @;\nSigninLogs | where UserPrincipalName == name | take 1',
  'AuditLogs | where tostring(InitiatedBy.user.userPrincipalName) == @ | project OperationName',
];

function compiled(text: string) {
  const c = compileKql(text, { anchorTime: ANCHOR });
  if (!isCompiled(c)) throw new Error(`does not compile: ${text}: ${JSON.stringify(c.diagnostics.map((d) => d.message))}`);
  return c;
}

beforeAll(() => {
  compiled('print 1');
}, 120_000);

describe('literals are parameters', () => {
  it.each(TEMPLATES)('%s', (template) => {
    const plain = compiled(template.replaceAll('@', kqlString('Zed Benign')));
    fc.assert(fc.property(hostile, (value) => {
      if (template.includes('regex')) value = value.replace(/[\\[\](){}.*+?^$|]/g, '');
      const c = compiled(template.replaceAll('@', kqlString(value)));
      expect(c.sql).toBe(plain.sql);
      expect(c.parameters).toHaveLength(plain.parameters.length);
      if (value.length >= 4 && !plain.sql.includes(value)) expect(c.sql.includes(value)).toBe(false);
    }), { numRuns: 25 });
  }, 120_000);
});
