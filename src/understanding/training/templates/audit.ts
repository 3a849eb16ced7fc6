import type { TemplateSet } from './template-set';

/** Paraphrase templates: audit log. */
export const AUDIT_TEMPLATES: TemplateSet = {
  'audit.forUser': [
    '(changes|modifications|edits|actions|operations) (made|done|performed|initiated) by {user} [{time}]',
    '(everything|anything) {user} (changed|modified|touched) [{time}]',
    '(get|show|list|give me|pull) [microsoft entra] (audit logs|audit events|audit log entries|audit trail|directory audits) (for|of|by|about) {user} [{time}] [put information in table format|in a table]',
    'what did {user} (change|do|modify|update) [{time}]',
    '{users} (audit logs|audit events|audit trail|changes|activity|admin activity) [{time}]',
    '(what|which) changes (did|has) {user} (make|made|done) [{time}]',
    '(audit|activity) (history|log) (for|of) {user} [{time}]',
    'has {user} (changed|modified|deleted) anything [{time}]',
    'what (actions|operations) (did|has) {user} (perform|performed|do) [{time}]',
    'what did i change [{time}]',
    'show me audit logs for this (event type|user)',
  ],
  'audit.changes': [
    // Which users are deleted (and restorable) is users.deleted (questions.md); created users stay here.
    '(show|list) [me] [the] (recently|last) (deleted|created|removed) (groups|apps|applications) [{time}]',
    '(show|list) [me] [the] (recently|last) (created|added) users [{time}]',
    '(what|which) (groups|apps) were (deleted|created|removed|added) [recently] [{time}]',
    '(what|which) users were (created|added) [recently] [{time}]',
    '(last|latest|recent) (deleted|created) groups [in my directory]',
    '(last|latest|recent) created users [in my directory]',
    '(what|which) groups were created by (these|those|specific) users',
    'who (changed|modified|updated|edited) [the] {group} [group] [{time}]',
    '(role|group|app|application|policy|conditional access policy|user) changes [{time}]',
    '(new|recently added|newly registered) (apps|applications) [added] {time}',
    '(what|which) (changes|modifications) (were made|happened) to (groups|roles|apps|applications|policies|users|conditional access policies) [{time}]',
    '(show|list) [the] (password resets|guest invitations|consent grants|credential changes|group membership changes|owner changes) [{time}]',
    'who (reset|changed) passwords [{time}]',
    'who invited (guests|external users) [{time}]',
    'who (changed|modified|updated) [the] conditional access (policies|policy) [{time}]',
    '(audit log|audit) (changes|events) (for|on|about) (groups|roles|apps|policies|users) [{time}]',
    'what changed in the (tenant|directory) [{time}]',
    'who consented to (apps|applications|permissions) [{time}]',
    'who added (secrets|credentials|certificates) to (apps|applications|service principals) [{time}]',
    'was anything changed on [the] {app} [app] [{time}]',
    '(recent|latest) (directory|tenant) changes',
  ],
};
