import { describe, expect, it } from 'vitest';
import { strictFromEnv } from '../../src/demo/graph-server';
import type { TenantModel } from '../../src/demo/model';
import { code, rows, useServer } from './harness';
import { fixtureModel, fixtureSignIns, gid } from './fixture';

const EVENTUAL = { ConsistencyLevel: 'eventual' };
const KARITA = gid(1, 0);

/** The fixture with the beta-only properties a generated tenant carries. */
function betaRichModel(): TenantModel {
  const m = fixtureModel();
  return { ...m, userRegistrationDetails: m.userRegistrationDetails.map((r) => ({ ...r, defaultMfaMethod: 'push' })) };
}
function* betaRichSignIns(): Iterable<Record<string, unknown>> {
  for (const s of fixtureSignIns()) yield { ...s, mfaDetail: { authMethod: 'PhoneAppNotification', authDetail: null }, authenticationRequirement: 'multiFactorAuthentication' };
}

describe('strict mode (delegated caller)', () => {
  const { get } = useServer({ strict: {}, model: betaRichModel(), signIns: () => betaRichSignIns() as never });

  it('refuses filter operators the resource does not document, with Graph\'s error per dialect', async () => {
    const audit = await get("/auditLogs/directoryAudits?$filter=category eq 'UserManagement'");
    expect(audit.status).toBe(400);
    expect(audit.body['error']).toEqual(expect.objectContaining({ code: 'BadRequest', message: 'Invalid filter clause', innerError: expect.objectContaining({ date: expect.any(String), 'request-id': expect.any(String) }) }));
    const role = await get("/roleManagement/directory/roleDefinitions?$filter=startsWith(displayName,'Glob')");
    expect([role.status, code(role)]).toEqual([400, 'Request_UnsupportedQuery']);
    expect(code(await get("/identityProtection/riskyServicePrincipals?$filter=riskLastUpdatedDateTime ge 2026-11-01T00:00:00Z"))).toBe('BadRequest');
  });

  it('refuses $orderby where the page does not document it', async () => {
    const r = await get('/identityProtection/riskyUsers?$orderby=riskLastUpdatedDateTime desc');
    expect(r.status).toBe(400);
  });

  it('refuses an OData cast on a transitive relationship without ConsistencyLevel and $count, answers it with them', async () => {
    const bare = await get(`/users/${KARITA}/transitiveMemberOf/microsoft.graph.group?$select=id`);
    expect([bare.status, code(bare)]).toEqual([400, 'Request_UnsupportedQuery']);
    const ok = await get(`/users/${KARITA}/transitiveMemberOf/microsoft.graph.group?$select=id&$count=true`, EVENTUAL);
    expect(ok.status).toBe(200);
  });

  it('keeps the widely used signIns status/errorCode ne 0 unless told to refuse it', async () => {
    const r = await get('/auditLogs/signIns?$filter=status/errorCode ne 0&$top=5');
    expect(r.status).toBe(200);
  });

  it('answers v1.0 without beta-only properties, and refuses to $select one', async () => {
    const page = rows(await get('/auditLogs/signIns?$top=3'));
    expect(page).toHaveLength(3);
    for (const s of page) {
      expect(s).not.toHaveProperty('mfaDetail');
      expect(s).not.toHaveProperty('authenticationRequirement');
      expect(s).toHaveProperty('status');
    }
    const reg = await get(`/reports/authenticationMethods/userRegistrationDetails/${KARITA}`);
    expect(reg.status).toBe(200);
    expect(reg.body).not.toHaveProperty('defaultMfaMethod');
    expect(reg.body).toHaveProperty('isMfaRegistered');
    const sel = await get('/reports/authenticationMethods/userRegistrationDetails?$select=id,defaultMfaMethod');
    expect(sel.status).toBe(400);
  });

  it('still answers $top over the maximum with Graph\'s own page-size error', async () => {
    expect((await get('/auditLogs/signIns?$top=1001')).status).toBe(400);
  });
});

describe('strict mode, app-only caller', () => {
  const { get } = useServer({ strict: { authMode: 'appOnly', refuseUndocumentedButKept: true } });

  it('403 Authorization_RequestDenied for delegated-only APIs, before looking at the query', async () => {
    for (const rel of ['ownedObjects/microsoft.graph.group?$select=id', 'registeredDevices', 'ownedDevices']) {
      const r = await get(`/users/${KARITA}/${rel}`);
      expect([r.status, code(r)], rel).toEqual([403, 'Authorization_RequestDenied']);
    }
    expect((await get(`/users/${KARITA}/memberOf?$select=id`)).status).toBe(200);
  });

  it('refuses the kept shapes too when asked to (to test fallbacks)', async () => {
    const r = await get('/auditLogs/signIns?$filter=status/errorCode ne 0');
    expect([r.status, code(r)]).toEqual([400, 'BadRequest']);
  });
});

describe('lenient by default (strict: false)', () => {
  const { get } = useServer({ strict: false });
  it('answers what strict mode refuses', async () => {
    expect((await get(`/users/${KARITA}/ownedDevices`)).status).toBe(200);
    expect((await get('/identityProtection/riskyUsers?$orderby=riskLastUpdatedDateTime desc')).status).toBe(200);
  });
});

describe('strictFromEnv', () => {
  it('reads DEMO_GRAPH_STRICT and DEMO_GRAPH_AUTH', () => {
    expect(strictFromEnv({ DEMO_GRAPH_STRICT: '0' })).toBeUndefined();
    // Strict by default: the stand-in is as strict as Graph unless told otherwise.
    expect(strictFromEnv({})).toEqual({ authMode: 'delegated', refuseUndocumentedButKept: false });
    expect(strictFromEnv({ DEMO_GRAPH_STRICT: '1' })).toEqual({ authMode: 'delegated', refuseUndocumentedButKept: false });
    expect(strictFromEnv({ DEMO_GRAPH_STRICT: 'kept', DEMO_GRAPH_AUTH: 'appOnly' })).toEqual({ authMode: 'appOnly', refuseUndocumentedButKept: true });
  });
});
