import type { IntentName, SlotName } from '../intent';

/** What an intent accepts and what it needs (questions.md). */
export interface IntentSchema {
  readonly accepts: readonly SlotName[];
  /** Slots the intent cannot run without: absent ones go to `missing`. */
  readonly needs?: readonly SlotName[];
}

const SIGN_IN: readonly SlotName[] = ['user', 'window', 'status', 'app', 'ip', 'country', 'city', 'errorCode', 'top'];

export const SCHEMAS: Readonly<Record<IntentName, IntentSchema>> = {
  'user.details': { accepts: ['user'], needs: ['user'] },
  'user.passwordChange': { accepts: ['user', 'window'], needs: ['user'] },
  'user.devices': { accepts: ['user'], needs: ['user'] },
  'user.authMethods': { accepts: ['user'], needs: ['user'] },
  'user.groups': { accepts: ['user'], needs: ['user'] },
  'user.roles': { accepts: ['user', 'role'], needs: ['user'] },
  'user.apps': { accepts: ['user'], needs: ['user'] },
  'user.accessPackages': { accepts: ['user'], needs: ['user'] },
  'users.search': { accepts: ['department', 'jobTitle', 'userType', 'accountEnabled', 'createdWithin', 'country', 'city', 'top'] },
  'users.inactive': { accepts: ['window', 'userType', 'top'] },
  'group.details': { accepts: ['group'], needs: ['group'] },
  'group.owners': { accepts: ['group'], needs: ['group'] },
  'group.members': { accepts: ['group', 'user', 'top'], needs: ['group'] },
  'group.roles': { accepts: ['group'], needs: ['group'] },
  'group.apps': { accepts: ['group'], needs: ['group'] },
  'groups.ownedBy': { accepts: ['user'], needs: ['user'] },
  'groups.ownerless': { accepts: ['maxOwners', 'top'] },
  'signIns.list': { accepts: SIGN_IN },
  'signIns.failures': { accepts: ['user', 'window', 'errorCode', 'app', 'ip', 'country', 'top'] },
  'signIns.troubleshoot': { accepts: ['user', 'window'], needs: ['user'] },
  'signIns.summary': { accepts: ['window', 'user', 'groupBy', 'status', 'app', 'errorCode', 'top'] },
  'riskyUsers.list': { accepts: ['riskLevel', 'riskState', 'window', 'top'] },
  'riskyUser.details': { accepts: ['user'], needs: ['user'] },
  'riskyUser.history': { accepts: ['user'], needs: ['user'] },
  'riskyUser.signIns': { accepts: ['user', 'window', 'riskLevel'], needs: ['user'] },
  'riskyUser.detections': { accepts: ['user', 'window'], needs: ['user'] },
  'riskyUser.summary': { accepts: ['user'], needs: ['user'] },
  'riskyApps.list': { accepts: ['riskLevel', 'riskState', 'top', 'app'] },
  'audit.forUser': { accepts: ['user', 'window'], needs: ['user'] },
  'audit.changes': { accepts: ['targetType', 'activity', 'window', 'group', 'app', 'role', 'user'] },
  'app.details': { accepts: ['app', 'apps'], needs: ['app'] },
  'app.owners': { accepts: ['app', 'apps'], needs: ['app'] },
  'app.permissions': { accepts: ['app', 'apps', 'highPrivilegeOnly'], needs: ['app'] },
  'app.users': { accepts: ['app', 'apps', 'date', 'top'], needs: ['app'] },
  'apps.unused': { accepts: ['window', 'top'] },
  'apps.external': { accepts: ['top', 'app'] },
  'role.members': { accepts: ['role'] },
  'privileged.noMfa': { accepts: [] },
  'privileged.signIns': { accepts: ['window', 'status', 'errorCode', 'outsideWorkingHours', 'country', 'role'] },
  'privileged.breakGlass': { accepts: ['window'] },
  'privileged.changes': { accepts: ['window', 'role', 'changeKind'] },
  'accessPackages.list': { accepts: ['catalog'] },
  'accessPackage.details': { accepts: ['accessPackage'], needs: ['accessPackage'] },
  'accessPackage.assignments': { accepts: ['accessPackage', 'state', 'userType'] },
  'assignments.expiring': { accepts: ['window', 'accessPackage'] },
  'accessRequests.pending': { accepts: ['accessPackage'] },
  'report.appAccessAsOf': { accepts: ['app', 'date'], needs: ['app', 'date'] },
  'report.appAccessBetween': { accepts: ['app', 'window'], needs: ['app', 'window'] },
  'report.appAccessAdded': { accepts: ['app', 'window'], needs: ['app', 'window'] },
  'report.groupMembersByDepartment': { accepts: ['groups', 'group'], needs: ['groups'] },
  'kql.run': { accepts: ['query'], needs: ['query'] },
  'graph.get': { accepts: ['path'], needs: ['path'] },
  help: { accepts: [] },
  unknown: { accepts: [] },
};
