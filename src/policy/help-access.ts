/**
 * What the help card offers a person: each family of questions checked against the policy with
 * their facts — askable, askable only about themselves / groups they own / their reports, or
 * needing a role they do not have. The card then lists what they can ask, and names the rest.
 */
import type { IntentName } from '../understanding/intent';
import type { AskerFacts } from './asker-facts';
import { decideBeforeLookup } from './authorize';
import type { Policy } from './policy';

/** `limited`: only about themselves, groups they own or their direct reports; `none`: needs a role they lack. */
export type FamilyAccess = 'all' | 'limited' | 'none';

export function familyAccess(policy: Policy, intents: readonly string[], facts: AskerFacts | undefined): FamilyAccess {
  let limited = false;
  for (const name of intents) {
    if (!(name in policy.intents)) return 'all';
    const gate = decideBeforeLookup(policy, name as IntentName, facts);
    if (gate.outcome === 'allow') return 'all';
    if (gate.outcome === 'subject') limited = true;
  }
  return limited ? 'limited' : 'none';
}

/** The families with their access for this person (`access` left out when they may ask everything). */
export function familiesFor<F extends { readonly intents: readonly string[] }>(
  families: readonly F[], policy: Policy, facts: AskerFacts | undefined,
): (F & { readonly access?: 'limited' | 'none' })[] {
  return families.map((f) => {
    const access = familyAccess(policy, f.intents, facts);
    return access === 'all' ? f : { ...f, access };
  });
}
