import { describe, expect, it } from 'vitest';
import { parseExpand } from '../../src/demo/graph-server/odata/expand';

describe('$expand parsing', () => {
  it.each([
    ['owners', [{ property: 'owners' }]],
    ['members($select=id,displayName)', [{ property: 'members', select: ['id', 'displayName'] }]],
    ['resourceRoleScopes($expand=role,scope)', [{ property: 'resourceRoleScopes', expand: [{ property: 'role' }, { property: 'scope' }] }]],
    ['catalog,resourceRoleScopes($select=id;$expand=role($select=displayName))', [
      { property: 'catalog' },
      { property: 'resourceRoleScopes', select: ['id'], expand: [{ property: 'role', select: ['displayName'] }] },
    ]],
  ])('%s', (text, items) => {
    expect(parseExpand(text, 'directory')).toEqual(items);
  });

  it.each(['owners($top=1)', 'owners($select=id', 'owners($filter=id eq 1)'])('rejects %s like Graph', (text) => {
    expect(() => parseExpand(text, 'directory')).toThrow(/Invalid \$expand/);
  });
});
