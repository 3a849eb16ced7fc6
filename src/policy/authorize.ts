/**
 * Enforcement: decides, from the policy and the asker's facts, whether a question may be
 * answered. Runs in two steps so that a person who may not see a kind of data learns nothing,
 * not even whether a named person or group exists:
 *
 * 1. before anything is looked up (`beforeLookup`): allowed by role or membership, denied, or
 *    "only a subject exception could allow it" (self, group owner, manager);
 * 2. in that last case, after the names are resolved (`afterLookup`): the resolved object decides.
 *    A name that does not resolve gets the same denied answer as one that does.
 */
import type { Answer } from '../answers/answer';
import type { Asker, Resolved } from '../planning/entities';
import type { Intent } from '../understanding/intent';
import type { AskerFacts, AskerFactsProvider } from './asker-facts';
import { withOwnedGroup } from './asker-facts';
import { DEFAULT_POLICY, type CategoryRule, type IntentRule, type Policy } from './policy';
import { dataGate, exceptionsHolding, type DataGate } from './data-gate';

/** How a decision was reached, for the audit trail. */
export interface AuthzRecord {
  readonly category: string;
  readonly decision: 'allowed' | 'denied';
  /** `everyone`, `member`, `role:<name>`, `self`, `owner`, `manager`; or why it was denied. */
  readonly by: string;
}

/** "Only a subject exception could allow it": decided once the names are resolved. */
export interface SubjectGate<After> {
  readonly outcome: 'subject';
  /** The answer when the names do not resolve (same as a resolved-but-denied one). */
  readonly denied: Answer;
  readonly record: AuthzRecord;
  afterLookup(resolved: Resolved): After;
}

/** The pure decision (from the facts alone): the subject step is synchronous. */
export type DecidedGate =
  | { readonly outcome: 'allow'; readonly record: AuthzRecord }
  | { readonly outcome: 'deny'; readonly answer: Answer; readonly record: AuthzRecord }
  | SubjectGate<DecidedGate>;

/** The authorizer's gate: the subject step may look something up (a group's owners). */
export type AuthzGate =
  | { readonly outcome: 'allow'; readonly record: AuthzRecord }
  | { readonly outcome: 'deny'; readonly answer: Answer; readonly record: AuthzRecord }
  | SubjectGate<AuthzGate | Promise<AuthzGate>>;

/** The pipeline's authorisation hook. */
export interface Authorizer {
  beforeLookup(asker: Asker, intent: Intent): Promise<AuthzGate>;
  /**
   * Once the names are resolved: which data categories the asker may read for this question
   * (every query of the plan is checked against it; see data-gate.ts). Absent: no check.
   */
  dataGate?(asker: Asker, intent: Intent, resolved: Resolved): Promise<DataGate>;
  /**
   * Whether the asker may read the directory's names (by a role, or as a member): if not (a guest,
   * someone the tenant does not know), the understanding stage does not use the tenant's names.
   */
  namesVisible?(asker: Asker): Promise<boolean>;
  /** The policy the gate applies (for the answer's "Not shown" words). */
  readonly policy?: Policy;
}

