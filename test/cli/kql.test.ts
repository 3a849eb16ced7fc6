import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadOrCreateDemoTenant } from '../../src/demo/store';
import { cardsOf, cardText, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';
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

  it('entra-ask kql leaves an audit record per query (text, rows, time, error code), never the rows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entra-ask-kql-audit-'));
    const file = path.join(dir, 'audit.jsonl');
    try {
      const ok = await runCli(['kql', 'SigninLogs | summarize n = count() by ResultType | take 2', '--json'], { env: { AUDIT_LOG: file } });
      const bad = await runCli(['kql', 'SigninLogs | where Foo == 1', '--json'], { env: { AUDIT_LOG: file } });
      expect([ok.code, bad.code]).toEqual([0, 1]);
      const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toEqual([
        expect.objectContaining({ channel: 'cli', intent: 'kql.run', rowCount: 2, outcome: 'table', errorCode: null, queries: [{ source: 'kql', database: 'EntraAsk', text: 'SigninLogs | summarize n = count() by ResultType | take 2' }] }),
        expect.objectContaining({ channel: 'cli', intent: 'kql.run', rowCount: 0, outcome: 'error', errorCode: 'KS142' }),
      ]);
      expect(lines[0]!['tenantId']).toMatch(/^[0-9a-f-]{36}$/);
      // Counts and query text only: no result value is written.
      expect(JSON.stringify(lines[0])).not.toMatch(/"0"|50126/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

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

  it('break-glass: the recently used emergency account is reported, the unused one is not', async () => {
    const out = JSON.parse((await runCli(['ask', 'was any break-glass account used?', '--json'])).stdout);
    expect(out.intent.name).toBe('privileged.breakGlass');
    const users = new Set(out.answer.rows.map((r: string[]) => r[1]));
    expect(users.has('breakglass02@woodgrovebank.onmicrosoft.com')).toBe(true);
    expect(users.has('breakglass01@woodgrovebank.onmicrosoft.com')).toBe(false);
    expect(out.queries[0].text).toContain("in~ (\"breakglass01@woodgrovebank.onmicrosoft.com\", \"breakglass02@woodgrovebank.onmicrosoft.com\")");
  }, 60_000);

  it('signIns.summary by app adds up to the failed sign-ins in the same window', async () => {
    const out = JSON.parse((await runCli(['ask', 'how many failed sign-ins in the last 7 days by app', '--json'])).stdout);
    expect(out.intent).toMatchObject({ name: 'signIns.summary', slots: { groupBy: 'app', status: 'failure', window: { last: 'P7D' } } });
    const sum = out.answer.rows.reduce((n: number, r: number[]) => n + r[1], 0);
    const check = JSON.parse((await runCli(['kql', 'SigninLogs | where TimeGenerated between (ago(7d) .. now()) | where ResultType != "0" | count', '--json'])).stdout);
    expect(sum).toBe(check.rows[0][0]);
    expect(out.answer.chart).toEqual({ type: 'bar', x: 0, y: 1 });
  }, 60_000);

  it('privileged.signIns lists only role holders: active, eligible (PIM) and through role-assignable groups', async () => {
    const out = JSON.parse((await runCli(['ask', 'failed admin sign-ins in the last 7 days', '--json'])).stdout);
    expect(out.intent.name).toBe('privileged.signIns');
    // Role holders from the tenant's own data: principals of active assignments and of PIM
    // eligibility schedules, a group principal standing for its members (nested groups included).
    const { model: m } = await loadOrCreateDemoTenant(inject('demoDataDir'));
    const members = new Map(m.groupMembers.map((g) => [g.groupId, g.memberIds]));
    const holders = new Set<string>();
    const add = (id: string, seen: Set<string>): void => {
      if (seen.has(id)) return;
      seen.add(id);
      const inner = members.get(id);
      if (inner) inner.forEach((x) => add(x, seen));
      else holders.add(id);
    };
    for (const a of [...m.roleAssignments, ...m.roleEligibilitySchedules]) add(String(a['principalId']), new Set());
    const adminSet = new Set(m.users.filter((u) => holders.has(u.id)).map((u) => String(u['userPrincipalName']).toLowerCase()));
    expect(out.answer.rows.length).toBeGreaterThan(0);
    for (const r of out.answer.rows) expect(adminSet.has(String(r[1]).toLowerCase()), String(r[1])).toBe(true);
    for (const r of out.answer.rows) expect(r[5]).not.toBe('Success');
  }, 60_000);

  it('a running bot and a command-line run share the store (both open it read-only)', async () => {
    const bot = await startTestBot();
    try {
      const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text: 'SigninLogs | summarize count() by ResultType | take 2' }));
      expect(cardText(cardsOf(await res.json())[0])).toMatch(/ResultType/);
      const r = await runCli(['kql', 'SigninLogs | count', '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).rows[0][0]).toBeGreaterThan(0);
    } finally {
      await bot.close();
    }
  }, 120_000);
});
