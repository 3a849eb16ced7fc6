import type { GraphObject, GroupMembers, GroupOwners } from '../model';
import { DEPARTMENTS } from './catalog/departments';
import { DOMAIN } from './context';
import type { GenContext } from './context';
import { groupObject } from './group-object';
import type { GroupSpec } from './group-object';
import type { Person } from './person';
import { DAY, HOUR } from './time';
import type { People } from './users';

/** Groups with their owners and direct members; `idOf` finds a group by display name. */
export interface Groups {
  readonly groups: GraphObject[];
  readonly owners: GroupOwners[];
  readonly members: GroupMembers[];
  idOf(displayName: string): string;
}

/** The group created inside the window, and the one created and deleted in it (audit story). */
export const NEW_GROUP = 'Mortgage Pilot Team';
export const DELETED_GROUP = 'Temp - Contractor Onboarding';
/** When the group story happens, before the anchor (within 9 days, so the tests' 10-day tenant holds it). */
export const GROUP_STORY = {
  pilotCreated: 3 * DAY + 2 * HOUR,
  pilotMembersAdded: 3 * DAY + 1 * HOUR,
  pilotRenamed: 1 * DAY + 5 * HOUR,
  tempCreated: 4 * DAY + 20 * HOUR,
  tempDeleted: 2 * DAY + 3 * HOUR,
} as const;

const sec = (displayName: string, description: string): GroupSpec => ({ displayName, description, kind: 'security' });
const m365 = (displayName: string, description: string): GroupSpec => ({ displayName, description, kind: 'm365' });

