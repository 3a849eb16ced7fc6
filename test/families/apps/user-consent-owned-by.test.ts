import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseAppsOwnedBy } from '../../../src/families/apps/owned-by.plan';
import { column, startRealTenant, userOf, type RealTenant } from '../real-tenant';

/** apps.userConsent and apps.ownedBy through the real pipeline, checked against the generated tenant's own grants and owners. */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

const nameOf = (rows: readonly { id: string }[], id: unknown): string => String((rows.find((r) => r.id === id) as Record<string, unknown> | undefined)?.['displayName'] ?? '');

describe('apps.userConsent', () => {
  it("asks Graph for the grants people gave for themselves (consentType eq 'Principal'), then names the apps and the people", async () => {
    const out = await t.ask({ name: 'apps.userConsent', slots: {} });
    expect(out.queries[0]).toEqual({ source: 'graph', method: 'GET', url: "https://graph.microsoft.com/v1.0/oauth2PermissionGrants?$filter=consentType%20eq%20'Principal'&$top=999" });
    expect(out.queries.slice(1).map((q) => (q.source === 'graph' ? q.url.split('?')[0] : ''))).toEqual(expect.arrayContaining([
      'https://graph.microsoft.com/v1.0/organization', 'https://graph.microsoft.com/v1.0/servicePrincipals', 'https://graph.microsoft.com/v1.0/users',
    ]));
  });

  it('lists every user-consented grant of the tenant, app by app, with who consented and the scopes', async () => {
    const grants = t.model.oauth2PermissionGrants.filter((g) => g['consentType'] === 'Principal');
    expect(grants.length).toBeGreaterThanOrEqual(3);
    const expected = grants.map((g) => ({ app: nameOf(t.model.servicePrincipals, g['clientId']), who: nameOf(t.model.users, g['principalId']), scope: String(g['scope']) }))
      .sort((a, b) => `${a.app}\u0000${a.who}`.localeCompare(`${b.app}\u0000${b.who}`));
    const { answer } = await t.ask({ name: 'apps.userConsent', slots: {} });
    expect(answer.kind).toBe('table');
    expect(column(answer, 'app')).toEqual(expected.map((e) => e.app));
    expect(column(answer, 'consentedBy')).toEqual(expected.map((e) => e.who));
    expect(column(answer, 'scope')).toEqual(expected.map((e) => e.scope));
    // apps owned by another tenant are called out as such
    const outside = new Set(grants.map((g) => g['clientId']).filter((id) => t.model.servicePrincipals.find((s) => s.id === id)?.['appOwnerOrganizationId'] !== t.model.tenant.tenantId));
    expect(outside.size).toBeGreaterThanOrEqual(2);
    expect(answer.summary).toContain(`${outside.size} of the apps from other organizations`);
    const publishers = column(answer, 'publisher');
    expect(publishers.filter((p) => String(p).startsWith('Other organization'))).toHaveLength(expected.filter((e) => outside.has(t.model.servicePrincipals.find((s) => s.displayName === e.app)?.id)).length);
    // Mail.Send and Mail.Read are named as high-risk where granted
    const highRisk = column(answer, 'highRisk');
    expected.forEach((e, i) => expect(highRisk[i] !== null).toBe(/\bMail\.(Read|Send)\b/.test(e.scope)));
  });

  it('an app named in the question narrows it to that app', async () => {
    const grant = t.model.oauth2PermissionGrants.find((g) => g['consentType'] === 'Principal')!;
    const sp = t.model.servicePrincipals.find((s) => s.id === grant['clientId'])!;
    const out = await t.ask({ name: 'apps.userConsent', slots: { app: String(sp['displayName']) } });
    expect(out.queries.find((q) => q.source === 'graph' && q.url.includes('/oauth2PermissionGrants'))).toMatchObject({ url: expect.stringContaining(`clientId%20eq%20'${sp.id}'`) });
    expect(new Set(column(out.answer, 'app'))).toEqual(new Set([sp['displayName']]));
    const admin = t.model.oauth2PermissionGrants.find((g) => g['consentType'] === 'AllPrincipals')!;
    const adminOnly = t.model.servicePrincipals.find((s) => s.id === admin['clientId'] && !t.model.oauth2PermissionGrants.some((g) => g['clientId'] === s.id && g['consentType'] === 'Principal'))!;
    const none = await t.ask({ name: 'apps.userConsent', slots: { app: String(adminOnly['displayName']) } });
    expect(none.answer.kind).toBe('empty');
  });
});

describe('apps.ownedBy', () => {
  it("reads the person's owned objects cast to app registrations and to enterprise apps", async () => {
    const jason = userOf(t.model, 'jason');
    const out = await t.ask({ name: 'apps.ownedBy', slots: { user: 'jason' } });
    // (the first request resolves the name "jason")
    expect(out.queries.map((q) => (q.source === 'graph' ? q.url.split('?')[0] : '')).filter((u) => u.includes('/ownedObjects'))).toEqual([
      `https://graph.microsoft.com/v1.0/users/${jason.id}/ownedObjects/microsoft.graph.application`,
      `https://graph.microsoft.com/v1.0/users/${jason.id}/ownedObjects/microsoft.graph.servicePrincipal`,
    ]);
  });

  it("lists the apps Jason owns, as the tenant's owner lists have them", async () => {
    const jason = userOf(t.model, 'jason');
    const owned = t.model.appOwners.filter((a) => a.ownerIds.includes(jason.id)).map((a) => t.model.servicePrincipals.find((s) => s.id === a.servicePrincipalId)!);
    expect(owned.length).toBeGreaterThanOrEqual(3);
    const { answer } = await t.ask({ name: 'apps.ownedBy', slots: { user: 'jason' } });
    expect([...column(answer, 'displayName')]).toEqual(owned.map((s) => String(s['displayName'])).sort((a, b) => a.localeCompare(b)));
    const registered = owned.filter((s) => t.model.applications.some((a) => a['appId'] === s['appId']));
    expect(column(answer, 'ownedAs').filter((x) => x === 'App registration and enterprise app')).toHaveLength(registered.length);
    expect(answer.summary).toContain(`${registered.length} app registration`);
  });

  it('says so when the person owns no apps', async () => {
    const owners = new Set(t.model.appOwners.flatMap((a) => a.ownerIds));
    const nobody = t.model.users.find((u) => !owners.has(u.id) && u['userType'] === 'Member')!;
    const { answer } = await t.ask({ name: 'apps.ownedBy', slots: { user: String(nobody['userPrincipalName']) } });
    expect(answer.kind).toBe('empty');
    expect(answer.summary).toContain("doesn't own any");
  });
});

describe('apps.ownedBy in app-only mode', () => {
  it('is refused with the reason (List ownedObjects: "Application: Not supported"), nothing asked', () => {
    const ctx = {
      intent: { name: 'apps.ownedBy' as const, slots: { user: 'jason' } }, resolved: { user: { kind: 'user' as const, id: 'x', displayName: 'Jason Mendez' } },
      asker: { upn: 'patti@woodgrovebank.com' }, now: new Date(), tenantId: 't',
    };
    expect(refuseAppsOwnedBy({ ...ctx, graphAuth: 'delegated' })).toBeUndefined();
    const answer = refuseAppsOwnedBy({ ...ctx, graphAuth: 'appOnly' });
    expect(answer?.title).toBe("I can't read the applications Jason Mendez owns in app-only mode");
    expect(answer?.summary).toContain('"Application: Not supported"');
  });
});
