import { roleByName } from './catalog/roles';
import { COMPROMISED_APP } from './catalog/app-specs';
import { quoted } from './audit-object';
import type { AuditSpec, AuditTarget, Initiator } from './audit-object';
import type { AuditInputs } from './audits';
import type { Person } from './person';
import { DAY, HOUR, MINUTE } from './time';
import { DELETED_GROUP, GROUP_STORY, NEW_GROUP } from './groups';

/**
 * When the story events happen, before the anchor (exported for the users' timestamps). All lie
 * within 9 days so that a 10-day tenant (the tests') holds every story.
 */
export const STORY_OFFSETS = {
  karitaReset: 4 * DAY + 3 * HOUR + 18 * MINUTE,
  giovannaChange: 2 * DAY + 2 * HOUR,
  nestorGlobalAdmin: 4 * DAY + 6 * HOUR,
  tapForGrady: DAY + 3 * HOUR,
  gradyEligible: 8 * DAY + 2 * HOUR,
  henriettaOwner: 8 * DAY + 5 * HOUR,
  vpnOwnerRemoved: 6 * DAY + 1 * HOUR,
  guestConverted: 7 * DAY + 4 * HOUR,
  julietaConsent: 3 * DAY + 5 * HOUR,
  fabrikamConsent: 5 * DAY + 2 * HOUR,
  karitaToSalesforceUsers: 7 * DAY + 9 * HOUR,
} as const;

export function userInitiator(p: Person, ip?: string): Initiator {
  return { user: { id: p.id, displayName: p.displayName, userPrincipalName: p.upn, ipAddress: ip ?? `${p.place.ipPrefix}.21` } };
}

export function userTarget(p: Person, modifiedProperties?: AuditTarget['modifiedProperties']): AuditTarget {
  return { id: p.id, displayName: p.displayName, type: 'User', userPrincipalName: p.upn, modifiedProperties };
}

function roleTarget(name: string): AuditTarget {
  const role = roleByName(name);
  return { id: role.templateId, displayName: name, type: 'Role' };
}

function roleProps(name: string): AuditTarget['modifiedProperties'] {
  return [
    { displayName: 'Role.DisplayName', oldValue: null, newValue: quoted(name) },
    { displayName: 'Role.TemplateId', oldValue: null, newValue: quoted(roleByName(name).templateId) },
  ];
}

const PIM_APP: Initiator = { app: { appId: null, displayName: 'MS-PIM', servicePrincipalId: null, servicePrincipalName: 'MS-PIM' } };