/** Builds the named groups of demo-tenant.md, department groups and project groups. */
export function buildGroups(ctx: GenContext, people: People): Groups {
  const P = people.byPersona;
  const members = people.all.filter((p) => p.kind === 'member');
  const crowd = members.filter((p) => p.personaKey === null);
  const inDept = (name: string): Person[] => members.filter((p) => p.department === name);
  const head = (name: string): Person => inDept(name).find((p) => p.jobTitle === DEPARTMENTS.find((d) => d.name === name)?.headTitle) ?? (crowd[0] as Person);
  const guests = people.all.filter((p) => p.kind === 'guest');
  const groups: GraphObject[] = [];
  const owners: GroupOwners[] = [];
  const memberships: GroupMembers[] = [];
  const ids = new Map<string, string>();

  const add = (spec: GroupSpec, ownerList: readonly Person[], memberIds: readonly string[], createdMs?: number): string => {
    const id = ctx.guid(`group:${spec.displayName}`);
    const rng = ctx.rng('group-created', groups.length);
    groups.push(groupObject(id, spec, createdMs ?? ctx.anchorMs - rng.int(60, 2000) * DAY - rng.int(0, 86_399) * 1000, DOMAIN));
    owners.push({ groupId: id, ownerIds: ownerList.map((o) => o.id) });
    memberships.push({ groupId: id, memberIds: [...new Set(memberIds)] });
    ids.set(spec.displayName, id);
    return id;
  };
  const sample = (label: string, from: readonly Person[], share: number): string[] => {
    const rng = ctx.rng(`sample:${label}`);
    return from.filter(() => rng.chance(share)).map((p) => p.id);
  };

  const financeId = add(sec('Finance Department', 'All employees of the Finance department.'), [P.megan, P.henrietta], inDept('Finance').map((p) => p.id));
  const contractorsId = add(sec('Finance Contractors', 'External auditors and contractors working with Finance.'), [P.megan], guests.filter((g) => g.partner === 'Contoso').slice(0, 3).map((g) => g.id));
  add(sec('All Finance', 'Finance Department and Finance Contractors (nested groups).'), [P.henrietta], [financeId, contractorsId]);
  add(m365('MDM policy - West', 'Devices and people of the West region in scope of the MDM policy.'), [P.adele],
    [P.alain.id, ...members.filter((p) => p.place.region === 'West' && (p.department === 'Operations' || p.department === 'Retail Banking')).slice(0, 80).map((p) => p.id)]);
  add({ displayName: 'Sales Team', description: 'Everyone in the Sales department (dynamic).', kind: 'dynamic', membershipRule: 'user.department -eq "Sales"' },
    [head('Sales')], inDept('Sales').map((p) => p.id));
  add({ displayName: 'Helpdesk Admins', description: 'Role-assignable group holding the Helpdesk Administrator role.', kind: 'roleAssignable' }, [P.patti], [P.diego.id, P.grady.id]);
  add(sec('CA Exclusion - Emergency Access', 'Emergency-access accounts excluded from all Conditional Access policies.'), [P.patti, P.nestor], [P.breakGlass1.id, P.breakGlass2.id]);
  // A nested group under an app-assigned group: its members do NOT get Salesforce, since Microsoft
  // documents that a group's app assignment "doesn't cascade to nested groups" (Manage users and
  // groups assignment to an application). A common mistake, so a demo story (app.users, user.apps).
  const retailPilotId = add(sec('Salesforce Pilot - Retail Banking', 'Retail bankers piloting Salesforce; nested in Salesforce Users.'), [P.jason],
    inDept('Retail Banking').filter((p) => p.kind === 'member').slice(-4).map((p) => p.id));
  add(sec('Salesforce Users', 'People who use Salesforce (User role).'), [P.jason],
    [P.karita.id, retailPilotId, ...sample('salesforce', crowd.filter((p) => p.department === 'Finance' || p.department === 'Marketing'), 0.5)]);
  add(sec('VPN Users', 'Legacy VPN access. Owner left the company.'), [], [P.karita.id, ...sample('vpn', crowd, 0.15)]);
  const falconId = add(sec('Project Falcon Team', 'Members of Project Falcon (granted by the access package).'), [P.ratih], sample('falcon', inDept('Research'), 0.3));
  add(sec('Research Data Readers', 'Read access to research data; includes Project Falcon Team (nested).'), [head('Research')], [falconId, ...sample('research-readers', inDept('Research'), 0.2)]);
  add(m365('Marketing Campaigns', 'Collaboration space for marketing campaigns.'), [P.julieta], [P.julieta.id, ...sample('campaigns', inDept('Marketing'), 0.6)]);
  add(m365('Woodgrove Leadership', 'Department heads and the CEO.'), [crowd[0] as Person, P.henrietta],
    [(crowd[0] as Person).id, ...DEPARTMENTS.map((d) => head(d.name).id)]);
  add(sec('Legacy Print Operators', 'Print server operators (legacy, no owner).'), [], sample('print', inDept('Operations'), 0.2));
  add(sec('Temp - Q3 Audit', 'Temporary group for the Q3 audit (no owner).'), [], sample('q3', inDept('Risk and Compliance'), 0.3));
  add(sec('Partner Guests - Contoso', 'Guests from Contoso.'), [P.nestor], guests.filter((g) => g.partner === 'Contoso').map((g) => g.id));
  add(sec('Partner Guests - Fabrikam', 'Guests from Fabrikam.'), [], guests.filter((g) => g.partner === 'Fabrikam').map((g) => g.id));
  add(sec('Privileged Access Admins', 'Administrators who use privileged access workstations.'), [P.nestor, P.patti],
    [P.patti.id, P.nestor.id, P.lee.id, P.adele.id, P.isaiah.id, P.diego.id, P.grady.id, P.jason.id]);
  for (const dept of DEPARTMENTS) {
    if (dept.name === 'Finance') continue;
    const rng = ctx.rng('dept-owners', DEPARTMENTS.indexOf(dept));
    const staff = inDept(dept.name);
    const second = staff.find((p) => p.jobTitle === dept.managerTitle);
    const ownerList = rng.chance(0.5) && second ? [head(dept.name), second] : [head(dept.name)];
    add(sec(`${dept.name} Department`, `All employees of the ${dept.name} department.`), ownerList, staff.map((p) => p.id));
  }
  // The audit story of groups (audit.forObject, groups.search "created this month"): Megan created
  // a pilot group three days ago; a temporary onboarding group was created and deleted in the
  // window (audits-story.ts), so it is not among the groups.
  const pilotMembers = inDept('Retail Banking').slice(0, 6).map((p) => p.id);
  add(sec(NEW_GROUP, 'Pilot of the new mortgage process (created this week).'), [P.megan], [P.megan.id, ...pilotMembers], ctx.anchorMs - GROUP_STORY.pilotCreated);
  return {
    groups, owners, members: memberships,
    idOf: (name) => {
      const id = ids.get(name);
      if (!id) throw new Error(`no group ${name}`);
      return id;
    },
  };
}