/** "A, B or C". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const PIM_ACTIVATE_URL = 'https://portal.azure.com/#view/Microsoft_Azure_PIMCommon/ActivationMenuBlade/~/aadmigratedroles';

function exceptionWords(rule: IntentRule): string[] {
  const out: string[] = [];
  if (rule.self) out.push('ask this about yourself');
  if (rule.owner) out.push('ask this about a group you own');
  if (rule.manager) out.push('ask this about someone who reports to you');
  return out;
}

/** The `denied` answer: what was not allowed and which role(s) would be needed, in words. */
export function deniedAnswer(category: CategoryRule, rule: IntentRule, facts: AskerFacts | undefined): Answer {
  const eligible = facts?.eligibleRoles.filter((r) => category.roles.includes(r)) ?? [];
  const guestBlocked = category.members && facts?.userType === 'Guest';
  const parts: string[] = [];
  if (!facts) parts.push('I could not find you in this tenant\'s directory, so I cannot tell which roles you hold.');
  parts.push(guestBlocked
    ? `Guest accounts can't read ${category.title}; it needs a member account or the ${orList(category.needs)} role.`
    : `Reading ${category.title} needs the ${orList(category.needs)} role${category.needs.length > 1 ? ' (any one of them)' : ''}.`);
  if (eligible.length > 0) parts.push(`You are eligible for ${orList(eligible)} — activate it in PIM, then ask again.`);
  const exceptions = exceptionWords(rule);
  if (exceptions.length > 0) parts.push(`Without a role you can ${orList(exceptions)}.`);
  const higher = category.roles.filter((r) => !category.needs.includes(r));
  // Facts Graph could not give (each counted as none).
  const unknownFacts = facts?.notes ?? [];
  const bullets = [
    ...(eligible.length > 0 ? [`Activate ${orList(eligible)} in Privileged Identity Management (eligible roles count only once active).`] : []),
    `Ask an administrator for ${orList(category.needs)} if you need this regularly.`,
    ...(category.scopedRoles.length > 0 ? [`In entitlement management, ${orList(category.scopedRoles)} roles on a catalog give access to that catalog in the admin center.`] : []),
  ];
  return {
    kind: 'denied',
    title: `You can't see ${category.title}`,
    summary: parts.join(' '),
    columns: [], rows: [],
    facts: [
      { title: 'Needed role', value: orList(category.needs) },
      ...(higher.length > 0 ? [{ title: 'Also allowed', value: higher.join(', ') }] : []),
      { title: 'Your active roles', value: facts ? (facts.activeRoles.length > 0 ? facts.activeRoles.join(', ') : 'none') : 'unknown' },
      ...(eligible.length > 0 ? [{ title: 'Eligible in PIM (not active)', value: eligible.join(', ') }] : []),
    ],
    followUps: ['help'],
    sections: [{
      title: 'What you can do',
      bullets: [...bullets, ...unknownFacts],
      ...(eligible.length > 0 ? { links: [{ title: 'Activate a role in PIM', url: PIM_ACTIVATE_URL }] } : {}),
    }],
    ...(category.source ? { sourceNote: `Permission policy (src/policy/policy.json); roles as documented at ${category.source}` } : {}),
  };
}

/** The facts of a refusal that are the asker's own (their roles), by title. */
const ASKER_ROLE_FACTS: readonly string[] = ['Your active roles', 'Eligible in PIM (not active)'];

/**
 * A refusal without what it says about the asker's own roles (active, eligible in PIM), for a
 * channel or a group chat where everyone reads it (issue 18): which roles a person holds is role
 * assignment data, not every member's to read. The needed roles stay; the rest goes 1:1.
 */
export function withoutAskerRoles(answer: Answer): Answer {
  if (answer.kind !== 'denied') return answer;
  return {
    ...answer,
    summary: answer.summary.replace(/ You are eligible for [^—]*— activate it in PIM, then ask again\./, ''),
    facts: answer.facts.filter((f) => !ASKER_ROLE_FACTS.includes(f.title)),
    ...(answer.sections ? {
      sections: answer.sections.map((s) => {
        const { links, ...rest } = s;
        const kept = (links ?? []).filter((l) => l.url !== PIM_ACTIVATE_URL);
        return { ...rest, ...(s.bullets ? { bullets: s.bullets.filter((b) => !/^Activate .* in Privileged Identity Management/.test(b)) } : {}), ...(kept.length > 0 ? { links: kept } : {}) };
      }),
    } : {}),
  };
}

/** The one answer for a person the tenant does not know (anything but help). */
export function unknownAskerAnswer(): Answer {
  return {
    kind: 'denied',
    title: 'I could not find you in this tenant',
    summary: 'I could not find you in this tenant\'s directory, so I cannot tell which roles you hold: you can ask for help, and nothing else. If you work here, ask an administrator to check your account.',
    columns: [], rows: [], facts: [], followUps: ['help'],
  };
}

/**
 * The one answer for a person who may not read the directory's names (a guest without a directory
 * role) when a question is refused or not understood (issue 18, no name oracle). Which refusal a
 * question gets depends on how its words read — "Who is in Megan?" is not understood, "Who is in
 * Finance Department?" reads as a person's details, "Who owns Karita Lehtonen?" as a group's owners
 * — so the per-category refusals told such a person something about the name typed. This answer
 * depends on nothing but the asker being a guest.
 */
