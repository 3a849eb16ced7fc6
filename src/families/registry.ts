import type { Answer } from '../answers/answer';
import type { AnswerInput } from '../answers/answer-input';
import { answerGroupMembers, answerGroupOwners } from './groups/groups.answer';
import { answerRawGraph, answerRawGraphRefused } from './raw/raw-graph.answer';
import { answerRawKql } from './raw/raw-kql.answer';
import { answerSignIns } from './sign-ins/sign-ins.answer';
import { answerTroubleshoot } from './sign-ins/troubleshoot.answer';
import { answerSignInSummary } from './sign-ins/sign-in-summary.answer';
import { answerAdminSignIns, answerBreakGlass } from './privileged/privileged-kql.answer';
import { answerUserDetails, answerUserGroups } from './users/users.answer';
import type { EntityKind, PlanContext } from '../planning/entities';
import { planGroupMembers, planGroupOwners } from './groups/groups.plan';
import { normaliseRawPath, planRawGraph } from './raw/raw-graph.plan';
import { planRawKql } from './raw/raw-kql.plan';
import { planSignIns } from './sign-ins/sign-ins.plan';
import { planTroubleshoot } from './sign-ins/troubleshoot.plan';
import { planSignInSummary } from './sign-ins/sign-in-summary.plan';
import { planAdminSignIns, planBreakGlass } from './privileged/privileged-kql.plan';
import { planUserDetails, planUserGroups } from './users/users.plan';
import type { QueryPlan } from '../planning/query-plan';
import {
  answerAccessPackageAssignments, answerAccessPackageDetails, answerAccessPackages, answerAssignmentsExpiring, answerPendingRequests,
} from './access-packages/access-packages.answer';
import { answerPrivilegedNoMfa, answerRoleMembers } from './privileged/privileged.answer';
import { answerPrivilegedChanges } from './privileged/privileged-changes.answer';
import {
  nextAccessPackageDetails, planAccessPackageAssignments, planAccessPackageDetails, planAccessPackages, planAssignmentsExpiring, planPendingRequests,
} from './access-packages/access-packages.plan';
import { nextPrivilegedChanges, nextRoleMembers, planPrivilegedChanges, planPrivilegedNoMfa, planRoleMembers } from './privileged/privileged.plan';
import { answerAppPermissions } from './apps/app-permissions.answer';
import { answerAppUsers } from './apps/app-users.answer';
import { answerAppDetails, answerAppOwners, answerAppsExternal, answerAppsUnused } from './apps/apps.answer';
import { answerAuditChanges, answerAuditForUser } from './audit/audit.answer';
import {
  nextAppPermissions, nextAppUsers, planAppDetails, planAppOwners, planAppPermissions, planAppsExternal, planAppsUnused, planAppUsers,
} from './apps/apps.plan';
import { planAuditChanges, planAuditForUser } from './audit/audit.plan';
import {
  answerRiskyApps, answerRiskyUserDetails, answerRiskyUserDetections, answerRiskyUserHistory, answerRiskyUserSignIns, answerRiskyUsers,
} from './risk/risk.answer';
import { answerRiskyUserSummary } from './risk/risk-summary.answer';
import {
  planRiskyApps, planRiskyUserDetails, planRiskyUserDetections, planRiskyUserHistory, planRiskyUserSignIns, planRiskyUserSummary, planRiskyUsers,
} from './risk/risk.plan';
import { answerGroupApps, answerUserApps } from './users/user-apps.answer';
import { answerGroupDetails, answerGroupRoles, answerGroupsOwnedBy, answerGroupsOwnerless } from './groups/groups-more.answer';
import { answerPasswordChange, answerUserAccessPackages, answerUserAuthMethods, answerUserDevices, answerUserRoles } from './users/users-access.answer';
import { answerUsersInactive, answerUsersSearch } from './users/users-search.answer';
import { nextGroupApps, planGroupApps, planGroupDetails, planGroupRoles, planGroupsOwnedBy, planGroupsOwnerless } from './groups/groups-more.plan';
import {
  nextUserApps, nextUserRoles, planPasswordChange, planUserAccessPackages, planUserApps, planUserAuthMethods, planUserDevices, planUserRoles,
} from './users/users-access.plan';
import { planUsersInactive, planUsersSearch } from './users/users-search.plan';
import type { IntentName } from '../understanding/intent';
import {
  answerAppAccessAdded, answerAppAccessAsOf, answerAppAccessBetween, answerGroupMembersByDepartment, askForGroups,
} from './reports/reports.answer';
import {
  planAppAccessAdded, planAppAccessAsOf, planAppAccessBetween, planGroupMembersByDepartment, reportGroups,
} from './reports/reports.plan';

