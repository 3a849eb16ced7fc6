import { describe, expect, it } from 'vitest';
import { permissionText, shapeReports } from '../../scripts/graph-capabilities/audit';
import type { ProductRequest } from '../../scripts/graph-capabilities/product-requests';
import { CAPABILITIES } from '../../src/sources/graph/capability-table';

/** graph:audit checks each mode's own plans against that mode (issue 17), not delegated plans against both. */
const req = (origin: string, path: string, headers: Record<string, string> = {}): ProductRequest =>
  ({ origin, version: 'v1.0', method: 'GET', path, headers, id: 'q' });
const OWNED = req('planner:groups.ownedBy', '/users/u1/ownedObjects/microsoft.graph.group?$select=id&$count=true', { ConsistencyLevel: 'eventual' });
const GROUPS = req('planner:group.details', '/groups/g1?$select=id,displayName');

describe('graph:audit per mode', () => {
  it('a delegated-only API planned in delegated mode only is "not asked" in app-only mode, not a violation', () => {
    const { byApi } = shapeReports({ delegated: [OWNED, GROUPS], appOnly: [GROUPS] }, false);
    const owned = [...byApi.get('user-list-ownedobjects')!.values()][0]!;
    expect(owned.origins.delegated).toEqual(['planner:groups.ownedBy']);
    expect(owned.origins.appOnly).toEqual([]);
    expect(owned.violations.delegated).toEqual([]);
    expect(owned.violations.appOnly).toEqual([]);
    const group = [...byApi.get('group-get')!.values()][0]!;
    expect(group.origins.appOnly).toEqual(['planner:group.details']);
  });

  it('the same request planned in app-only mode is reported there as outside the documented support', () => {
    const { byApi } = shapeReports({ delegated: [], appOnly: [OWNED] }, false);
    const owned = [...byApi.get('user-list-ownedobjects')!.values()][0]!;
    expect(owned.violations.appOnly.join(' ')).toMatch(/application|app-only|not supported/i);
    expect(owned.violations.delegated).toEqual([]);
  });

  it('prints the permission the registration takes per mode, "Not supported" where the page says so', () => {
    const api = (id: string) => CAPABILITIES.find((a) => a.id === id)!;
    expect(permissionText(api('user-list-ownedobjects'), 'appOnly')).toBe('Not supported');
    expect(permissionText(api('user-list-ownedobjects'), 'delegated')).toBe('User.Read.All');
    expect(permissionText(api('signin-list'), 'appOnly')).toBe('AuditLog.Read.All + Policy.Read.ConditionalAccess');
  });
});
