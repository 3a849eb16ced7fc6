import { followUp, followUpFields } from '../../answers/answer-kit';
import type { Answer } from '../../answers/answer';
import type { Slots } from '../../understanding/intent';

/** Read-only questions for an intent understood from the object of the change, when no name was given. */
const READ_ONLY_BY_INTENT: Readonly<Record<string, string>> = {
  'users.inactive': "Who hasn't signed in for 90 days?",
  'users.search': 'List the disabled accounts',
  'groups.ownerless': 'Which groups have no owners?',
  'apps.unused': 'Show me unused apps',
  'apps.external': 'Show me apps outside my tenant',
  'riskyUsers.list': 'Show risky users',
  'riskyApps.list': 'Show me risky apps',
  'role.members': 'Who are the global admins?',
  'privileged.noMfa': "Which admins aren't registered for MFA?",
  'accessRequests.pending': 'Show pending access requests',
  'assignments.expiring': 'Whose access expires in the next 30 days?',
  'accessPackages.list': 'List access packages',
  'signIns.failures': 'Show failed sign-ins today',
  'signIns.list': 'Show sign-ins from the last 24 hours',
  'audit.changes': 'Show role changes in the last 30 days',
};

function possessive(user: string): string {
  return user === 'me' ? 'my' : `${user}'s`;
}

/** For a person: the read-only question by what the change was about (the intent of its object). */
function aboutUser(user: string, alternative: string | undefined, slots: Slots): string {
  const subject = user === 'me' ? 'I' : user;
  const does = user === 'me' ? 'do I' : `does ${user}`;
  const is = user === 'me' ? 'am I' : `is ${user}`;
  switch (alternative) {
    case 'user.passwordChange': return `When was ${possessive(user)} password last changed?`;
    case 'user.authMethods': return `What authentication methods ${does} have registered?`;
    case 'user.roles': return `What roles ${does} have?`;
    case 'user.groups': return `What groups ${is} in?`;
    case 'user.accessPackages': return `What access packages ${does} have?`;
    case 'user.devices': return `What devices ${does} have?`;
    case 'user.apps': return `Which apps can ${subject} access?`;
    case 'signIns.list': case 'signIns.failures': case 'signIns.troubleshoot': return `Show ${possessive(user)} sign-ins for the last 7 days`;
    case 'riskyUser.details': case 'riskyUser.summary': case 'riskyUser.history': case 'riskyUser.detections': case 'riskyUser.signIns':
      return `What is ${possessive(user)} risk level?`;
    default:
      if (slots.role !== undefined) return `What roles ${does} have?`;
      if (slots.group !== undefined) return `What groups ${is} in?`;
      if (slots.accessPackage !== undefined) return `What access packages ${does} have?`;
      if (/^(revoke|invalidate|sign out|terminate|kick)$/.test(slots.action ?? '')) return `Show ${possessive(user)} sign-ins for the last 7 days`;
      return `Show ${possessive(user)} account details`;
  }
}

/**
 * The read-only question that matches a refused change: about the person, group, app, role or
 * access package it names, else by the intent its object was understood as (`alternative`).
 */
export function readOnlyQuestion(slots: Slots, alternative?: string): string {
  const { user, group, app, role, accessPackage } = slots;
  if (user !== undefined) return aboutUser(user, alternative, slots);
  if (group !== undefined) return alternative === 'group.owners' ? `Who owns ${group}?` : `Who is in ${group}?`;
  if (app !== undefined) return alternative === 'app.permissions' ? `Which permissions are granted to ${app}?` : `Tell me more about ${app}`;
  if (role !== undefined) return `Who has the ${role} role?`;
  if (accessPackage !== undefined) return `Who has ${accessPackage}?`;
  if (alternative !== undefined && READ_ONLY_BY_INTENT[alternative] !== undefined) return READ_ONLY_BY_INTENT[alternative]!;
  return 'What can you do?';
}

/**
 * A request to change something: nothing runs. Says Entra Ask only reads and offers the matching
 * read-only question as a button.
 */
export function answerChangeRefused(slots: Slots, alternative?: string): Answer {
  const action = slots.action ?? 'change';
  const offer = readOnlyQuestion(slots, alternative);
  return {
    kind: 'summary',
    title: 'Entra Ask only reads your tenant',
    summary: `I can't ${action} anything for you: Entra Ask only reads Microsoft Entra ID and never changes it, so nothing was changed. `
      + 'Make the change in the Microsoft Entra admin center (or with Microsoft Graph or PowerShell) with an account allowed to make it. '
      + `What I can do is show you the current state: "${offer}"`,
    columns: [], rows: [], facts: [],
    ...followUpFields(offer === 'What can you do?' ? ['What can you do?'] : [followUp(offer, offer, 'Show the current state'), 'What can you do?']),
  };
}
