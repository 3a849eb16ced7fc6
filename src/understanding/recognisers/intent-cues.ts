/**
 * Intents that are a qualifier of their family's subject, not the subject itself: external apps
 * are apps *from outside*, unused apps are apps *nobody uses*, deleted users are users *deleted*.
 * Without a word for the qualifier the question is about the plain subject ("how many
 * applications are registered in my tenant"), which such an intent does not answer: showing the
 * external apps instead would silently narrow it. The same for intents about what someone owns. `understand` weighs these intents down when
 * their cue is missing and does not answer with one whose cue is missing.
 *
 * Runs on the classifier's stream (corrected words, names as placeholders), like subject evidence.
 */
import type { IntentName } from '../intent';

function words(alternatives: string): RegExp {
  return new RegExp(`(?:^| )(?:${alternatives})(?= |$)`);
}

const CUES: Partial<Record<IntentName, RegExp>> = {
  'apps.external': words('outside|external|externally|other|others|third|party|3rd|publishers?|vendors?|multi|multitenant|multi-tenant|isv|partners?|verified|foreign|companies|organi[sz]ations|tenants'),
  'apps.unused': words('unused|inactive|stale|dormant|idle|used|use|uses|using|usage|activity|active|signins?|signin|logins?|signed|clean|cleanup|abandoned|nobody|anyone|orphan(?:ed)?|zombie|obsolete|retire|decommission'),
  // Owned by someone: "apps I own", "groups Megan owns", "app registrations owned by Natasha".
  'apps.ownedBy': words('own|owns|owned|owner|owners|ownership|owning|mine|manage|manages|managed|managing|responsible'),
  'groups.ownedBy': words('own|owns|owned|owner|owners|ownership|owning|mine|manage|manages|managed|managing|responsible'),
  'users.deleted': words('deleted|delete|deletes|deletion|deleting|removed|restore|restorable|restored|recycle|bin|recover|recoverable|undelete|purged|soft'),
};

/** Whether the question (its stream) has the word its intent qualifies the subject by; intents without a cue always have it. */
export function hasIntentCue(name: IntentName, stream: readonly string[]): boolean {
  const cue = CUES[name];
  return cue === undefined || cue.test(stream.join(' '));
}

/**
 * A sibling's defining predicate stated in the question: "users in Sales who haven't signed in
 * for 60 days" is inactive users (with the department named as not applied), not a user search
 * whose period would be read as when they were created.
 */
const DEFINING: readonly { readonly intent: IntentName; readonly over: readonly IntentName[]; readonly cue: RegExp }[] = [
  {
    intent: 'users.inactive',
    over: ['users.search', 'users.licenses'],
    cue: / (haven'?t|have not|hasn'?t|has not|didn'?t|did not|never|not|no longer) (signed|logged|sign|log) ?in | (haven'?t|have not|hasn'?t|has not|didn'?t|did not|never|not) (accessed|used|touched|opened) (their|the|an?|its|his|her) (accounts?|tenant|mailbox) | (inactive|stale|dormant|idle) ([a-z0-9]+ ){0,3}(users|accounts|guests|members|people|identities) | (no|without|zero) (sign ?ins?|signins?|logins?|logons?) /,
  },
];

/**
 * One person's intent and the tenant-wide sibling that answers the same question for everyone:
 * "show me audit logs for the last 24 hours", "fetch all admin activities" name no person, so they
 * are the tenant's audit log, not one person's with a clarifying card; "are there any risky users
 * in Entra ID" is the list. `understand` asks only when the question names no person, no pronoun
 * and the conversation has no person either.
 */
const TENANT_WIDE: Readonly<Partial<Record<IntentName, IntentName>>> = {
  'audit.forUser': 'audit.changes',
  'riskyUser.details': 'riskyUsers.list',
  'user.roles': 'role.members',
  'user.accessPackages': 'accessPackages.list',
};

/** The tenant-wide sibling of a one-person intent, for a question that names no person. */
export function subjectlessSibling(best: IntentName): IntentName | undefined {
  return TENANT_WIDE[best];
}

/** The sibling intent whose defining predicate the question states, when the best intent is one it overrides. */
export function definingSibling(best: IntentName, flat: string): IntentName | undefined {
  return DEFINING.find((d) => d.over.includes(best) && d.cue.test(flat))?.intent;
}
