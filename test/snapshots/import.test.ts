/**
 * `entra-ask import`: an application's own export (seed 000's salesforceAssignments) as a KQL
 * table with inferred types; each kind of bad file refused with its line and column, nothing
 * half-loaded; the table queryable by `entra-ask kql`.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoTenant } from '../../src/demo/store';
import { cli, kqlRows, privateTenant } from './helpers';

let tenant: { dir: string; demo: DemoTenant; remove(): void };

beforeAll(async () => {
  tenant = await privateTenant();
});
afterAll(() => tenant?.remove());

function file(name: string, text: string): string {
  const f = path.join(tenant.dir, name);
  writeFileSync(f, text);
  return f;
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Salesforce's own user list: the tenant's first users, as the seed's second source. */
function salesforceCsv(n: number): { text: string; users: DemoTenant['model']['users'] } {
  const users = tenant.demo.model.users.slice(0, n);
  const lines = ['UserName,Name,EmployeeId,Department,JobTitle,AppName,Role,CreatedDateTime,Seats,Score,Active,Profile'];
  users.forEach((u, i) => {
    lines.push([
      String(u['userPrincipalName']), String(u['displayName']), String(u['employeeId'] ?? ''), String(u['department'] ?? ''),
      String(u['jobTitle'] ?? ''), 'Salesforce', i % 3 === 0 ? 'Admin' : 'User', `2024-0${1 + (i % 9)}-1${i % 10}`, String(i + 1), `${i}.5`,
      i % 2 === 0 ? 'true' : 'false', JSON.stringify({ tier: i % 4, tags: ['a, b'] }),
    ].map(csvCell).join(','));
  });
  return { text: `${lines.join('\r\n')}\r\n`, users };
}

describe('import good files', () => {
  it('loads a CSV with inferred types, queryable by entra-ask kql', async () => {
    const { text, users } = salesforceCsv(30);
    const r = await cli(tenant.dir, ['import', file('salesforce.csv', text), '--table', 'salesforceLicenses', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as { rows: number; columns: { name: string; type: string }[] };
    expect(s.rows).toBe(30);
    expect(Object.fromEntries(s.columns.map((c) => [c.name, c.type]))).toEqual({
      UserName: 'string', Name: 'string', EmployeeId: 'string', Department: 'string', JobTitle: 'string', AppName: 'string',
      Role: 'string', CreatedDateTime: 'datetime', Seats: 'long', Score: 'real', Active: 'bool', Profile: 'dynamic',
    });
    const rows = await kqlRows(tenant.dir, 'salesforceLicenses | project UserName, Seats, Active, Tier = toint(Profile.tier), CreatedDateTime | order by Seats asc');
    expect(rows.map((x) => x['UserName'])).toEqual(users.map((u) => u['userPrincipalName']));
    expect(rows[1]).toMatchObject({ Seats: 2, Active: false, Tier: 1, CreatedDateTime: '2024-02-11T00:00:00.000Z' });
    // The seed's Example 4 shape: joined with the exported users by UPN.
    const byRole = await kqlRows(tenant.dir, 'salesforceLicenses | summarize n = count() by Role | order by Role asc');
    expect(byRole).toEqual([{ Role: 'Admin', n: 10 }, { Role: 'User', n: 20 }]);
  }, 120_000);

  it('loads JSON (an array, and JSON lines), renaming columns to identifiers', async () => {
    const records = [{ 'User Name': 'a@x.com', count: 3, when: '2024-03-13T10:00:00Z', roles: ['Admin'] }, { 'User Name': 'b@x.com', count: 4, when: '2024-03-14', roles: [] }];
    const r = await cli(tenant.dir, ['import', file('roles.json', JSON.stringify(records, null, 2)), '--table', 'appRolesLocal']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/imported 2 rows into appRolesLocal/);
    expect(r.stdout).toMatch(/"User Name" → User_Name/);
    const rows = await kqlRows(tenant.dir, "appRolesLocal | order by ['count'] asc | project User_Name, n = ['count'] + 0, r = array_length(roles), when");
    expect(rows).toEqual([{ User_Name: 'a@x.com', n: 3, r: 1, when: '2024-03-13T10:00:00.000Z' }, { User_Name: 'b@x.com', n: 4, r: 0, when: '2024-03-14T00:00:00.000Z' }]);
    const jl = await cli(tenant.dir, ['import', file('roles.jsonl', records.map((x) => JSON.stringify(x)).join('\n')), '--table', 'appRolesLines']);
    expect(jl.code, jl.stderr).toBe(0);
    // Issue 20: "imported 1 rows".
    const one = await cli(tenant.dir, ['import', file('one.json', JSON.stringify([records[0]])), '--table', 'oneRow']);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/imported 1 row into oneRow/);
  }, 120_000);

  it('refuses to replace a table unless --replace, then replaces it whole', async () => {
    const first = await cli(tenant.dir, ['import', file('t1.csv', 'A,B\n1,x\n2,y\n'), '--table', 'twice']);
    expect(first.code, first.stderr).toBe(0);
    const again = await cli(tenant.dir, ['import', file('t2.csv', 'A,B\n3,z\n'), '--table', 'twice']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/was imported before; nothing was changed.*--replace/);
    const replaced = await cli(tenant.dir, ['import', file('t2.csv', 'A,B\n3,z\n'), '--table', 'twice', '--replace']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(await kqlRows(tenant.dir, 'twice')).toEqual([{ A: 3, B: 'z' }]);
  }, 120_000);

  it('adds rows to a snapshot table when the columns match its schema', async () => {
    const u = tenant.demo.model.users[0]!;
    const csv = 'ObjectID,DisplayName,UserPrincipalName,EmployeeId,UserType,CreatedDateTime,JobTitle,Department,AccountEnabled,CustomExtension,SnapshotDate\n' +
      `${u.id},${String(u['displayName'])},${String(u['userPrincipalName'])},E1,Member,2020-01-01,Analyst,Finance,true,,2024-01-11\n`;
    const r = await cli(tenant.dir, ['import', file('users.csv', csv), '--table', 'EntraUsers']);
    expect(r.code, r.stderr).toBe(0);
    const rows = await kqlRows(tenant.dir, 'EntraUsers | where SnapshotDate == datetime(2024-01-11)');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ObjectID: u.id, AccountEnabled: true, EmployeeId: 'E1' });
  }, 120_000);
});

