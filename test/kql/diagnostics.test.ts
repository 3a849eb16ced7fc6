/** Problems come back as coded diagnostics with a position: KSnnn from Kusto.Language, EAnnn from the engine. */
import { describe, expect, it } from 'vitest';
import { compileKql } from '../../src/kql/compile/compile-kql';

function firstDiagnostic(kql: string): { code: string; start: number; length: number; message: string } | undefined {
  const r = compileKql(kql);
  return 'diagnostics' in r ? r.diagnostics[0] : undefined;
}

describe('diagnostics', () => {
  it.each<[string, string, number]>([
    ['SigninLogs | where NoSuchColumn == 1', 'KS142', 19],
    ['SigninLogs | where TimeGenerated > ago(1d', 'KS005', 41],
    ['SigninLogs | summarize count() by', 'KS006', 33],
    ['SigninLogs | where strlen(ResultType, 2) > 1', 'KS119', 19],
    ['NoSuchTable | take 1', 'KS204', 0],
    ['.drop table SigninLogs', 'EA001', 0],
    ['// comment\n.set-or-append T <| print 1', 'EA001', 11],
    ['SigninLogs | evaluate bag_unpack(DeviceDetail)', 'EA101', 13],
    ['print x = series_fit_line(dynamic([1,2]))', 'EA102', 10],
    ['', 'EA004', 0],
  ])('%j → %s at %i', (kql, code, start) => {
    const d = firstDiagnostic(kql);
    expect(d?.code).toBe(code);
    expect(d?.start).toBe(start);
    expect(d?.message.length).toBeGreaterThan(5);
  });

  it('reports wrong types', () => {
    expect(firstDiagnostic("SigninLogs | where TimeGenerated > 'yesterday' + 1")?.code).toMatch(/^KS/);
  });

  it('never throws for bad input', () => {
    for (const q of ['|||', 'let x = ;', 'print x = dynamic({', 'SigninLogs | join (', '\u0000']) {
      expect(() => compileKql(q)).not.toThrow();
    }
  });
});