/** How one intent is answered: what it must resolve, what it asks, how it reads the results. */
export interface IntentHandler {
  readonly kind: 'handler';
  /** Entity slots that must be present and resolved before planning. */
  readonly needs: readonly EntityKind[];
  /** Entity slots resolved when present. */
  readonly optional?: readonly EntityKind[];
  plan(ctx: PlanContext): QueryPlan;
  /** Refuses the question before anything runs (e.g. a raw query that is not read-only). */
  refuse?(ctx: PlanContext): Answer | undefined;
  /** A second round of queries that depends on the first round's results (e.g. group expansion). */
  next?(input: AnswerInput): QueryPlan | undefined;
  answer(input: AnswerInput): Answer;
}

/** Answered by the pipeline itself (help, unknown). */
type Special = { readonly kind: 'meta' };

const META: Special = { kind: 'meta' };

const handler = (h: Omit<IntentHandler, 'kind'>): IntentHandler => ({ kind: 'handler', ...h });

/** Every intent of questions.md; a new intent does not compile until it is listed here. */
export const HANDLERS: Readonly<Record<IntentName, IntentHandler | Special>> = {
  'user.details': handler({ needs: ['user'], plan: planUserDetails, answer: answerUserDetails }),
  'user.passwordChange': handler({ needs: ['user'], plan: planPasswordChange, answer: answerPasswordChange }),
  'user.devices': handler({ needs: ['user'], plan: planUserDevices, answer: answerUserDevices }),
  'user.authMethods': handler({ needs: ['user'], plan: planUserAuthMethods, answer: answerUserAuthMethods }),
  'user.groups': handler({ needs: ['user'], plan: planUserGroups, answer: answerUserGroups }),
  'user.roles': handler({ needs: ['user'], optional: ['role'], plan: planUserRoles, next: nextUserRoles, answer: answerUserRoles }),
  'user.apps': handler({ needs: ['user'], plan: planUserApps, next: nextUserApps, answer: answerUserApps }),
  'user.accessPackages': handler({ needs: ['user'], plan: planUserAccessPackages, answer: answerUserAccessPackages }),
  'users.search': handler({ needs: [], plan: planUsersSearch, answer: answerUsersSearch }),
  'users.inactive': handler({ needs: [], plan: planUsersInactive, answer: answerUsersInactive }),
  'group.details': handler({ needs: ['group'], plan: planGroupDetails, answer: answerGroupDetails }),
  'group.owners': handler({ needs: ['group'], plan: planGroupOwners, answer: answerGroupOwners }),
  'group.members': handler({ needs: ['group'], plan: planGroupMembers, answer: answerGroupMembers }),
  'group.roles': handler({ needs: ['group'], plan: planGroupRoles, answer: answerGroupRoles }),
  'group.apps': handler({ needs: ['group'], plan: planGroupApps, next: nextGroupApps, answer: answerGroupApps }),
  'groups.ownedBy': handler({ needs: ['user'], plan: planGroupsOwnedBy, answer: answerGroupsOwnedBy }),
  'groups.ownerless': handler({ needs: [], plan: planGroupsOwnerless, answer: answerGroupsOwnerless }),
  'signIns.list': handler({ needs: [], optional: ['user', 'app'], plan: (c) => planSignIns(c), answer: (i) => answerSignIns(i) }),
  'signIns.failures': handler({ needs: [], optional: ['user', 'app'], plan: (c) => planSignIns(c, 'failure'), answer: (i) => answerSignIns(i, 'failure') }),
  'signIns.troubleshoot': handler({ needs: ['user'], plan: planTroubleshoot, answer: answerTroubleshoot }),
  'signIns.summary': handler({ needs: [], optional: ['user', 'app'], plan: planSignInSummary, answer: answerSignInSummary }),
  'riskyUsers.list': handler({ needs: [], plan: planRiskyUsers, answer: answerRiskyUsers }),
  'riskyUser.details': handler({ needs: ['user'], plan: planRiskyUserDetails, answer: answerRiskyUserDetails }),
  'riskyUser.history': handler({ needs: ['user'], plan: planRiskyUserHistory, answer: answerRiskyUserHistory }),
  'riskyUser.signIns': handler({ needs: ['user'], plan: planRiskyUserSignIns, answer: answerRiskyUserSignIns }),
  'riskyUser.detections': handler({ needs: ['user'], plan: planRiskyUserDetections, answer: answerRiskyUserDetections }),
  'riskyUser.summary': handler({ needs: ['user'], plan: planRiskyUserSummary, answer: answerRiskyUserSummary }),
  'riskyApps.list': handler({ needs: [], plan: planRiskyApps, answer: answerRiskyApps }),
  'audit.forUser': handler({ needs: ['user'], plan: planAuditForUser, answer: answerAuditForUser }),
  'audit.changes': handler({ needs: [], optional: ['user', 'group', 'app'], plan: planAuditChanges, answer: answerAuditChanges }),
  'app.details': handler({ needs: ['app'], plan: planAppDetails, answer: answerAppDetails }),
  'app.owners': handler({ needs: [], optional: ['app'], plan: planAppOwners, answer: answerAppOwners }),
  'app.permissions': handler({ needs: ['app'], plan: planAppPermissions, next: nextAppPermissions, answer: answerAppPermissions }),
  'app.users': handler({ needs: ['app'], plan: planAppUsers, next: nextAppUsers, answer: answerAppUsers }),
  'apps.unused': handler({ needs: [], plan: planAppsUnused, answer: answerAppsUnused }),
  'apps.external': handler({ needs: [], plan: planAppsExternal, answer: answerAppsExternal }),
  'role.members': handler({ needs: [], optional: ['role'], plan: planRoleMembers, next: nextRoleMembers, answer: answerRoleMembers }),
  'privileged.noMfa': handler({ needs: [], plan: planPrivilegedNoMfa, answer: answerPrivilegedNoMfa }),
  'privileged.signIns': handler({ needs: [], plan: planAdminSignIns, answer: answerAdminSignIns }),
  'privileged.breakGlass': handler({ needs: [], plan: planBreakGlass, answer: answerBreakGlass }),
  'privileged.changes': handler({ needs: [], plan: planPrivilegedChanges, next: nextPrivilegedChanges, answer: answerPrivilegedChanges }),
  'accessPackages.list': handler({ needs: [], plan: planAccessPackages, answer: answerAccessPackages }),
  'accessPackage.details': handler({ needs: ['accessPackage'], plan: planAccessPackageDetails, next: nextAccessPackageDetails, answer: answerAccessPackageDetails }),
  'accessPackage.assignments': handler({ needs: [], optional: ['accessPackage'], plan: planAccessPackageAssignments, answer: answerAccessPackageAssignments }),
  'assignments.expiring': handler({ needs: [], optional: ['accessPackage'], plan: planAssignmentsExpiring, answer: answerAssignmentsExpiring }),
  'accessRequests.pending': handler({ needs: [], optional: ['accessPackage'], plan: planPendingRequests, answer: answerPendingRequests }),
  'report.appAccessAsOf': handler({ needs: ['app'], plan: planAppAccessAsOf, answer: answerAppAccessAsOf }),
  'report.appAccessBetween': handler({ needs: ['app'], plan: planAppAccessBetween, answer: answerAppAccessBetween }),
  'report.appAccessAdded': handler({ needs: ['app'], plan: planAppAccessAdded, answer: answerAppAccessAdded }),
  'report.groupMembersByDepartment': handler({
    needs: [],
    // Group names are matched in the snapshot tables (EntraGroups), not resolved through Graph.
    refuse: (ctx) => (reportGroups(ctx).length > 0 ? undefined : askForGroups()),
    plan: planGroupMembersByDepartment,
    answer: answerGroupMembersByDepartment,
  }),
  'kql.run': handler({ needs: [], plan: planRawKql, answer: answerRawKql }),
  'graph.get': handler({
    needs: [],
    refuse: (ctx) => {
      const raw = normaliseRawPath(ctx.intent.slots.path ?? '');
      return raw.ok ? undefined : answerRawGraphRefused(ctx.intent.slots.path ?? '', raw.problem);
    },
    plan: planRawGraph,
    answer: answerRawGraph,
  }),
  help: META,
  unknown: META,
};
