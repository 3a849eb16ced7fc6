import type { GraphObject } from '../model';
import { PARTNERS } from './catalog/partners';
import type { GenContext } from './context';
import { approvalSettings, groupMemberRoleScope, requestorManager, schedule, singleUser, subject } from './entitlement-objects';
import type { Groups } from './groups';
import type { Person } from './person';
import { DAY, HOUR, iso } from './time';
import type { People } from './users';

/** Entitlement management: catalogs, packages, policies, assignments, requests, connected orgs. */
export interface Entitlement {
  readonly catalogs: GraphObject[];
  readonly accessPackages: GraphObject[];
  readonly policies: GraphObject[];
  readonly assignments: GraphObject[];
  readonly requests: GraphObject[];
  readonly connectedOrganizations: GraphObject[];
}

interface PackageSpec {
  readonly name: string;
  readonly description: string;
  readonly catalog: string;
  readonly groups: readonly string[];
  readonly policyName: string;
  readonly scope: string;
  readonly durationDays: number;
  readonly approvers: (people: People, head: (d: string) => Person) => Record<string, unknown>[];
  readonly external: boolean;
}

const PACKAGES: readonly PackageSpec[] = [
  { name: 'Project Falcon', description: 'Access to Project Falcon research data and team.', catalog: 'Research', groups: ['Project Falcon Team', 'Research Data Readers'], policyName: 'Researchers (approval by project lead)', scope: 'allMemberUsers', durationDays: 90, external: false,
    approvers: (p) => [singleUser(p.byPersona.ratih)] },
  { name: 'Research Data Access', description: 'Read-only access to research data sets.', catalog: 'Research', groups: ['Research Data Readers'], policyName: 'All employees (no approval)', scope: 'allMemberUsers', durationDays: 365, external: false,
    approvers: () => [] },
  { name: 'Marketing campaign', description: 'Collaboration space and assets of the current marketing campaign.', catalog: 'Marketing', groups: ['Marketing Campaigns'], policyName: 'Employees (manager approval)', scope: 'allMemberUsers', durationDays: 30, external: false,
    approvers: () => [requestorManager()] },
  { name: 'Contoso Partner Collaboration', description: 'Access for Contoso consultants working with Woodgrove.', catalog: 'Partner Collaboration', groups: ['Partner Guests - Contoso'], policyName: 'Contoso users (sponsor approval)', scope: 'specificConnectedOrganizationUsers', durationDays: 180, external: true,
    approvers: (p) => [singleUser(p.byPersona.nestor), singleUser(p.byPersona.megan)] },
];

const CATALOGS = [
  { name: 'General', description: 'Built-in catalog.', external: true },
  { name: 'Research', description: 'Resources of the Research department.', external: false },
  { name: 'Marketing', description: 'Resources of the Marketing department.', external: false },
  { name: 'Partner Collaboration', description: 'Resources shared with partner organisations.', external: true },
];

