/**
 * The Entra tables Log Analytics and Defender expose beyond the sign-in/audit/risk ones, loaded
 * from a generated demo tenant: each agrees with the tables (and Graph objects) it derives from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import type { EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { loadDemoTenantTables } from '../../src/demo/kql-store/load-demo';
import { generateSignIns, generateTenant } from '../../src/demo/generator';
import type { GeneratedTenantModel } from '../../src/demo/model';

const OPTIONS = { seed: 7, anchorTime: '2026-03-14T09:30:00Z', users: 80, days: 6 } as const;
let engine: EmbeddedKqlEngine;
let model: GeneratedTenantModel;
let counts: Readonly<Record<string, number>>;

const one = async (kql: string): Promise<unknown> => (await engine.query(kql)).rows[0]?.[0];

beforeAll(async () => {
  model = generateTenant(OPTIONS);
  engine = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: OPTIONS.anchorTime });
  counts = await loadDemoTenantTables(engine, model, generateSignIns(model, { interactive: true }), generateSignIns(model, { interactive: false }));
}, 120_000);

describe('Defender sign-in events (AADSignInEventsBeta, EntraIdSignInEvents)', () => {
  it('hold every interactive and non-interactive sign-in', async () => {
    const both = counts['SigninLogs']! + counts['AADNonInteractiveUserSignInLogs']!;
    expect(both).toBeGreaterThan(0);
    expect(counts['AADSignInEventsBeta']).toBe(both);
    expect(counts['EntraIdSignInEvents']).toBe(both);
  });

  it('agree with SigninLogs row for row (UPN, error code as int, country, logon type)', async () => {
    const kql = `SigninLogs | take 50 | project ReportId = Id, AccountUpn = UserPrincipalName, ErrorCode = toint(ResultType), Country = tostring(LocationDetails.countryOrRegion)
      | join kind=leftouter (AADSignInEventsBeta | where LogonType == '["interactiveUser"]') on ReportId
      | where AccountUpn != AccountUpn1 or ErrorCode != ErrorCode1 or Country != Country1 | count`;
    expect(await one(kql)).toBe(0);
  });

  it('give Defender types: ints for ErrorCode and risk, bool IsGuestUser', async () => {
    const r = await engine.query('AADSignInEventsBeta | take 1 | project ErrorCode, RiskLevelAggregated, IsGuestUser, Timestamp');
    expect(r.columns.map((c) => c.type)).toEqual(['int', 'int', 'bool', 'datetime']);
  });
});

describe('MicrosoftGraphActivityLogs', () => {
  it('has one request per successful sign-in to Microsoft Graph, with its user and app', async () => {
    const graphSignIns = await one(`union SigninLogs, AADNonInteractiveUserSignInLogs | where ResourceDisplayName == 'Microsoft Graph' and ResultType == '0' | count`);
    expect(counts['MicrosoftGraphActivityLogs']).toBe(graphSignIns);
    const mismatched = `MicrosoftGraphActivityLogs | take 50 | join kind=leftouter (union SigninLogs, AADNonInteractiveUserSignInLogs | project SignInActivityId = iff(isempty(UniqueTokenIdentifier), Id, UniqueTokenIdentifier), SignInUser = UserId, SignInApp = AppId) on SignInActivityId
      | where UserId != SignInUser or AppId != SignInApp | count`;
    expect(await one(mismatched)).toBe(0);
  });
});

describe('workload identities and provisioning', () => {
  it('AADRiskyServicePrincipals and AADServicePrincipalRiskEvents follow Graph riskyServicePrincipals', async () => {
    expect(model.riskyServicePrincipals.length).toBeGreaterThan(0);
    expect(counts['AADRiskyServicePrincipals']).toBe(model.riskyServicePrincipals.length);
    expect(counts['AADServicePrincipalRiskEvents']).toBe(model.riskyServicePrincipals.length);
    const names = (await engine.query('AADRiskyServicePrincipals | project DisplayName, RiskLevel | sort by DisplayName asc')).rows;
    expect(names).toEqual(model.riskyServicePrincipals.map((r) => [r['displayName'], r['riskLevel']]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  });

  it('AADServicePrincipalSignInLogs holds each app last sign-in inside the window', async () => {
    const start = Date.parse(OPTIONS.anchorTime) - 30 * 86_400_000;
    const expected = model.servicePrincipalSignInActivities.filter((a) => {
      const at = (a['lastSignInActivity'] as { lastSignInDateTime?: string | null } | undefined)?.lastSignInDateTime;
      return at && Date.parse(at) >= start && model.servicePrincipals.some((sp) => sp['appId'] === a['appId']);
    }).length;
    expect(expected).toBeGreaterThan(0);
    expect(counts['AADServicePrincipalSignInLogs']).toBe(expected);
  });

  it('AADProvisioningLogs has a Create per Salesforce user assignment inside the window', async () => {
    const start = Date.parse(OPTIONS.anchorTime) - 30 * 86_400_000;
    const expected = model.appRoleAssignments.filter((a) => a['resourceDisplayName'] === 'Salesforce' && a['principalType'] === 'User' && Date.parse(String(a['createdDateTime'])) >= start).length;
    expect(counts['AADProvisioningLogs']).toBe(expected);
    if (expected > 0) expect(await one("AADProvisioningLogs | where ProvisioningAction == 'Create' and tostring(parse_json(TargetSystem).Name) == 'Salesforce' | count")).toBe(expected);
  });

  it('serves AADManagedIdentitySignInLogs and ADFSSignInLogs (empty: no managed identities, no AD FS)', async () => {
    expect(await one('AADManagedIdentitySignInLogs | count')).toBe(0);
    expect(await one('ADFSSignInLogs | count')).toBe(0);
  });
});
