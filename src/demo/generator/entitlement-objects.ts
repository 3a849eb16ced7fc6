import type { GraphObject } from '../model';
import type { Person } from './person';
import { iso } from './time';

/** Graph `accessPackageSubject` of a person. */
export function subject(p: Person, connectedOrganization: GraphObject | null): Record<string, unknown> {
  return {
    id: p.id, displayName: p.displayName, email: p.mail, objectId: p.id, principalName: p.upn, subjectType: 'user',
    ...(connectedOrganization ? { connectedOrganization: { id: connectedOrganization.id, displayName: connectedOrganization['displayName'] } } : {}),
  };
}

/** A single-user approver or the requestor's manager, as approval stages list them. */
export function singleUser(p: Person): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.singleUser', userId: p.id, description: p.displayName };
}

export function requestorManager(): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.requestorManager', managerLevel: 1 };
}

/** `requestApprovalSettings` with one stage. */
export function approvalSettings(approvers: Record<string, unknown>[], fallback: Record<string, unknown>[]): Record<string, unknown> {
  return {
    isApprovalRequiredForAdd: approvers.length > 0,
    isApprovalRequiredForUpdate: false,
    stages: approvers.length === 0 ? [] : [{
      durationBeforeAutomaticDenial: 'P14D', isApproverJustificationRequired: true, isEscalationEnabled: false, durationBeforeEscalation: 'PT0S',
      primaryApprovers: approvers, fallbackPrimaryApprovers: fallback, escalationApprovers: [], fallbackEscalationApprovers: [],
    }],
  };
}

/** A schedule that starts at `startMs` and expires at `endMs` (or never). */
export function schedule(startMs: number, endMs: number | null): Record<string, unknown> {
  return {
    startDateTime: iso(startMs),
    recurrence: null,
    expiration: endMs === null
      ? { endDateTime: null, duration: null, type: 'noExpiration' }
      : { endDateTime: iso(endMs), duration: null, type: 'afterDateTime' },
  };
}

/** `resourceRoleScopes` entry granting membership of a group. */
export function groupMemberRoleScope(id: string, groupId: string, groupName: string, createdMs: number): Record<string, unknown> {
  return {
    id, createdDateTime: iso(createdMs),
    role: { id: `${id}-role`, displayName: 'Member', description: null, originId: `Member_${groupId}`, originSystem: 'AadGroup',
      resource: { id: `${id}-res`, displayName: groupName, description: null, originId: groupId, originSystem: 'AadGroup', createdDateTime: iso(createdMs) } },
    scope: { id: `${id}-scope`, displayName: 'Root', description: 'Root Scope', originId: 'Root', originSystem: 'AadGroup', isRootScope: true },
  };
}