describe('import bad files: line, column, what was expected; nothing written', () => {
  const importsBefore = () => (existsSync(path.join(tenant.dir, 'imports')) ? readdirSync(path.join(tenant.dir, 'imports')).sort() : []);

  const cases: [string, string, string, string[], RegExp][] = [
    ['a row with too many fields', 'bad1.csv', 'A,B\n1,2\n3,4,5\n', ['--table', 'bad1'], /line 3: expected 2 fields like the header, found 3/],
    ['an unclosed quote', 'bad2.csv', 'A,B\n1,"open\n', ['--table', 'bad2'], /line 2: a quoted field is not closed/],
    ['junk after a closing quote', 'bad3.csv', 'A,B\n"x"y,1\n', ['--table', 'bad3'], /line 2: unexpected "y" after a closing quote/],
    ['a value that breaks a number column', 'bad4.csv', `N,S\n${Array.from({ length: 12 }, (_v, i) => `${i},s${i}`).join('\n')}\nabc,s\n`, ['--table', 'bad4'], /line 14, column N: expected long, found "abc"/],
    ['a value against a forced type', 'bad5.csv', 'When,X\n2024-01-01,1\nyesterday,2\n', ['--table', 'bad5', '--types', 'When:datetime'], /line 3, column When: expected datetime/],
    ['a JSON element that is not an object', 'bad6.json', '[\n  {"a": 1},\n  2\n]', ['--table', 'bad6'], /line 3: expected an object/],
    ['a JSON line that is not JSON', 'bad7.jsonl', '{"a": 1}\n{"a": 2\n', ['--table', 'bad7'], /line 2: not valid JSON/],
    ['duplicate columns after renaming', 'bad8.csv', 'a b,a_b\n1,2\n', ['--table', 'bad8'], /same name as "a b"/],
    ['an empty file', 'bad9.csv', '', ['--table', 'bad9'], /the file is empty/],
    ['a header without rows', 'bad10.csv', 'A,B\n', ['--table', 'bad10'], /has no rows/],
    ['a table name that is not an identifier', 'ok.csv', 'A\n1\n', ['--table', '1table'], /not a usable table name/],
    ['a KQL keyword as table name', 'ok.csv', 'A\n1\n', ['--table', 'where'], /is a KQL keyword/],
    ['a built-in log table', 'ok.csv', 'A\n1\n', ['--table', 'SigninLogs'], /built-in log table/],
    ['a built-in name in other letter case', 'ok.csv', 'A\n1\n', ['--table', 'entraUsers'], /differs only in letter case from the built-in table EntraUsers/],
    ['a snapshot table with other columns', 'ok.csv', 'A\n1\n', ['--table', 'EntraGroups'], /do not match the snapshot table EntraGroups.*missing: Id, DisplayName, SnapshotDate; not in the table: A/],
  ];
  for (const [what, name, text, args, message] of cases) {
    it(`refuses ${what}`, async () => {
      const before = importsBefore();
      const snapshotsBefore = existsSync(path.join(tenant.dir, 'snapshots')) ? readdirSync(path.join(tenant.dir, 'snapshots'), { recursive: true }).length : 0;
      const r = await cli(tenant.dir, ['import', file(name, text), ...args, '--json']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/nothing was|refus|choose another|use EntraUsers|import into a table of your own|not a usable/);
      expect(JSON.parse(r.stdout)).toMatchObject({ error: 'ImportError' });
      expect(importsBefore()).toEqual(before);
      const snapshotsAfter = existsSync(path.join(tenant.dir, 'snapshots')) ? readdirSync(path.join(tenant.dir, 'snapshots'), { recursive: true }).length : 0;
      expect(snapshotsAfter).toBe(snapshotsBefore);
    });
  }

  it('lists every bad value, not only the first', async () => {
    const r = await cli(tenant.dir, ['import', file('many.csv', 'N\n1\nx\n2\ny\n'), '--table', 'many', '--types', 'N:long']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2 problem\(s\)/);
    expect(r.stderr).toMatch(/line 3, column N: expected long, found "x"/);
    expect(r.stderr).toMatch(/line 5, column N: expected long, found "y"/);
  });

  it('says what a usage mistake is', async () => {
    const r = await cli(tenant.dir, ['import', file('ok.csv', 'A\n1\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--table/);
  });
});