export function buildEntitlement(ctx: GenContext, people: People, groups: Groups): Entitlement {
  const P = people.byPersona;
  const contoso = PARTNERS[0];
  const created = (label: string): number => ctx.anchorMs - ctx.rng(`em-created:${label}`).int(200, 700) * DAY;
  const connectedOrg: GraphObject = {
    id: ctx.guid('connected-org:Contoso'), displayName: 'Contoso', description: 'Contoso consultants', state: 'configured',
    createdDateTime: iso(created('co')), modifiedDateTime: iso(created('co')),
    identitySources: [{ '@odata.type': '#microsoft.graph.azureActiveDirectoryTenant', tenantId: ctx.guid(contoso ? contoso.tenantLabel : 'contoso'), displayName: 'Contoso' }],
  };
  const catalogs = CATALOGS.map((c) => ({
    id: ctx.guid(`catalog:${c.name}`), displayName: c.name, description: c.description, catalogType: 'userManaged', state: 'published',
    isExternallyVisible: c.external, createdDateTime: iso(created(c.name)), modifiedDateTime: iso(created(c.name)),
  }));
  const catalogOf = (name: string): GraphObject => catalogs.find((c) => c.displayName === name) as GraphObject;
  const members = people.all.filter((p) => p.kind === 'member' && p.personaKey === null && p.activity === 'active');
  const head = (dept: string): Person => members.find((p) => p.department === dept) ?? P.nestor;
  const accessPackages: GraphObject[] = [];
  const policies: GraphObject[] = [];
  const assignments: GraphObject[] = [];
  const requests: GraphObject[] = [];
  PACKAGES.forEach((spec, pi) => {
    const rng = ctx.rng('access-package', pi);
    const catalog = catalogOf(spec.catalog);
    const createdMs = created(spec.name);
    const pkgRef = { id: ctx.guid(`access-package:${spec.name}`), displayName: spec.name };
    accessPackages.push({
      ...pkgRef, description: spec.description, isHidden: false, createdDateTime: iso(createdMs), modifiedDateTime: iso(createdMs),
      catalog: { id: catalog.id, displayName: catalog['displayName'] },
      resourceRoleScopes: spec.groups.map((g, i) => groupMemberRoleScope(ctx.guid(`rrs:${spec.name}:${i}`), groups.idOf(g), g, createdMs)),
    });
    const policyRef = { id: ctx.guid(`policy:${spec.name}`), displayName: spec.policyName };
    const approvers = spec.approvers(people, head);
    policies.push({
      ...policyRef, description: `${spec.policyName} for ${spec.name}.`, allowedTargetScope: spec.scope,
      specificAllowedTargets: spec.external
        ? [{ '@odata.type': '#microsoft.graph.connectedOrganizationMembers', id: connectedOrg.id, description: 'Contoso', connectedOrganizationId: connectedOrg.id }]
        : [],
      expiration: { endDateTime: null, duration: `P${spec.durationDays}D`, type: 'afterDuration' },
      requestorSettings: { enableTargetsToSelfAddAccess: true, enableTargetsToSelfUpdateAccess: false, enableTargetsToSelfRemoveAccess: true, allowCustomAssignmentSchedule: false, enableOnBehalfRequestorsToAddAccess: false, enableOnBehalfRequestorsToUpdateAccess: false, enableOnBehalfRequestorsToRemoveAccess: false, onBehalfRequestors: [] },
      requestApprovalSettings: approvalSettings(approvers, spec.external ? [singleUser(P.patti)] : []),
      reviewSettings: null, createdDateTime: iso(createdMs), modifiedDateTime: iso(createdMs),
      accessPackage: pkgRef,
    });
    const pool: Person[] = spec.external
      ? people.all.filter((p) => p.kind === 'guest' && p.partner === 'Contoso' && p.externalUserState === 'Accepted')
      : spec.name === 'Marketing campaign'
        ? [P.julieta, P.alain, ...members.filter((p) => p.department === 'Marketing')]
        : spec.name === 'Project Falcon'
          ? [P.ratih, P.karita, ...members.filter((p) => p.department === 'Research')]
          : members.filter((p) => p.department === 'Research' || p.department === 'Engineering');
    const count = Math.min(pool.length, spec.name === 'Research Data Access' ? 40 : 14);
    pool.slice(0, count).forEach((person, i) => {
      // The first two of every package expire within 7 days of the anchor.
      const remaining = i < 2 ? rng.int(1, 6) * DAY + rng.int(1, 20) * HOUR : rng.int(8, spec.durationDays - 1) * DAY;
      const endMs = ctx.anchorMs + remaining;
      const startMs = endMs - spec.durationDays * DAY;
      const co = spec.external ? connectedOrg : null;
      const assignment = {
        id: ctx.guid(`assignment:${spec.name}:${person.id}`), state: 'delivered', status: 'Delivered', expiredDateTime: null,
        schedule: schedule(startMs, endMs), target: subject(person, co), accessPackage: pkgRef, assignmentPolicy: policyRef,
      };
      assignments.push(assignment);
      requests.push({
        id: ctx.guid(`request:${spec.name}:${person.id}`), requestType: 'userAdd', state: 'delivered', status: 'Delivered',
        createdDateTime: iso(startMs - 2 * HOUR), completedDateTime: iso(startMs), schedule: schedule(startMs, endMs),
        justification: 'Needed for my work.', requestor: subject(person, co), accessPackage: pkgRef, assignment: { id: assignment.id },
      });
    });
    // Pending requests waiting for approval (not for the no-approval package).
    if (approvers.length > 0) {
      const waiting = pool.slice(count, count + 2);
      const extra = waiting.length > 0 ? waiting : members.slice(pi * 3, pi * 3 + 1);
      extra.forEach((person, i) => {
        const createdAt = ctx.anchorMs - (i + 1) * 19 * HOUR;
        requests.push({
          id: ctx.guid(`request:pending:${spec.name}:${person.id}`), requestType: 'userAdd', state: 'pendingApproval', status: 'PendingApproval',
          createdDateTime: iso(createdAt), completedDateTime: null, schedule: schedule(createdAt, null),
          justification: 'Joining the project team.', requestor: subject(person, spec.external ? connectedOrg : null), accessPackage: pkgRef, assignment: null,
        });
      });
    }
  });
  return { catalogs, accessPackages, policies, assignments, requests, connectedOrganizations: [connectedOrg] };
}
