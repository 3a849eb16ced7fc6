/**
 * `has_any` / `has_all` over a list known when compiling (a dynamic literal, or a let bound to
 * one) test one constant pattern per term. The answers must equal the run-time path's (a list
 * built per row, here with pack_array), and the SQL must not build a pattern from each row's
 * element: that cost 54 s for 12 terms over 5,600 audit rows of the large tenant (corpus 359/360).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKql, isCompiled } from '../../src/kql/compile/compile-kql';
import { kqlString } from '../../src/kql/literal';
import { rows } from './helpers';

const WORDS = ['add', 'member', 'Add', 'user', 'add-user', 'a.b', 'x_y', 'Éclair', 'éclair', 'ß', '', ' ', '1', '10.0.0.1', 'o"k'];
const word = fc.constantFrom(...WORDS);
const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '-', '/', ',', '.', '_')), { maxLength: 8 }).map((p) => p.join(''));

function datatable(values: readonly string[]): string {
  return `datatable(n:long, s:string) [${values.map((v, i) => `${i}, ${kqlString(v)}`).join(', ')}]`;
}

describe('has_any / has_all over a constant list', () => {
  it('answers as the run-time path does (fast-check, 60 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(word, { minLength: 1, maxLength: 4 }), fc.boolean(), async (values, terms, all) => {
        const op = all ? 'has_all' : 'has_any';
        const list = terms.map(kqlString).join(', ');
        const constant = await rows(`${datatable(values)} | where s ${op} (dynamic([${list}])) | project n | sort by n asc`);
        const viaLet = await rows(`let L = dynamic([${list}]); ${datatable(values)} | where s ${op} (L) | project n | sort by n asc`);
        const perRow = await rows(`${datatable(values)} | where s ${op} (pack_array(${list})) | project n | sort by n asc`);
        expect(constant).toEqual(perRow);
        expect(viaLet).toEqual(perRow);
      }),
      { numRuns: 60, seed: 20261207 },
    );
  }, 120_000);

  it('has / hasprefix / hassuffix answer the same with a literal needle as with one read per row (fast-check, 40 cases)', async () => {
    // Needles that start or end with punctuation and hold a letter inside ("-abc", "a.") are where
    // the literal path's edge tests (termPattern) and the per-row path's (hasTermSql) could part.
    const needle = fc.constantFrom(...WORDS, '-add', 'add-', '.b', 'a.', '-', '"o', 'é-', '-1');
    const ops = ['has', '!has', 'has_cs', 'hasprefix', 'hassuffix', 'hasprefix_cs', 'hassuffix_cs', '!hasprefix', '!hassuffix'];
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 6 }), needle, fc.constantFrom(...ops), async (values, n, op) => {
        const t = `datatable(s:string, w:string) [${values.map((v) => `${kqlString(v)}, ${kqlString(n)}`).join(', ')}]`;
        const got = await rows(`${t} | project a = s ${op} ${kqlString(n)}, b = s ${op} w`);
        for (const [a, b] of got) expect(a).toBe(b);
      }),
      { numRuns: 40, seed: 20261207 },
    );
  }, 120_000);

  // The same, case by case: a needle whose edge is punctuation glued to a letter or digit of the
  // text, one with a letter only inside ("-a-"), and the empty needle. The pages do not say what such a needle
  // matches; what is pinned is that both paths give one answer.
  it.each<[string, string]>([
    ['member-add', '-add'],
    ['add-member', 'add-'],
    ['x.b y', '.b'],
    ['a.x', 'a.'],
    ['xé-y', 'é-'],
    ['b-a-c', '-a-'],
    ['9-1', '-1'],
    ['abc', ''],
  ])('%s with the needle %s: literal and per-row answers agree', async (s, n) => {
    for (const op of ['has', 'hasprefix', 'hassuffix', 'has_cs', 'hasprefix_cs', 'hassuffix_cs']) {
      const got = await rows(`datatable(s:string, w:string) [${kqlString(s)}, ${kqlString(n)}] | project a = s ${op} ${kqlString(n)}, b = s ${op} w`);
      expect(got[0]![0], `${s} ${op} ${n}`).toBe(got[0]![1]);
    }
  });

  it('pins the documented term rules on a constant list', async () => {
    // has-anyoperator.md: whole terms, case-insensitive; has_all needs every term.
    const t = datatable(['Add member to group', 'Added members', 'add-user', 'nothing']);
    expect(await rows(`${t} | where s has_any (dynamic(["member", "user"])) | project s`)).toEqual([['Add member to group'], ['add-user']]);
    expect(await rows(`let L = dynamic(["ADD", "group"]); ${t} | where s has_all (L) | project s`)).toEqual([['Add member to group']]);
    expect(await rows(`${t} | where s has_any (dynamic([])) | count`)).toEqual([[0]]);
    expect(await rows(`${t} | where s has_all (dynamic([])) | count`)).toEqual([[4]]);
    // Parenthesized, through a function's parameter, and with a number inside: the same answers.
    expect(await rows('datatable(s:string)["a b", "c"] | where s has_any ((dynamic(["a"])))')).toEqual([['a b']]);
    expect(await rows('let f = (L:dynamic) { datatable(s:string)["a b", "c"] | where s has_any (L) }; f(dynamic(["a"]))')).toEqual([['a b']]);
    expect(await rows('datatable(s:string)["a 1", "c"] | where s has_all (dynamic(["a", 1]))')).toEqual([['a 1']]);
    // A number is looked for as its text, a whole term.
    expect(await rows('print a = "x 50199 0" has_all (0, 50199), b = "x 501990" has_any (50199), c = dynamic(["0","50199"]) has_all (0, 50199)')).toEqual([[true, false, true]]);
  });

  it('builds no pattern from row values when the list is constant', () => {
    for (const q of [
      'AuditLogs | where OperationName has_any (dynamic(["add member", "add user"]))',
      'let L = dynamic(["add member", "add user"]); AuditLogs | where OperationName has_all (L)',
    ]) {
      const c = compileKql(q, { anchorTime: '2026-01-01T00:00:00Z' });
      expect(isCompiled(c) && c.sql).toBeTruthy();
      if (isCompiled(c)) expect(c.sql).not.toContain('regexp_escape(');
    }
    // A list in parentheses, and a function's parameter bound to a literal list, are known too.
    for (const q of [
      'AuditLogs | where OperationName has_any ((dynamic(["add member"])))',
      'let f = (L:dynamic) { AuditLogs | where OperationName has_any (L) }; f(dynamic(["add member"]))',
    ]) {
      const c = compileKql(q, { anchorTime: '2026-01-01T00:00:00Z' });
      if (isCompiled(c)) expect(c.sql).not.toContain('regexp_escape(');
      else expect.unreachable(q);
    }
    // A list holding a number is left to the run-time path (its text form is the engine's).
    const mixed = compileKql('AuditLogs | where OperationName has_any (dynamic(["x", 1]))', { anchorTime: '2026-01-01T00:00:00Z' });
    if (isCompiled(mixed)) expect(mixed.sql).toContain('regexp_escape(');
    else expect.unreachable('mixed list should compile');
    // A list computed per row still takes the run-time path.
    const perRow = compileKql('AuditLogs | where OperationName has_any (pack_array(Identity))', { anchorTime: '2026-01-01T00:00:00Z' });
    if (isCompiled(perRow)) expect(perRow.sql).toContain('regexp_escape(');
    else expect.unreachable('pack_array list should compile');
  });

  // The literal needle of has / hasprefix / hassuffix (and their ! and _cs forms) and the string
  // and whole-number items of has_any / has_all are known when compiling too: one parameter-bound
  // pattern each, never a pattern assembled per row. The answers are the same either way (the
  // cases above and string-operators-terms-docs.test.ts); only the SQL tells the two paths apart,
  // and the per-row form is the one that cost 54 s on the large tenant.
  it.each([
    'AuditLogs | where OperationName has "add"',
    'AuditLogs | where OperationName !has "add"',
    'AuditLogs | where OperationName has_cs "Add"',
    'AuditLogs | where OperationName !has_cs "Add"',
    'AuditLogs | where OperationName hasprefix "ad"',
    'AuditLogs | where OperationName !hasprefix_cs "Ad"',
    'AuditLogs | where OperationName hassuffix "er"',
    'AuditLogs | where OperationName !hassuffix_cs "er"',
    'AuditLogs | where OperationName has @"add"',
    'AuditLogs | where OperationName has "add" "member"',
    'AuditLogs | where OperationName has_any ("add", "member")',
    'AuditLogs | where OperationName has_all ("add", 50199)',
    'AuditLogs | where OperationName has_any (long(5), int(7))',
  ])('a literal needle takes the constant path: %s', (q) => {
    const c = compileKql(q, { anchorTime: '2026-01-01T00:00:00Z' });
    if (!isCompiled(c)) return expect.unreachable(q);
    expect(c.sql).not.toContain('regexp_escape(');
    expect(c.sql).toContain('regexp_matches(');
  });

  it.each([
    'AuditLogs | where OperationName has Identity',
    'AuditLogs | where OperationName hasprefix strcat("a", Identity)',
    'AuditLogs | where OperationName has_any (Identity)',
    'AuditLogs | where OperationName has_any (2.5)',
  ])('a needle known only per row takes the run-time path: %s', (q) => {
    const c = compileKql(q, { anchorTime: '2026-01-01T00:00:00Z' });
    if (!isCompiled(c)) return expect.unreachable(q);
    expect(c.sql).toContain('regexp_escape(');
  });

  it('reads a column, not a let of the same name, when the binder says column', async () => {
    // Kusto.Language binds `L` inside the where to the column the datatable declares (the row
    // scope), so each row is tested against its own L, never against the let's list. With the
    // let's list ["a"] both rows would match; with each row's own list only the second does.
    const q = 'let L = dynamic(["a"]); datatable(L:dynamic, s:string)[dynamic(["q"]), "a b", dynamic(["b"]), "a b"] | where s has_any (L) | project r = tostring(L)';
    expect(await rows(q)).toEqual([['["b"]']]);
    expect(await rows(q.replace('has_any', 'has_all'))).toEqual([['["b"]']]);
  });

  it('a declared query parameter the engine cannot bind is refused with a coded diagnostic, not an internal error', () => {
    // query_parameters are not bound by the embedded engine yet: the name has no value to read.
    for (const op of ['has_any', 'has_all']) {
      const q = `declare query_parameters(L:dynamic = dynamic(["a"])); print r = "a b" ${op} (L)`;
      const c = compileKql(q, { anchorTime: '2026-01-01T00:00:00Z' });
      expect(isCompiled(c)).toBe(false);
      if (!isCompiled(c)) expect(c.diagnostics.map((d) => d.code)).toEqual(['EA103']);
    }
  });

  it('a null whole-number item answers as the same null read per row', async () => {
    // long(null) has no text to look for: the literal path must not invent one ("undefined").
    for (const [lit, type] of [['long(null)', 'long'], ['int(null)', 'int']] as const) {
      for (const s of ['a b', 'undefined', '']) {
        const literal = await rows(`print r = ${kqlString(s)} has_any (${lit}), q = ${kqlString(s)} has_all (${lit})`);
        const perRow = await rows(`datatable(s:string, n:${type}) [${kqlString(s)}, ${lit}] | project r = s has_any (n), q = s has_all (n)`);
        expect(literal, `${s} ${lit}`).toEqual(perRow);
      }
    }
  });

  it('a dynamic that is not an array of strings answers as the same value read per row', async () => {
    // Such a value is left to the run-time path; the answer is the one the per-row form gives.
    for (const d of ['dynamic("a")', 'dynamic(null)', 'dynamic({"a": "b"})', 'dynamic(5)', 'dynamic(["a", dynamic(null)])']) {
      for (const op of ['has_any', 'has_all']) {
        const constant = await rows(`datatable(s:string)["a b", "c"] | where s ${op} (${d}) | count`);
        const perRow = await rows(`datatable(s:string, d:dynamic)["a b", ${d}, "c", ${d}] | where s ${op} (d) | count`);
        expect(constant, `${op} ${d}`).toEqual(perRow);
        const viaLet = await rows(`let L = ${d}; datatable(s:string)["a b", "c"] | where s ${op} (L) | count`);
        expect(viaLet, `let ${op} ${d}`).toEqual(perRow);
      }
    }
  });
});
