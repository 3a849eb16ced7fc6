import { defineFamily, handler } from '../family';
import { answerPrivilegedChanges } from './privileged-changes.answer';
import { answerAdminSignIns, answerBreakGlass } from './privileged-kql.answer';
import { nextAdminGroups, lastAdminSignIns, planAdminSignIns, planBreakGlass } from './privileged-kql.plan';
import { answerPrivilegedNoMfa, answerRoleMembers } from './privileged.answer';
import { nextPrivilegedChanges, nextRoleMembers, planPrivilegedChanges, planPrivilegedNoMfa, planRoleMembers } from './privileged.plan';

export const privileged = defineFamily({
  id: 'privileged',
  help: {
    title: 'Privileged accounts',
    examples: ['Who are the global admins?', "Which admins aren't registered for MFA?", 'Admin sign-ins outside working hours', 'Was any break-glass account used?'],
  },
  intents: {
    'role.members': {
      example: 'Who are the global admins?',
      meaning: 'who holds a directory role, e.g. the global admins',
      slots: { accepts: ['role'] },
      personal: true,
      handler: handler({ needs: [], optional: ['role'], plan: planRoleMembers, next: nextRoleMembers, answer: answerRoleMembers }),
    },
    'privileged.noMfa': {
      example: "Which admins aren't registered for MFA?",
      meaning: 'admins not registered for MFA',
      slots: { accepts: [] },
      personal: true,
      handler: handler({ needs: [], plan: planPrivilegedNoMfa, answer: answerPrivilegedNoMfa }),
    },
    'privileged.signIns': {
      example: 'Failed admin sign-ins this week',
      meaning: 'sign-ins of admins (failures, error codes, outside working hours)',
      slots: { accepts: ['window', 'status', 'errorCode', 'outsideWorkingHours', 'authRequirement', 'deviceCompliant', 'country', 'role'] },
      personal: true,
      handler: handler({ needs: [], plan: planAdminSignIns, next: nextAdminGroups, last: lastAdminSignIns, answer: answerAdminSignIns }),
    },
    'privileged.breakGlass': {
      example: 'Was any break-glass account used?',
      meaning: 'activity of the emergency-access (break-glass) accounts',
      slots: { accepts: ['window'] },
      personal: true,
      handler: handler({ needs: [], plan: planBreakGlass, answer: answerBreakGlass }),
    },
    'privileged.changes': {
      example: 'Who was added to an admin role recently?',
      meaning: 'role assignment changes: who was added to admin roles, elevations, outside PIM',
      slots: { accepts: ['window', 'role', 'changeKind'] },
      personal: true,
      handler: handler({ needs: [], plan: planPrivilegedChanges, next: nextPrivilegedChanges, answer: answerPrivilegedChanges }),
    },
  },
});
