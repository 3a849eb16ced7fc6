/**
 * A negation the reading does not account for (issue 16, ninth session): "users who have access to an application but
 * haven't signed in for 90 days" answered with the app's users, "List of AD groups where security is not enabled" with every
 * group, "admins who have not changed their password in 90 days" with the password changes — the negated condition dropped
 * without a word. When the intent is not itself about an absence (inactive users, unused apps, ownerless groups, failures…),
 * no slot holds a negative value and nothing named as not applied speaks of it, the negated phrase is named as not applied
 * ("not applied: haven't signed in for 90 days"). It changes no intent and no slot.
 */
import type { IntentName } from '../intent';

/** The negation and up to six words after it, up to a punctuation mark, a conjunction or a relative word. */
const NEGATED = /\b(?:not|never|nobody|no one|(?:with|having|has|have|had) no|(?:do|does|did|have|has|had|is|are|was|were|ca|could|would|wo)n[’']?t|cannot)\b(?:\s+(?!(?:and|or|but|that|which|who|whose|when|where|because|so|if|then)\b)[A-Za-z0-9][\w’'-]*){1,6}/gi;

/** The asker's own state before it ("I can't find …", "we don't know …", "I'm not sure"): no condition on the records. */
const ASKER_BEFORE = /\b(?:i|we|i['’]m|we['’]re|you|i am|we are)\s+(?:\w+\s+)?$/i;

/** Intents whose records are defined by an absence or a failure. */
const ABSENCE_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>([
  'users.inactive', 'apps.unused', 'groups.ownerless', 'privileged.noMfa', 'signIns.failures', 'signIns.troubleshoot',
  'users.deleted', 'riskyUsers.list', 'riskyUser.summary', 'accessRequests.pending', 'assignments.expiring', 'apps.credentialsExpiring',
]);

/** A slot value that says "not": false, zero, a single factor, a failure, disabled, still at risk. */
function negativeSlot(slots: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(slots).some(([k, v]) => v === false || v === 0 || (k === 'authRequirement' && v === 'singleFactor')
    || (k === 'status' && v === 'failure') || (k === 'state' && v === 'disabled') || (k === 'riskState' && v === 'atRisk') || k === 'excludes' || k === 'unlicensed' || k === 'maxOwners');
}

/** Words of a not-applied entry that already speak of the negation. */
const NAMES_NEGATION = /\b(?:not|no|never|without|other than|except|outside|none)\b|n['’]t\b/i;

/** The negated phrase to name as not applied, or undefined when the reading accounts for it (or there is none). */
export function unaccountedNegation(text: string, name: IntentName, slots: Readonly<Record<string, unknown>>, notApplied: readonly string[]): string | undefined {
  if (ABSENCE_INTENTS.has(name) || negativeSlot(slots) || notApplied.some((n) => NAMES_NEGATION.test(n))) return undefined;
  const oneObject = ['user', 'group', 'app', 'accessPackage', 'role'].some((k) => slots[k] !== undefined);
  for (const m of text.matchAll(NEGATED)) {
    if (ASKER_BEFORE.test(text.slice(0, m.index ?? 0))) continue;
    // "why does the Finance Department group have no owners": one named object's (empty) list answers it.
    if (oneObject && /^(?:with|having|has|have|had) no\b/i.test(m[0])) continue;
    return m[0].replace(/\s+/g, ' ').trim();
  }
  return undefined;
}
