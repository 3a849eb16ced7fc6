import type { IntentName } from './intent';

/** A family of questions for the help and welcome cards. */
export interface IntentFamily {
  readonly title: string;
  readonly intents: readonly IntentName[];
  /** Questions to show as examples (buttons), in the demo tenant's names. */
  readonly examples: readonly string[];
}

export const INTENT_FAMILIES: readonly IntentFamily[] = [
  {
    title: 'Users and their access',
    intents: ['user.details', 'user.passwordChange', 'user.devices', 'user.authMethods', 'user.groups', 'user.roles', 'user.apps', 'user.accessPackages', 'users.search', 'users.inactive'],
    examples: ['Give me all user details for karita@woodgrovebank.com', 'Which groups is Karita a member of?', 'Is Alain registered for MFA?', 'List guest users', "Who hasn't signed in for 90 days?"],
  },
  {
    title: 'Groups',
    intents: ['group.details', 'group.owners', 'group.members', 'group.roles', 'group.apps', 'groups.ownedBy', 'groups.ownerless'],
    examples: ['Who owns the Finance Department group?', 'Who is in MDM policy - West?', 'Which groups have no owners?'],
  },
  {
    title: 'Sign-ins',
    intents: ['signIns.list', 'signIns.failures', 'signIns.troubleshoot', 'signIns.summary'],
    examples: ['Sign-ins for Karita in the past 48 hours', 'Show failed sign-ins for karita@woodgrovebank.com for the past 7 days', "Why can't Karita sign in?", 'How many failed sign-ins this week by app?'],
  },
  {
    title: 'Identity risk',
    intents: ['riskyUsers.list', 'riskyUser.details', 'riskyUser.history', 'riskyUser.signIns', 'riskyUser.detections', 'riskyUser.summary', 'riskyApps.list'],
    examples: ['Show high risk users', 'What is the risk history for karita@woodgrovebank.com?', "Summarize Julieta's risk", 'List 5 apps with high risk level'],
  },
  {
    title: 'Audit log',
    intents: ['audit.forUser', 'audit.changes'],
    examples: ['Get audit logs for Karita for the past 72 hours', 'What did Natasha change yesterday?', 'Role changes in the last 30 days'],
  },
  {
    title: 'Applications',
    intents: ['app.details', 'app.owners', 'app.permissions', 'app.users', 'apps.unused', 'apps.external'],
    examples: ['Tell me more about the application Salesforce', 'Who has access to Salesforce?', 'Show me unused apps', 'Show me apps outside my tenant'],
  },
  {
    title: 'Privileged accounts',
    intents: ['role.members', 'privileged.noMfa', 'privileged.signIns', 'privileged.breakGlass', 'privileged.changes'],
    examples: ['Who are the global admins?', "Which admins aren't registered for MFA?", 'Admin sign-ins outside working hours', 'Was any break-glass account used?'],
  },
  {
    title: 'Access packages',
    intents: ['accessPackages.list', 'accessPackage.details', 'accessPackage.assignments', 'assignments.expiring', 'accessRequests.pending'],
    examples: ['List access packages', 'Who has Project Falcon?', 'Whose access expires this week?', 'Pending access requests'],
  },
  {
    title: 'Reports over snapshots',
    intents: ['report.appAccessAsOf', 'report.appAccessBetween', 'report.appAccessAdded', 'report.groupMembersByDepartment'],
    examples: ['Who had access to Salesforce on 2024-01-13, direct and through groups?', 'Who was added to Salesforce between March 1 and March 14?'],
  },
  {
    title: 'Power users',
    intents: ['kql.run', 'graph.get'],
    examples: ['SigninLogs | where ResultType != 0 | take 10', 'GET /users?$filter=userType eq \'Guest\''],
  },
];

/** Example questions by intent (the first of the family that names it, else the family's). */
export const INTENT_EXAMPLES: Readonly<Partial<Record<IntentName, string>>> = {
  'user.details': 'Give me all user details for karita@woodgrovebank.com',
  'user.passwordChange': 'When was the password last changed for karita@woodgrovebank.com?',
  'user.devices': 'Does karita@woodgrovebank.com have any registered devices?',
  'user.authMethods': 'Is Alain registered for MFA?',
  'user.groups': 'Which groups is Karita a member of?',
  'user.roles': 'What admin roles does Natasha have?',
  'user.apps': 'Which apps can Karita access?',
  'user.accessPackages': 'What access packages does Alain have?',
  'users.search': 'List guest users',
  'users.inactive': "Who hasn't signed in for 90 days?",
  'group.details': 'Tell me more about the Finance Department group',
  'group.owners': 'Who owns the Finance Department group?',
  'group.members': 'Who is in MDM policy - West?',
  'group.roles': 'What roles does the Helpdesk Admins group have?',
  'group.apps': 'Which apps does the Finance Department group give access to?',
  'groups.ownedBy': 'Which groups does Megan own?',
  'groups.ownerless': 'Which groups have no owners?',
  'signIns.list': 'Sign-ins for Karita in the past 48 hours',
  'signIns.failures': 'Failed sign-ins for Karita in the past 7 days',
  'signIns.troubleshoot': "Why can't Karita sign in?",
  'signIns.summary': 'How many failed sign-ins this week by app?',
  'riskyUsers.list': 'Show high risk users',
  'riskyUser.details': 'What is the risk level of karita@woodgrovebank.com?',
  'riskyUser.history': 'What is the risk history for karita@woodgrovebank.com?',
  'riskyUser.signIns': 'List the recent risky sign-ins for Karita',
  'riskyUser.detections': 'List the risk detections for Karita',
  'riskyUser.summary': "Summarize Julieta's risk",
  'riskyApps.list': 'Show me risky apps',
  'audit.forUser': 'What did Natasha change yesterday?',
  'audit.changes': 'Role changes in the last 30 days',
  'app.details': 'Tell me more about the application Salesforce',
  'app.owners': 'Who owns Salesforce?',
  'app.permissions': 'Which permissions are granted to Salesforce?',
  'app.users': 'Who has access to Salesforce?',
  'apps.unused': 'Show me unused apps',
  'apps.external': 'Show me apps outside my tenant',
  'role.members': 'Who are the global admins?',
  'privileged.noMfa': "Which admins aren't registered for MFA?",
  'privileged.signIns': 'Failed admin sign-ins this week',
  'privileged.breakGlass': 'Was any break-glass account used?',
  'privileged.changes': 'Who was added to an admin role recently?',
  'accessPackages.list': 'List access packages',
  'accessPackage.details': 'What does Project Falcon give access to and who approves it?',
  'accessPackage.assignments': 'Who has Project Falcon?',
  'assignments.expiring': 'Whose access expires this week?',
  'accessRequests.pending': 'Pending access requests',
  'report.appAccessAsOf': 'Who had access to Salesforce on 2024-01-13, direct and through groups?',
  'report.appAccessBetween': 'Who had access to Salesforce between January 1 and March 14?',
  'report.appAccessAdded': 'Who was added to Salesforce between March 1 and March 14?',
  'report.groupMembersByDepartment': 'Members of Finance Department and MDM policy - West by department',
  'kql.run': 'SigninLogs | where ResultType != 0 | take 10',
  'graph.get': "GET /users?$filter=userType eq 'Guest'",
  help: 'What can you do?',
};
