import type { IntentName } from '../../intent';
import type { TemplateSet } from './template-set';

/**
 * Casual "subject + noun" questions ("karita's groups", "owners of Salesforce", "and her
 * devices?") generated for every subject-centred intent from the nouns people use for it.
 */
const NOUNS: Readonly<Partial<Record<IntentName, readonly [slot: 'user' | 'group' | 'app' | 'pkg', nouns: string]>>> = {
  'user.details': ['user', 'profile|details|info|account details|user info|attributes|properties|manager|job title|object id|account status|phone number|mobile number|email address|office location|department'],
  'user.passwordChange': ['user', 'password change|last password change|password reset|password age|pwd last set|password last set'],
  'user.devices': ['user', 'devices|registered devices|laptops|phones|machines|owned devices'],
  'user.authMethods': ['user', 'auth methods|authentication methods|mfa methods|mfa status|mfa registration|security info|sign in methods'],
  'user.groups': ['user', 'groups|group memberships|memberships|teams|security groups'],
  'user.roles': ['user', 'roles|admin roles|directory roles|role assignments|privileges|admin rights|eligible roles'],
  'user.apps': ['user', 'apps|applications|app assignments|enterprise apps|app access'],
  'user.accessPackages': ['user', 'access packages|entitlements|access package assignments'],
  'signIns.list': ['user', 'sign ins|logins|sign in logs|sign in history|login history|sign in activity'],
  'signIns.failures': ['user', 'failed sign ins|failed logins|sign in failures|login errors|failed attempts'],
  'riskyUser.details': ['user', 'risk level|risk state|risk details|risk status'],
  'riskyUser.history': ['user', 'risk history|risk timeline|risk changes'],
  'riskyUser.signIns': ['user', 'risky sign ins|risky logins|suspicious sign ins'],
  'riskyUser.detections': ['user', 'risk detections|detections|risk events'],
  'riskyUser.summary': ['user', 'risk summary|risk explanation|risk remediation steps'],
  'audit.forUser': ['user', 'audit logs|audit events|audit trail|directory changes|admin activity'],
  'groups.ownedBy': ['user', 'owned groups|group ownerships|groups owned'],
  'group.details': ['group', 'details|info|group type|settings|properties|membership rule|dynamic rule'],
  'group.owners': ['group', 'owners|owner|ownership'],
  'group.members': ['group', 'members|membership|member list|people|roster'],
  'group.roles': ['group', 'roles|role assignments|admin roles|directory roles'],
  'group.apps': ['group', 'apps|applications|app assignments|app role assignments'],
  'app.details': ['app', 'details|info|publisher|properties|app id|publisher verification'],
  'app.owners': ['app', 'owners|owner|app owners'],
  'app.permissions': ['app', 'permissions|api permissions|scopes|consents|grants|granted permissions'],
  'app.users': ['app', 'users|assignments|assigned users|user assignments|people with access'],
  'accessPackage.details': ['pkg', 'details|policies|approvers|resources|settings|approval settings'],
  'accessPackage.assignments': ['pkg', 'assignments|assignees|holders|assigned users'],
};

function patterns(slot: string, nouns: string): string[] {
  const owner = slot === 'user' ? '{users}' : `{${slot}}`;
  const of = `{${slot}}`;
  const timed = slot === 'user' ? ' [{time}]' : '';
  return [
    `${owner} (${nouns})${timed}`,
    `(${nouns}) (for|of|on) ${of}${timed}`,
    `(show|list|get|give me|pull up|display) [me] ${owner} (${nouns})${timed}`,
    `(show|list|get) [me] [the] (${nouns}) (for|of) ${of}${timed}`,
    `(and|what about|how about|now) ${owner} (${nouns})`,
    `${of} (${nouns})?`,
  ];
}

export const NOUN_PHRASE_TEMPLATES: TemplateSet = Object.fromEntries(
  Object.entries(NOUNS).map(([intent, [slot, nouns]]) => [intent, patterns(slot, nouns)]),
);
