import { conditionalAccessPolicyObjects } from './ca-policy-objects';
import type { GeneratedTenantModel, GraphObject, UserManager } from '../model';
import { buildApps } from './apps';
import { buildAudits } from './audits';
import { STORY_OFFSETS } from './audits-story';
import { methodKinds, methodObjects, registrationDetails } from './auth-methods';
import { createContext, DOMAIN } from './context';
import type { GenerateOptions } from './context';
import { buildDevices } from './devices';
import { buildEntitlement } from './entitlement';
import { buildGroups } from './groups';
import { buildRisk } from './risk';
import { buildRoles } from './roles';
import { computeSignInActivity } from './sign-ins/activity';
import { iso } from './time';
import { buildPeople, userObject } from './users';
import { buildDeletedUsers, deletionAudits } from './deleted-users';
import { assignedLicenses, skusOf, subscribedSkus } from './licenses';

/** Smallest tenant that still holds every persona, department and story. */
export const MIN_USERS = 60;

/**
 * Generates the whole Woodgrove Bank tenant, deterministically: the same options give the same
 * model. No wall-clock reads and no unseeded randomness: the anchor is the only "now". Sign-ins are not in the
 * model; stream them with `generateSignIns(model, …)`.
 */
export function generateTenant(options: GenerateOptions): GeneratedTenantModel {
  const opts: GenerateOptions = { ...options, users: Math.max(MIN_USERS, Math.floor(options.users)), days: Math.max(1, Math.floor(options.days)) };
  const ctx = createContext(opts);
  const people = buildPeople(ctx);
  const P = people.byPersona;
  P.karita.passwordChangeMs = ctx.anchorMs - STORY_OFFSETS.karitaReset;
  P.giovanna.passwordChangeMs = ctx.anchorMs - STORY_OFFSETS.giovannaChange;
  const groups = buildGroups(ctx, people);
  const apps = buildApps(ctx, people, groups);
  const roles = buildRoles(ctx, people, groups, apps.spRoles);
  const devices = buildDevices(ctx, people.all);
  const risk = buildRisk(ctx, people);
  const entitlement = buildEntitlement(ctx, people, groups);
  const directAdmins = new Set(roles.assignments.map((a) => String(a['principalId'])));
  for (const e of roles.eligibilities) directAdmins.add(String(e['principalId']));
  const viaGroup = roles.assignments.filter((a) => groups.groups.some((g) => g.id === a['principalId'])).map((a) => String(a['principalId']));
  for (const gid of viaGroup) for (const m of groups.members.find((x) => x.groupId === gid)?.memberIds ?? []) directAdmins.add(m);
  const authenticationMethods: GraphObject[] = [];
  const userRegistrationDetails: GraphObject[] = [];
  people.all.forEach((person, index) => {
    const kinds = methodKinds(ctx, person, index);
    if (person.kind !== 'guest') authenticationMethods.push(...methodObjects(ctx, person, kinds, index));
    userRegistrationDetails.push(registrationDetails(person, kinds, directAdmins.has(person.id), Math.min(ctx.anchorMs, person.createdMs + 30 * 86_400_000)));
  });
  const placeholder = (lastMs: number | null): Record<string, string | null> => ({
    lastSignInDateTime: lastMs === null ? null : iso(lastMs), lastSignInRequestId: null,
    lastNonInteractiveSignInDateTime: null, lastNonInteractiveSignInRequestId: null,
    lastSuccessfulSignInDateTime: null, lastSuccessfulSignInRequestId: null,
  });
  const licences = people.all.map((p, index) => skusOf(ctx, p, index));
  const draftUsers = people.all.map((p, index) => ({
    ...userObject(p, placeholder(p.activity === 'active' || p.activity === 'disabled' ? ctx.anchorMs : p.lastSignInOverrideMs), index),
    assignedLicenses: assignedLicenses(licences[index] ?? []),
  }));
  const deleted = buildDeletedUsers(ctx, people);
  const userManagers: UserManager[] = people.all
    .filter((p) => people.managerOf.has(p.id))
    .map((p) => ({ userId: p.id, managerId: people.managerOf.get(p.id) as string }));
  const draft: GeneratedTenantModel = {
    tenant: { tenantId: ctx.tenantId, domain: DOMAIN, anchorTime: iso(ctx.anchorMs), seed: ctx.seed, users: opts.users, days: opts.days },
    users: draftUsers,
    groups: groups.groups,
    applications: apps.applications,
    servicePrincipals: apps.servicePrincipals,
    devices: devices.devices,
    directoryAudits: buildAudits({ ctx, people, groups, roles, apps }, deletionAudits(people, deleted)),
    riskyUsers: risk.riskyUsers,
    riskyUserHistory: risk.history,
    riskDetections: risk.detections,
    riskyServicePrincipals: apps.riskyServicePrincipals,
    roleDefinitions: roles.definitions,
    roleAssignments: roles.assignments,
    roleEligibilitySchedules: roles.eligibilities,
    userRegistrationDetails,
    authenticationMethods,
    oauth2PermissionGrants: apps.oauth2PermissionGrants,
    appRoleAssignments: apps.appRoleAssignments,
    accessPackageCatalogs: entitlement.catalogs,
    accessPackages: entitlement.accessPackages,
    accessPackageAssignmentPolicies: entitlement.policies,
    accessPackageAssignments: entitlement.assignments,
    accessPackageAssignmentRequests: entitlement.requests,
    groupOwners: groups.owners,
    groupMembers: groups.members,
    appOwners: apps.appOwners,
    userDevices: devices.userDevices,
    userManagers,
    servicePrincipalSignInActivities: apps.signInActivities,
    connectedOrganizations: entitlement.connectedOrganizations,
    conditionalAccessPolicies: conditionalAccessPolicyObjects(ctx, people, groups),
    subscribedSkus: subscribedSkus(ctx, ctx.tenantId, licences),
    deletedUsers: deleted.map((d) => d.object),
  };
  // signInActivity from the same pure plan the sign-in stream follows.
  const activity = computeSignInActivity(draft);
  const users = draftUsers.map((u, i) => {
    const person = people.all[i];
    const a = activity.get(u.id);
    const inWindow = a && (a.lastSignInDateTime !== null || a.lastNonInteractiveSignInDateTime !== null);
    const fallback = person && person.lastSignInOverrideMs !== null ? placeholder(person.lastSignInOverrideMs) : placeholder(null);
    return { ...u, signInActivity: inWindow ? { ...a } : fallback };
  });
  return { ...draft, users };
}