export function limitedAskerAnswer(policy: Policy): Answer {
  const roles = [...new Set(Object.values(policy.categories).flatMap((c) => c.needs))];
  const last = roles.includes('Global Reader') ? ['Global Reader'] : [];
  const named = orList([...roles.filter((r) => r !== 'Global Reader'), ...last]);
  return {
    kind: 'denied',
    title: 'You can ask about yourself and the groups you own',
    summary: 'Guest accounts can\'t read this tenant\'s directory, so I answer only questions about yourself ("my groups", "my sign-ins") and about groups you own. '
      + `Anything else needs a member account or a role (${named}, depending on the data). Type "help" to see what you can ask.`,
    columns: [], rows: [], facts: [], followUps: ['help'],
  };
}

/** The pure decision before any lookup. */
export function decideBeforeLookup(policy: Policy, intentName: Intent['name'], facts: AskerFacts | undefined): DecidedGate {
  const rule = policy.intents[intentName];
  const category = policy.categories[rule.category] as CategoryRule;
  const allow = (by: string): DecidedGate => ({ outcome: 'allow', record: { category: rule.category, decision: 'allowed', by } });
  // Someone the tenant does not know may ask for help and nothing else, and gets one answer for
  // everything else, whatever names they type (no name oracle).
  if (!facts && intentName !== 'help') return { outcome: 'deny', answer: unknownAskerAnswer(), record: { category: rule.category, decision: 'denied', by: 'unknownAsker' } };
  if (category.everyone) return allow('everyone');
  if (facts) {
    const role = facts.activeRoles.find((r) => category.roles.includes(r));
    if (role) return allow(`role:${role}`);
    if (category.members && facts.userType === 'Member') return allow('member');
  }
  const denied = deniedAnswer(category, rule, facts);
  const deniedRecord: AuthzRecord = { category: rule.category, decision: 'denied', by: facts ? 'noRole' : 'unknownAsker' };
  if (!facts || (!rule.self && !rule.owner && !rule.manager)) return { outcome: 'deny', answer: denied, record: deniedRecord };
  return {
    outcome: 'subject', denied, record: deniedRecord,
    afterLookup(resolved) {
      // The first exception that holds, in the order self, owner, manager (the data gate's list).
      const [by] = exceptionsHolding(policy, intentName, facts, resolved);
      return by ? allow(by) : { outcome: 'deny', answer: denied, record: deniedRecord };
    },
  };
}

/** The authorizer the runtime wires into the pipeline. */
export function createAuthorizer(facts: AskerFactsProvider, policy: Policy = DEFAULT_POLICY): Authorizer {
  return {
    policy,
    async beforeLookup(asker, intent) {
      const f = await facts.factsFor(asker);
      const gate = decideBeforeLookup(policy, intent.name, f);
      const ownerSlot = policy.intents[intent.name].owner;
      if (gate.outcome !== 'subject' || !ownerSlot || !facts.ownsGroup) return gate;
      // A provider that cannot list owned groups asks the named group for its owners, once it is resolved.
      return {
        ...gate,
        async afterLookup(resolved) {
          const owned = await withOwnedGroup(facts, f, resolved[ownerSlot]?.id);
          const again = decideBeforeLookup(policy, intent.name, owned);
          return again.outcome === 'subject' ? again.afterLookup(resolved) : again;
        },
      };
    },
    async namesVisible(asker) {
      const f = await facts.factsFor(asker);
      const directory = policy.categories['directory'];
      if (!f || !directory) return false;
      return (directory.members === true && f.userType === 'Member') || f.activeRoles.some((r) => directory.roles.includes(r));
    },
    async dataGate(asker, intent, resolved) {
      const ownerSlot = policy.intents[intent.name].owner;
      const f = await facts.factsFor(asker);
      return dataGate(policy, intent.name, ownerSlot ? await withOwnedGroup(facts, f, resolved[ownerSlot]?.id) : f, resolved);
    },
  };
}
