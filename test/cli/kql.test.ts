import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

// The only test file that opens the shared test tenant's KQL store (DuckDB allows one writer).
describe('KQL over the demo tenant', () => {
  it('entra-ask kql --json loads the demo tenant and counts sign-ins by result', async () => {
    const r = await runCli(['kql', 'SigninLogs | summarize n = count() by ResultType | order by n desc | take 3', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.columns).toEqual([{ name: 'ResultType', type: 'string' }, { name: 'n', type: 'long' }]);
    expect(out.rows[0]).toEqual(['0', expect.any(Number)]);
    expect(out.rows.length).toBe(3);
  }, 180_000);

  it('entra-ask kql reports a coded diagnostic with its position and a non-zero exit', async () => {
    const r = await runCli(['kql', 'SigninLogs | where Foo == 1', '--json']);
    expect(r.code).not.toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ error: expect.objectContaining({ code: 'KS142', start: 19, length: 3 }) });
  }, 60_000);

  it('a KQL question in ask answers with a table and shows the KQL', async () => {
    const r = await runCli(['ask', 'SigninLogs | where ResultType == "50126" | summarize count() by UserPrincipalName | top 3 by count_', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.intent.name).toBe('kql.run');
    expect(out.answer.kind).toBe('table');
    expect(out.answer.columns).toEqual(['UserPrincipalName', 'count_']);
    expect(out.queries).toEqual([{ source: 'kql', database: 'demo', text: expect.stringContaining('ResultType == "50126"') }]);
  }, 60_000);

  it('refuses management commands', async () => {
    const r = await runCli(['ask', '```kql\n.drop table SigninLogs\n```', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.intent.name).toBe('kql.run');
    expect(out.answer.kind).toBe('error');
    expect(out.answer.summary).toMatch(/^EA001/);
  }, 60_000);
});
