import type { GraphObject } from '../model';
import type { GenContext } from './context';
import type { Groups } from './groups';
import { caPolicies } from './sign-ins/ca-policies';
import { DAY, iso } from './time';
import type { People } from './users';

/**
 * The tenant's Conditional Access policies as Graph v1.0 `conditionalAccessPolicy` objects
 * (`/identity/conditionalAccess/policies`): the five policies the sign-ins report (same ids and
 * names), with the two emergency-access accounts excluded from the enforcing ones, plus a
 * report-only policy for administrators and a disabled pilot, so that "which policies are in
 * report-only mode" and "which policies exclude the break-glass accounts" have answers.
 */
export function conditionalAccessPolicyObjects(ctx: GenContext, people: People, groups: Groups): GraphObject[] {
  const P = people.byPersona;
  const p = caPolicies(ctx.seed);
  const breakGlass = [P.breakGlass1.id, P.breakGlass2.id];
  const helpdesk = groups.groups.find((g) => g['displayName'] === 'Helpdesk Admins')?.id;
  const adminRoles = ['62e90394-69f5-4237-9190-012177145e10', '194ae4cb-b126-40b2-bd5b-6091b380977d', 'e8611ab8-c189-46e8-94e1-60213ab1f814'];
  const at = (daysAgo: number): string => iso(ctx.anchorMs - daysAgo * DAY);
  const policy = (
    id: string, displayName: string, state: string, createdDaysAgo: number, modifiedDaysAgo: number | null,
    users: Record<string, unknown>, grant: Record<string, unknown> | null, session: Record<string, unknown> | null,
    more: Record<string, unknown> = {},
  ): GraphObject => ({
    id, displayName, state, createdDateTime: at(createdDaysAgo), modifiedDateTime: modifiedDaysAgo === null ? null : at(modifiedDaysAgo),
    templateId: null,
    conditions: {
      userRiskLevels: [], signInRiskLevels: [], clientAppTypes: ['all'], platforms: null, locations: null, devices: null,
      applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [], includeAuthenticationContextClassReferences: [] },
      users: { includeUsers: [], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [], ...users },
      ...more,
    },
    grantControls: grant, sessionControls: session,
  });
  const grantOf = (controls: readonly string[]): Record<string, unknown> => ({ operator: 'OR', builtInControls: [...controls].map((c) => (c === 'RequireCompliantDevice' ? 'compliantDevice' : c.toLowerCase())), customAuthenticationFactors: [], termsOfUse: [] });
  return [
    policy(p.mfaAll.id, p.mfaAll.displayName, 'enabled', 620, 41, { includeUsers: ['All'], excludeUsers: breakGlass }, grantOf(p.mfaAll.enforcedGrantControls), null),
    policy(p.blockLegacy.id, p.blockLegacy.displayName, 'enabled', 610, null, { includeUsers: ['All'], excludeUsers: breakGlass }, grantOf(p.blockLegacy.enforcedGrantControls), null,
      { clientAppTypes: ['exchangeActiveSync', 'other'] }),
    policy(p.compliantAdmins.id, p.compliantAdmins.displayName, 'enabled', 400, 12, { includeRoles: adminRoles, excludeUsers: breakGlass }, grantOf(p.compliantAdmins.enforcedGrantControls), null),
    policy(p.blockCountries.id, p.blockCountries.displayName, 'enabled', 300, 95, { includeUsers: ['All'], excludeUsers: breakGlass }, grantOf(p.blockCountries.enforcedGrantControls), null,
      { locations: { includeLocations: [ctx.guid('named-location:high-risk-countries')], excludeLocations: [] } }),
    policy(p.signInFrequency.id, p.signInFrequency.displayName, 'enabled', 200, null, { includeUsers: ['All'] }, null,
      { signInFrequency: { value: 12, type: 'hours', isEnabled: true, authenticationType: 'primaryAndSecondaryAuthentication', frequencyInterval: 'timeBased' }, applicationEnforcedRestrictions: null, cloudAppSecurity: null, persistentBrowser: null, disableResilienceDefaults: null },
      { clientAppTypes: ['browser'] }),
    policy(ctx.guid('ca:phish-resistant-admins'), 'CA006: Require phishing-resistant MFA for administrators', 'enabledForReportingButNotEnforced', 9, 9,
      { includeRoles: adminRoles, excludeUsers: breakGlass }, { operator: 'OR', builtInControls: [], customAuthenticationFactors: [], termsOfUse: [], authenticationStrength: { id: '00000000-0000-0000-0000-000000000004', displayName: 'Phishing-resistant MFA' } }, null),
    policy(ctx.guid('ca:device-code-pilot'), 'CA007: Block device code flow (pilot)', 'disabled', 30, 30,
      { includeGroups: helpdesk ? [helpdesk] : [] }, grantOf(['Block']), null),
  ];
}
