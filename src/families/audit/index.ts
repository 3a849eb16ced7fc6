import { defineFamily, handler } from '../family';
import { answerAuditChanges, answerAuditForUser } from './audit.answer';
import { planAuditChanges, planAuditForUser } from './audit.plan';
import { answerAuditForObject } from './audit-object.answer';
import { planAuditForObject } from './audit-object.plan';

export const audit = defineFamily({
  id: 'audit',
  help: {
    title: 'Audit log',
    examples: ['Get audit logs for Karita for the past 72 hours', 'What did Natasha change yesterday?', 'Role changes in the last 30 days'],
  },
  intents: {
    'audit.forUser': {
      example: 'What did Natasha change yesterday?',
      meaning: 'audit log entries of what a user did or changed',
      slots: { accepts: ['user', 'window'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planAuditForUser, answer: answerAuditForUser }),
    },
    'audit.changes': {
      example: 'Role changes in the last 30 days',
      meaning: 'audit log changes to users, groups, roles, apps or policies (who changed what)',
      slots: { accepts: ['targetType', 'activity', 'window', 'group', 'app', 'role', 'user'] },
      personal: true,
      handler: handler({ needs: [], optional: ['user', 'group', 'app'], plan: planAuditChanges, answer: answerAuditChanges }),
    },
    'audit.forObject': {
      example: 'Who created the Mortgage Pilot Team group?',
      meaning: 'audit history of one user, group, app, role or access package: who created, deleted or changed it (activity created, deleted, updated, restored)',
      slots: { accepts: ['user', 'group', 'app', 'role', 'accessPackage', 'activity', 'window'] },
      personal: true,
      handler: handler({ needs: [], optional: ['group', 'app', 'role', 'accessPackage', 'user'], plan: planAuditForObject, answer: answerAuditForObject }),
    },
  },
});
