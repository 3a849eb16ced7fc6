/** kqlString: hostile input round-trips through Kusto.Language's parser as one string literal. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kqlString } from '../../src/kql/literal';
import { globalsFor, parseOnly, errorDiagnostics } from '../../src/kql/language/bridge';
import { Syn } from '../../src/kql/language/syntax';
import { literalOf } from '../../src/kql/language/literals';

const globals = globalsFor('db', {});

/** Parses `print x = <literal>` and returns the value of the one literal, or why not. */
function roundTrip(value: string): { ok: boolean; value?: string; kind?: string } {
  const code = parseOnly(`print x = ${kqlString(value)}`, globals);
  if (errorDiagnostics(code).length > 0) return { ok: false };
  const root = new Syn(code.Syntax);
  const statements = root.list('Statements');
  if (statements.length !== 1) return { ok: false };
  const expr = statements[0]!.get('Expression')!.list('Expressions')[0]!.get('Expression')!;
  const lit = literalOf(expr);
  return { ok: true, kind: expr.kind, ...(lit.kind === 'string' ? { value: lit.value } : {}) };
}

describe('kqlString', () => {
  it.each([['O"Brien'], ['a\\b'], ["it's"], ['line\nbreak'], ['" | take 1 //'], ['"; .drop table SigninLogs'], ['\u0000\u001f\u2028']])('%j', (v) => {
    expect(roundTrip(v)).toEqual({ ok: true, kind: 'StringLiteralExpression', value: v });
  });

  it('round-trips any string (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (v) => {
        expect(roundTrip(v)).toEqual({ ok: true, kind: 'StringLiteralExpression', value: v });
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips injection-shaped strings (fuzzed)', () => {
    const piece = fc.constantFrom('"', "'", '\\', '|', ';', '//', '\n', '@"', '```', ' or 1==1', ')', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((xs) => xs.join('')), (v) => {
        expect(roundTrip(v)).toEqual({ ok: true, kind: 'StringLiteralExpression', value: v });
      }),
      { numRuns: 300 },
    );
  });
});