/** The scripted events of demo-tenant.md. */
export function storyAudits({ ctx, people, groups, roles, apps }: AuditInputs): AuditSpec[] {
  const P = people.byPersona;
  const at = (offset: number): number => ctx.anchorMs - offset;
  const out: AuditSpec[] = [];
  const o = STORY_OFFSETS;
  out.push({ atMs: at(o.karitaReset), activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', operationType: 'Update', initiatedBy: userInitiator(P.diego), targets: [userTarget(P.karita)] });
  out.push({ atMs: at(o.karitaReset) + 2000, activity: 'Reset user password', category: 'UserManagement', service: 'Core Directory', operationType: 'Update', initiatedBy: userInitiator(P.diego), targets: [userTarget(P.karita)] });
  out.push({ atMs: at(o.giovannaChange), activity: 'Change password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', operationType: 'Update', initiatedBy: userInitiator(P.giovanna), targets: [userTarget(P.giovanna)] });
  out.push({ atMs: at(o.giovannaChange) + 1000, activity: 'Change user password', category: 'UserManagement', service: 'Core Directory', operationType: 'Update', initiatedBy: userInitiator(P.giovanna), targets: [userTarget(P.giovanna)] });
  // Role assignment outside PIM.
  for (const d of roles.directAssignments) {
    const person = people.all.find((p) => p.id === d.principalId) as Person;
    out.push({ atMs: d.atMs, activity: 'Add member to role', category: 'RoleManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: userInitiator(P.patti), targets: [userTarget(person, roleProps(d.roleName)), roleTarget(d.roleName)] });
  }
  // PIM activations: requested, completed, and the directory's own record.
  for (const a of roles.activations) {
    const person = people.all.find((p) => p.id === a.principalId) as Person;
    const details = [{ key: 'Justification', value: 'Investigating risky user alerts' }, { key: 'StartTime', value: new Date(a.startMs).toISOString() }, { key: 'ExpirationTime', value: new Date(a.endMs).toISOString() }];
    out.push({ atMs: a.startMs - 40_000, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', operationType: 'Assign', initiatedBy: userInitiator(person), targets: [roleTarget(a.roleName), userTarget(person)], details });
    out.push({ atMs: a.startMs, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', operationType: 'Assign', initiatedBy: userInitiator(person), targets: [roleTarget(a.roleName), userTarget(person)], details });
    out.push({ atMs: a.startMs + 1000, activity: 'Add member to role', category: 'RoleManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: PIM_APP, targets: [userTarget(person, roleProps(a.roleName)), roleTarget(a.roleName)] });
    if (a.endMs < ctx.anchorMs) {
      out.push({ atMs: a.endMs, activity: 'Remove member from role (PIM activation expired)', category: 'RoleManagement', service: 'PIM', operationType: 'Unassign', initiatedBy: PIM_APP, targets: [roleTarget(a.roleName), userTarget(person)] });
    }
  }
  out.push({ atMs: at(o.gradyEligible), activity: 'Add eligible member to role in PIM completed (permanent)', category: 'RoleManagement', service: 'PIM', operationType: 'Assign', initiatedBy: userInitiator(P.lee), targets: [roleTarget('Authentication Administrator'), userTarget(P.grady)] });
  out.push({ atMs: at(o.tapForGrady), activity: 'Admin registered temporary access pass method for user', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Update', initiatedBy: userInitiator(P.adele), targets: [userTarget(P.grady)], details: [{ key: 'Method', value: 'Temporary Access Pass' }] });
  // App credentials.
  for (const s of apps.secretsAdded) {
    const compromised = s.spec.displayName === COMPROMISED_APP;
    const initiatedBy: Initiator = compromised
      ? { app: { appId: s.ids.appId, displayName: COMPROMISED_APP, servicePrincipalId: s.ids.spId, servicePrincipalName: s.ids.appId } }
      : userInitiator(P.jason);
    const props = [{ displayName: 'KeyDescription', oldValue: '[]', newValue: JSON.stringify([`[KeyIdentifier=${s.keyId},KeyType=Password,KeyUsage=Verify,DisplayName=${compromised ? 'backup-key' : 'rotation'}]`]) }];
    out.push({ atMs: s.atMs, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', operationType: 'Update', initiatedBy, targets: [{ id: s.ids.applicationId ?? s.ids.spId, displayName: s.spec.displayName, type: 'Application', modifiedProperties: props }] });
    out.push({ atMs: s.atMs + 1000, activity: 'Add service principal credentials', category: 'ApplicationManagement', service: 'Core Directory', operationType: 'Update', initiatedBy, targets: [{ id: s.ids.spId, displayName: s.spec.displayName, type: 'ServicePrincipal', modifiedProperties: props }] });
  }
  // Consents.
  const mad = apps.idsOf('Marketing Analytics Dashboard');
  out.push({ atMs: at(o.julietaConsent), activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: userInitiator(P.julieta),
    targets: [{ id: mad.spId, displayName: 'Marketing Analytics Dashboard', type: 'ServicePrincipal', modifiedProperties: [{ displayName: 'ConsentContext.IsAdminConsent', oldValue: null, newValue: '"False"' }, { displayName: 'ConsentAction.Permissions', oldValue: null, newValue: '"Scope: Mail.Read User.Read"' }] }] });
  out.push({ atMs: at(o.julietaConsent) + 1000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: userInitiator(P.julieta), targets: [{ id: mad.spId, displayName: 'Marketing Analytics Dashboard', type: 'ServicePrincipal' }] });
  const fab = apps.idsOf('Fabrikam Data Connector');
  out.push({ atMs: at(o.fabrikamConsent), activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: userInitiator(P.nestor),
    targets: [{ id: fab.spId, displayName: 'Fabrikam Data Connector', type: 'ServicePrincipal', modifiedProperties: [{ displayName: 'ConsentContext.IsAdminConsent', oldValue: null, newValue: '"True"' }, { displayName: 'ConsentAction.Permissions', oldValue: null, newValue: '"Role: Mail.Read Files.ReadWrite.All"' }] }] });
  out.push({ atMs: at(o.fabrikamConsent) + 1000, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: userInitiator(P.nestor), targets: [{ id: fab.spId, displayName: 'Fabrikam Data Connector', type: 'ServicePrincipal' }] });
  // Group owners and members.
  const finance = { id: groups.idOf('Finance Department'), displayName: 'Finance Department', type: 'Group' as const };
  out.push({ atMs: at(o.henriettaOwner), activity: 'Add owner to group', category: 'GroupManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: userInitiator(P.adele), targets: [userTarget(P.henrietta), finance] });
  const vpn = { id: groups.idOf('VPN Users'), displayName: 'VPN Users', type: 'Group' as const };
  const formerOwner = people.all.find((p) => p.activity === 'disabled') ?? P.nestor;
  out.push({ atMs: at(o.vpnOwnerRemoved), activity: 'Remove owner from group', category: 'GroupManagement', service: 'Core Directory', operationType: 'Unassign', initiatedBy: userInitiator(P.adele), targets: [userTarget(formerOwner), vpn] });
  out.push({ atMs: at(o.karitaToSalesforceUsers), activity: 'Add member to group', category: 'GroupManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: userInitiator(P.jason), targets: [userTarget(P.karita), { id: groups.idOf('Salesforce Users'), displayName: 'Salesforce Users', type: 'Group' }] });
  // Groups created, changed and deleted (audit.forObject): Megan created the mortgage pilot group
  // and added its first members, Adele later updated its description; a temporary onboarding
  // group was created by Adele and deleted by her four days later.
  const pilot = { id: groups.idOf(NEW_GROUP), displayName: NEW_GROUP, type: 'Group' as const };
  const G = GROUP_STORY;
  out.push({ atMs: at(G.pilotCreated), activity: 'Add group', category: 'GroupManagement', service: 'Core Directory', operationType: 'Add', initiatedBy: userInitiator(P.megan),
    targets: [{ ...pilot, modifiedProperties: [{ displayName: 'DisplayName', oldValue: null, newValue: quoted(NEW_GROUP) }, { displayName: 'SecurityEnabled', oldValue: null, newValue: '[true]' }] }] });
  out.push({ atMs: at(G.pilotCreated) + 2000, activity: 'Add owner to group', category: 'GroupManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: userInitiator(P.megan), targets: [userTarget(P.megan), pilot] });
  out.push({ atMs: at(G.pilotMembersAdded), activity: 'Add member to group', category: 'GroupManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: userInitiator(P.megan), targets: [userTarget(P.megan), pilot] });
  out.push({ atMs: at(G.pilotRenamed), activity: 'Update group', category: 'GroupManagement', service: 'Core Directory', operationType: 'Update', initiatedBy: userInitiator(P.adele),
    targets: [{ ...pilot, modifiedProperties: [{ displayName: 'Description', oldValue: quoted('Pilot of the new mortgage process.'), newValue: quoted('Pilot of the new mortgage process (created this week).') }] }] });
  const temp = { id: ctx.guid(`group:${DELETED_GROUP}`), displayName: DELETED_GROUP, type: 'Group' as const };
  out.push({ atMs: at(G.tempCreated), activity: 'Add group', category: 'GroupManagement', service: 'Core Directory', operationType: 'Add', initiatedBy: userInitiator(P.adele),
    targets: [{ ...temp, modifiedProperties: [{ displayName: 'DisplayName', oldValue: null, newValue: quoted(DELETED_GROUP) }] }] });
  out.push({ atMs: at(G.tempDeleted), activity: 'Delete group', category: 'GroupManagement', service: 'Core Directory', operationType: 'Delete', initiatedBy: userInitiator(P.adele), targets: [temp] });
  // Guests: invitations inside the window and the guest converted to a member.
  for (const guest of people.all.filter((p) => p.kind === 'guest' && p.createdMs >= ctx.windowStartMs)) {
    const inviter = guest.partner === 'Contoso' ? P.megan : P.nestor;
    out.push({ atMs: guest.createdMs, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', operationType: 'Add', initiatedBy: userInitiator(inviter), targets: [userTarget(guest)], details: [{ key: 'invitedUserEmailAddress', value: guest.mail ?? '' }] });
    out.push({ atMs: guest.createdMs + 1000, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', operationType: 'Add', initiatedBy: userInitiator(inviter), targets: [userTarget(guest)] });
    if (guest.externalUserState === 'Accepted') {
      out.push({ atMs: guest.createdMs + 5 * HOUR, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', operationType: 'Update', initiatedBy: userInitiator(guest, `${guest.place.homeIpPrefix}.9`), targets: [userTarget(guest)] });
    }
  }
  const converted = people.all.find((p) => p.kind === 'guest' && p.userType === 'Member');
  if (converted) {
    out.push({ atMs: at(o.guestConverted), activity: 'Update user', category: 'UserManagement', service: 'Core Directory', operationType: 'Update', initiatedBy: userInitiator(P.nestor),
      targets: [userTarget(converted, [{ displayName: 'UserType', oldValue: quoted('Guest'), newValue: quoted('Member') }])] });
  }
  return out;
}
