import type { IntentName } from '../understanding/intent';

/** A question family as the help card and the welcome card present it. */
export interface QuestionFamily {
  readonly title: string;
  readonly intents: readonly IntentName[];
  readonly examples: readonly string[];
}

export const FAMILIES: readonly QuestionFamily[] = [
  { title: 'Users and their access', intents: ['user.details', 'user.passwordChange', 'user.devices', 'user.authMethods', 'user.groups', 'user.roles', 'user.apps', 'user.accessPackages', 'users.search', 'users.inactive'],
    examples: ['Give me all user details for karita@woodgrovebank.com', 'Which groups is Karita a member of?', 'Is Alain registered for MFA?', 'List guest users', "Who hasn't signed in for 90 days?"] },
  { title: 'Groups', intents: ['group.details', 'group.owners', 'group.members', 'group.roles', 'group.apps', 'groups.ownedBy', 'groups.ownerless'],
    examples: ['Who owns the Finance Department group?', 'Who is in Finance Department?', 'Which groups have no owners?', 'Which groups does Megan own?'] },
  { title: 'Sign-ins', intents: ['signIns.list', 'signIns.failures', 'signIns.troubleshoot', 'signIns.summary'],
    examples: ['Show sign-in logs for Karita for the past 48 hours', "Show me Karita's failed sign-ins this week and the IPs", "Why can't Karita sign in?", 'How many failed sign-ins this week by app?'] },
  { title: 'Identity risk', intents: ['riskyUsers.list', 'riskyUser.details', 'riskyUser.history', 'riskyUser.signIns', 'riskyUser.detections', 'riskyUser.summary', 'riskyApps.list'],
    examples: ['Show risky users', "Summarize Julieta's risk", 'What is the risk history for Giovanna?', 'Show me risky apps'] },
  { title: 'Audit log', intents: ['audit.forUser', 'audit.changes'],
    examples: ['What did Natasha change yesterday?', 'Role changes in the last 30 days'] },
  { title: 'Applications', intents: ['app.details', 'app.owners', 'app.permissions', 'app.users', 'apps.unused', 'apps.external'],
    examples: ['Tell me more about Salesforce', 'Who has access to Salesforce?', 'Show me unused apps', 'Which apps are from outside my tenant?'] },
  { title: 'Privileged accounts', intents: ['role.members', 'privileged.noMfa', 'privileged.signIns', 'privileged.breakGlass', 'privileged.changes'],
    examples: ['Who are the global admins?', "Which admins aren't registered for MFA?", 'Was any break-glass account used?', 'Failed admin sign-ins this week'] },
  { title: 'Access packages', intents: ['accessPackages.list', 'accessPackage.details', 'accessPackage.assignments', 'assignments.expiring', 'accessRequests.pending'],
    examples: ['List access packages', 'Who has Project Falcon?', 'Whose access package expires this week?', 'Pending access requests'] },
  { title: 'Access reports over snapshots', intents: ['report.appAccessAsOf', 'report.appAccessBetween', 'report.appAccessAdded', 'report.groupMembersByDepartment'],
    examples: ['Who had access to Salesforce between January 1 and March 14?', 'Who was added to Salesforce this month?'] },
  { title: 'Power users', intents: ['kql.run', 'graph.get'],
    examples: ['SigninLogs | where ResultType != "0" | summarize count() by AppDisplayName', 'GET /users?$filter=userType eq \'Guest\''] },
];

/** The first example of each family, for the welcome card's buttons. */
export function welcomeExamples(): string[] {
  return FAMILIES.slice(0, 8).map((f) => f.examples[0]!);
}

export function familyOf(intent: IntentName): QuestionFamily | undefined {
  return FAMILIES.find((f) => f.intents.includes(intent));
}
