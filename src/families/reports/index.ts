import { defineFamily, handler } from '../family';
import { answerAppAccessAdded, answerAppAccessAsOf, answerAppAccessBetween, answerGroupMembersByDepartment, askForGroups } from './reports.answer';
import { planAppAccessAdded, planAppAccessAsOf, planAppAccessBetween, planGroupMembersByDepartment, reportGroups } from './reports.plan';

export const reports = defineFamily({
  id: 'reports',
  help: {
    title: 'Reports over snapshots',
    // Dates the demo tenant's snapshots cover (issue 20: 2024-01-13 answered "before the first snapshot").
    examples: ['Who got Salesforce access this month?', 'Who had access to Salesforce yesterday, direct and through groups?'],
  },
  intents: {
    'report.appAccessAsOf': {
      example: 'Who had access to Salesforce on 2024-01-13, direct and through groups?',
      meaning: 'who had access to an application on a past date (snapshot report)',
      slots: { accepts: ['app', 'date'], needs: ['app', 'date'] },
      personal: true,
      handler: handler({ needs: ['app'], plan: planAppAccessAsOf, answer: answerAppAccessAsOf }),
    },
    'report.appAccessBetween': {
      example: 'Who had access to Salesforce between January 1 and March 14?',
      meaning: 'who had access to an application during a time range',
      slots: { accepts: ['app', 'window'], needs: ['app', 'window'] },
      personal: true,
      handler: handler({ needs: ['app'], plan: planAppAccessBetween, answer: answerAppAccessBetween }),
    },
    'report.appAccessAdded': {
      example: 'Who was added to Salesforce between March 1 and March 14?',
      meaning: 'who was given access to an application during a time range',
      slots: { accepts: ['app', 'window'], needs: ['app', 'window'] },
      personal: true,
      handler: handler({ needs: ['app'], plan: planAppAccessAdded, answer: answerAppAccessAdded }),
    },
    'report.groupMembersByDepartment': {
      example: 'Members of Finance Department and MDM policy - West by department',
      meaning: 'members of one or more groups by department',
      slots: { accepts: ['groups', 'group'], needs: ['groups'] },
      personal: true,
      handler: handler({
        needs: [],
        // Group names are matched in the snapshot tables (EntraGroups), not resolved through Graph.
        refuse: (ctx) => (reportGroups(ctx).length > 0 ? undefined : askForGroups()),
        plan: planGroupMembersByDepartment,
        answer: answerGroupMembersByDepartment,
      }),
    },
  },
});
