import { describe, expect, it } from 'vitest';
import { parseDirectoryFilterTable, parsePermissions, parsePropertyNotes, permissionsInclude } from '../../scripts/graph-capabilities/docs-parse';

describe('reading Graph reference pages (docs-contrib markdown)', () => {
  it('permissions: least privileged first, "Not supported." as null, both table layouts', () => {
    const current = [
      '|Permission type|Least privileged permissions|Higher privileged permissions|',
      '|:---|:---|:---|',
      '|Delegated (work or school account)|User.Read|User.Read.All, Directory.Read.All|',
      '|Delegated (personal Microsoft account)|Not supported.|Not supported.|',
      '|Application|Not supported.|Not supported.|',
    ].join('\n');
    expect(parsePermissions(current)).toEqual({ delegated: ['User.Read', 'User.Read.All', 'Directory.Read.All'], application: null });
    const older = '|Delegated (work or school account) | AuditLog.Read.All and Directory.Read.All |\n|Application | AuditLog.Read.All and Directory.Read.All  |';
    expect(parsePermissions(older)).toEqual({ delegated: ['AuditLog.Read.All', 'Directory.Read.All'], application: ['AuditLog.Read.All', 'Directory.Read.All'] });
    expect(parsePermissions('no table here')).toBeUndefined();
  });
  it('finds the permissions include', () => {
    expect(permissionsInclude('[!INCLUDE [permissions-table](../includes/permissions/user-list-permissions.md)]')).toBe('../includes/permissions/user-list-permissions.md');
  });
  it("property notes: 'Supports $filter (…)' operators and $orderby", () => {
    const md = [
      '| Property | Type | Description |',
      '|:--|:--|:--|',
      '| activityDateTime | DateTimeOffset | When. Supports `$filter` (`eq`, `ge`, `le`) and `$orderby`. |',
      '| category | String | Which category. |',
      '| mail | String | Address. Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startsWith`, `endsWith`, and `eq` on `null` values). |',
    ].join('\n');
    const notes = parsePropertyNotes(md);
    expect(notes.get('activityDateTime')).toEqual({ filter: ['eq', 'ge', 'le'], orderBy: true });
    expect(notes.has('category')).toBe(false);
    expect(notes.get('mail')?.filter).toEqual(['eq', 'ne', 'not', 'ge', 'le', 'in', 'startsWith', 'endsWith', 'eqNull']);
  });
});

describe("the advanced-query page's per-property table", () => {
  it('reads Default and Advanced cells per operator column', () => {
    const md = [
      '| Property | eq | ne | NOT | ge | le | in | startsWith | null values |',
      '|---|---|---|---|---|---|---|---|---|',
      '| accountEnabled | ![Default.][default] | ![Advanced.][AQP] | ![Advanced.][AQP] | | | ![Default.][default] | | |',
      '| companyName | ![Advanced.][AQP] | ![Advanced.][AQP] | | | | | ![Advanced.][AQP] | ![Advanced.][AQP] |',
      '| identities | ![Default.][default] | | | | | | | |',
    ].join('\n');
    const t = parseDirectoryFilterTable(md);
    expect(t.get('accountEnabled')).toBe('eq in | ne not');
    expect(t.get('companyName')).toBe('| eq ne startsWith eqNull');
    expect(t.get('identities')).toBe('eq |');
  });
});
