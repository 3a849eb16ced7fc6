import { quoted } from './audit-object';
import type { AuditSpec, Initiator } from './audit-object';
import type { AuditInputs } from './audits';
import { userInitiator, userTarget } from './audits-story';
import { DEPARTMENTS } from './catalog/departments';
import type { Person } from './person';
import { DAY } from './time';

type CrowdKind = 'updateUser' | 'addMember' | 'removeMember' | 'ssprReset' | 'registerInfo';

const KIND_WEIGHTS: readonly (readonly [CrowdKind, number])[] = [
  ['updateUser', 25], ['addMember', 25], ['removeMember', 10], ['ssprReset', 15], ['registerInfo', 15],
];

/** Everyday directory changes, about one per 60 users per day, plus "Add user" for recent joiners. */
export function crowdAudits({ ctx, people, groups, apps }: AuditInputs): AuditSpec[] {
  const P = people.byPersona;
  const crowd = people.all.filter((p) => p.personaKey === null && p.kind === 'member' && p.activity === 'active');
  const hr = apps.idsOf('HR Provisioning Connector');
  const hrApp: Initiator = { app: { appId: hr.appId, displayName: 'HR Provisioning Connector', servicePrincipalId: hr.spId, servicePrincipalName: hr.appId } };
  const salesforce = apps.idsOf('Salesforce');
  const assignableGroups = groups.groups.filter((g) => g['membershipRule'] === null && g['isAssignableToRole'] !== true);
  const groupsOf = new Map<string, string[]>();
  for (const g of groups.members) for (const id of g.memberIds) groupsOf.set(id, [...(groupsOf.get(id) ?? []), g.groupId]);
  const out: AuditSpec[] = [];
  for (const grant of apps.recentGrants) {
    out.push({ atMs: grant.atMs, activity: 'Add app role assignment grant to user', category: 'UserManagement', service: 'Core Directory', operationType: 'Assign', initiatedBy: userInitiator(P.jason),
      targets: [{ id: salesforce.spId, displayName: 'Salesforce', type: 'ServicePrincipal', modifiedProperties: [{ displayName: 'AppRole.Value', oldValue: null, newValue: quoted(grant.roleName) }] }, userTarget(grant.person)] });
  }
  for (const joiner of people.all.filter((p) => p.kind === 'member' && p.personaKey === null && p.createdMs >= ctx.windowStartMs)) {
    out.push({ atMs: joiner.createdMs, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', operationType: 'Add', initiatedBy: hrApp, targets: [userTarget(joiner)] });
  }
  if (crowd.length === 0) return out;
  const perDay = Math.max(2, Math.round(people.all.length / 60));
  for (let day = 0; day < ctx.days; day++) {
    const rng = ctx.rng('crowd-audit', day);
    for (let n = 0; n < perDay; n++) {
      const atMs = ctx.windowStartMs + day * DAY + rng.int(0, 86_399) * 1000;
      const person = rng.pick(crowd) as Person;
      const kind = rng.weighted(KIND_WEIGHTS);
      // Additions name a group the person is in now; removals one they are not in any more.
      const current = assignableGroups.filter((g) => (groupsOf.get(person.id) ?? []).includes(g.id));
      const other = assignableGroups.filter((g) => !(groupsOf.get(person.id) ?? []).includes(g.id));
      const group = kind === 'addMember' && current.length > 0 ? rng.pick(current) : rng.pick(other.length > 0 ? other : assignableGroups);
      const groupTarget = { id: group.id, displayName: String(group['displayName']), type: 'Group' as const };
      if (kind === 'updateUser') {
        const dept = DEPARTMENTS.find((d) => d.name === person.department);
        const previous = dept ? rng.pick(dept.titles) : 'Analyst';
        out.push({ atMs, activity: 'Update user', category: 'UserManagement', service: 'Core Directory', operationType: 'Update', initiatedBy: rng.chance(0.6) ? hrApp : userInitiator(P.adele),
          targets: [userTarget(person, [{ displayName: 'JobTitle', oldValue: quoted(previous), newValue: quoted(person.jobTitle ?? '') }])] });
      } else if (kind === 'addMember' || kind === 'removeMember') {
        out.push({ atMs, activity: kind === 'addMember' ? 'Add member to group' : 'Remove member from group', category: 'GroupManagement', service: 'Core Directory',
          operationType: kind === 'addMember' ? 'Assign' : 'Unassign', initiatedBy: userInitiator(rng.chance(0.5) ? P.adele : P.diego), targets: [userTarget(person), groupTarget] });
      } else if (kind === 'ssprReset') {
        out.push({ atMs, activity: 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', operationType: 'Update', initiatedBy: userInitiator(person, `${person.place.homeIpPrefix}.77`), targets: [userTarget(person)] });
      } else if (kind === 'registerInfo') {
        out.push({ atMs, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', initiatedBy: userInitiator(person), targets: [userTarget(person)], details: [{ key: 'Method', value: rng.pick(['Microsoft Authenticator', 'Phone', 'Passkey']) }] });
      }
    }
  }
  return out;
}
