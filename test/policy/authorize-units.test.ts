/**
 * The policy stage's answers and the authorizer the runtime wires in, with hand-written policies
 * and facts (no tenant, no runtime): the policy file's remaining checks, the one answer for an
 * unknown asker and for a guest, a refusal without the asker's own roles (channels, issue 18),
 * and createAuthorizer's group-owner look-up, name visibility and data gate. Part of the policy
 * mutation module (test/mutation/modules.mjs).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/answer';
import type { AskerFacts, AskerFactsProvider } from '../../src/policy/asker-facts';
import {
  createAuthorizer, decideBeforeLookup, deniedAnswer, limitedAskerAnswer, unknownAskerAnswer, withoutAskerRoles, type AuthzGate,
} from '../../src/policy/authorize';
import { parsePolicy, PolicyError } from '../../src/policy/policy';
import type { Resolved } from '../../src/planning/entities';
import { askerFacts, smallPolicyDoc, type PolicyDoc } from './fixtures/small-policy';

const POLICY = parsePolicy(smallPolicyDoc());
const PIM_URL = 'https://portal.azure.com/#view/Microsoft_Azure_PIMCommon/ActivationMenuBlade/~/aadmigratedroles';
const group = (id: string): Resolved => ({ group: { kind: 'group', id, displayName: id } });
const user = (id: string): Resolved => ({ user: { kind: 'user', id, displayName: id } });

describe('parsePolicy, the remaining checks', () => {
  const refuses = (edit: (d: PolicyDoc) => void, message: string) => {
    const d = smallPolicyDoc();
    edit(d);
    expect(() => parsePolicy(d)).toThrow(new PolicyError(message));
  };

  it('refuses a category that is not a data category (only "public" is allowed besides them)', () => {
    refuses((d) => { d.categories['secrets'] = { title: 'secrets', needs: ['X'], roles: ['X'] }; }, 'categories.secrets: not a data category of src/planning/data-category.ts');
    expect(Object.keys(POLICY.categories)).toEqual(['public', 'directory', 'signInLogs']);
  });

  it('refuses exceptions that are not a list, or not self, owner or manager', () => {
    refuses((d) => { d.categories['signInLogs']!['exceptions'] = 'self'; }, 'categories.signInLogs.exceptions must be a list of role names');
    refuses((d) => { d.categories['signInLogs']!['exceptions'] = ['self', 'admin']; }, 'categories.signInLogs.exceptions: "admin" is not self, owner or manager');
    for (const kind of ['self', 'owner', 'manager']) {
      const d = smallPolicyDoc();
      d.categories['signInLogs']!['exceptions'] = [kind];
      expect(parsePolicy({ ...d, intents: { ...d.intents, 'signIns.list': { category: 'signInLogs' }, 'group.members': { category: 'signInLogs' } } })
        .categories['signInLogs']!.exceptions).toEqual([kind]);
    }
  });

  it('reads ownerSeesNested only when it is true', () => {
    const d = smallPolicyDoc();
    d.categories['directory']!['ownerSeesNested'] = true;
    d.categories['signInLogs']!['ownerSeesNested'] = 'yes';
    const p = parsePolicy(d);
    expect(p.categories['directory']!.ownerSeesNested).toBe(true);
    expect(p.categories['signInLogs']!.ownerSeesNested).toBe(false);
  });

  it('refuses an intent exception its category does not extend to, each kind', () => {
    for (const kind of ['self', 'owner', 'manager']) {
      refuses((d) => { d.intents['user.details'] = { category: 'directory', [kind]: 'user' }; }, `intents.user.details: the ${kind} exception is not one category directory allows`);
    }
  });
});

describe('the one answer for an unknown asker', () => {
  const expected: Answer = {
    kind: 'denied',
    title: 'I could not find you in this tenant',
    summary: 'I could not find you in this tenant\'s directory, so I cannot tell which roles you hold: you can ask for help, and nothing else. If you work here, ask an administrator to check your account.',
    columns: [], rows: [], facts: [], followUps: ['help'],
  };

  it('says only that, whatever the question', () => {
    expect(unknownAskerAnswer()).toEqual(expected);
    for (const intent of ['user.details', 'signIns.list', 'riskyUsers.list'] as const) {
      expect(decideBeforeLookup(POLICY, intent, undefined)).toEqual({ outcome: 'deny', answer: expected, record: { category: POLICY.intents[intent].category, decision: 'denied', by: 'unknownAsker' } });
    }
  });

  it('help stays open; help mapped to a closed category gets the ordinary refusal, not a crash', () => {
    expect(decideBeforeLookup(POLICY, 'help', undefined).outcome).toBe('allow');
    const closed = parsePolicy({ ...smallPolicyDoc(), intents: { ...smallPolicyDoc().intents, help: { category: 'signInLogs' } } });
    const gate = decideBeforeLookup(closed, 'help', undefined);
    expect(gate).toEqual({
      outcome: 'deny', record: { category: 'signInLogs', decision: 'denied', by: 'unknownAsker' },
      answer: deniedAnswer(closed.categories['signInLogs']!, closed.intents.help, undefined),
    });
    expect(gate.outcome === 'deny' && gate.answer.summary).toMatch(/^I could not find you in this tenant's directory, so I cannot tell which roles you hold\. Reading sign-in logs/);
  });
});

describe('the one answer for a guest (limitedAskerAnswer)', () => {
  const summary = (roles: string) => 'Guest accounts can\'t read this tenant\'s directory, so I answer only questions about yourself ("my groups", "my sign-ins") and about groups you own. '
    + `Anything else needs a member account or a role (${roles}, depending on the data). Type "help" to see what you can ask.`;

  it('names every needed role once, in the policy\'s order', () => {
    expect(limitedAskerAnswer(POLICY)).toEqual({
      kind: 'denied', title: 'You can ask about yourself and the groups you own',
      summary: summary('Directory Readers, Reports Reader or Security Reader'),
      columns: [], rows: [], facts: [], followUps: ['help'],
    });
  });

  it('puts Global Reader last and names a role needed twice once', () => {
    const d = smallPolicyDoc();
    d.categories['signInLogs']!['needs'] = ['Global Reader', 'Directory Readers', 'Reports Reader'];
    d.categories['signInLogs']!['roles'] = ['Global Reader', 'Directory Readers', 'Reports Reader'];
    expect(limitedAskerAnswer(parsePolicy(d)).summary).toBe(summary('Directory Readers, Reports Reader or Global Reader'));
  });
});

describe('a refusal without the asker\'s own roles (withoutAskerRoles)', () => {
  const signIns = POLICY.categories['signInLogs']!;
  const full = deniedAnswer(signIns, POLICY.intents['signIns.list'], askerFacts({ activeRoles: ['Directory Readers'], eligibleRoles: ['Security Reader', 'Billing Administrator'] }));

  it('keeps the needed roles and drops the active and eligible ones, the PIM sentence, bullet and link', () => {
    expect(full.summary).toContain('You are eligible for Security Reader — activate it in PIM, then ask again.');
    expect(withoutAskerRoles(full)).toEqual({
      kind: 'denied',
      title: 'You can\'t see sign-in logs',
      summary: 'Reading sign-in logs needs the Reports Reader or Security Reader role (any one of them). Without a role you can ask this about yourself or ask this about someone who reports to you.',
      columns: [], rows: [],
      facts: [{ title: 'Needed role', value: 'Reports Reader or Security Reader' }, { title: 'Also allowed', value: 'Global Reader' }],
      followUps: ['help'],
      sections: [{ title: 'What you can do', bullets: ['Ask an administrator for Reports Reader or Security Reader if you need this regularly.'] }],
    });
  });

  it('keeps other links, bullets that only mention activation, and sections without bullets', () => {
    const answer: Answer = {
      ...full,
      summary: 'Reading X needs Y. You are eligible for Z — activate it in PIM, then ask again.',
      sections: [
        { title: 'A', links: [{ title: 'Docs', url: 'https://learn.microsoft.com/x' }, { title: 'PIM', url: PIM_URL }] },
        { title: 'B', text: 't', bullets: ['Please Activate Z in Privileged Identity Management first.', 'Activate Z in Privileged Identity Management now.'] },
      ],
    };
    const out = withoutAskerRoles(answer);
    expect(out.summary).toBe('Reading X needs Y.');
    expect(out.sections).toEqual([
      { title: 'A', links: [{ title: 'Docs', url: 'https://learn.microsoft.com/x' }] },
      { title: 'B', text: 't', bullets: ['Please Activate Z in Privileged Identity Management first.'] },
    ]);
  });

  it('leaves an answer without sections without them, and any other kind of answer as it is', () => {
    const { sections: _dropped, ...bare } = full;
    expect(_dropped).toBeDefined();
    expect('sections' in withoutAskerRoles(bare)).toBe(false);
    const table: Answer = { ...full, kind: 'table' };
    expect(withoutAskerRoles(table)).toBe(table);
  });
});

describe('createAuthorizer', () => {
  /** A provider that cannot list owned groups (app-only Graph): ownsGroup answers per group. */
  const appOnly = (f: AskerFacts | undefined, owns: readonly string[] = []) => {
    const asked: string[] = [];
    const provider: AskerFactsProvider = {
      factsFor: async () => f,
      ownsGroup: async (_facts, groupId) => { asked.push(groupId); return owns.includes(groupId); },
    };
    return { provider, asked };
  };
  const after = async (gate: AuthzGate, resolved: Resolved) => {
    if (gate.outcome !== 'subject') throw new Error(`expected a subject gate, got ${gate.outcome}`);
    return gate.afterLookup(resolved);
  };

  it('asks the named group for its owners when only the owner exception could allow', async () => {
    const { provider, asked } = appOnly(askerFacts(), ['g1']);
    const authz = createAuthorizer(provider, POLICY);
    const gate = await authz.beforeLookup({ upn: 'a@x' }, { name: 'group.members', slots: {} });
    expect(await after(gate, group('g1'))).toEqual({ outcome: 'allow', record: { category: 'signInLogs', decision: 'allowed', by: 'owner' } });
    const other = await after(gate, group('g2'));
    expect(other.outcome).toBe('deny');
    expect(other.record).toEqual({ category: 'signInLogs', decision: 'denied', by: 'noRole' });
    expect(asked).toEqual(['g1', 'g2']);
    // A group name that did not resolve: the same refusal, nothing looked up.
    expect(await after(gate, {})).toEqual(other);
    expect(asked).toEqual(['g1', 'g2']);
  });

  it('a failed owner look-up is named in the refusal', async () => {
    const provider: AskerFactsProvider = { factsFor: async () => askerFacts(), ownsGroup: async () => { throw new Error('403 Forbidden'); } };
    const gate = await createAuthorizer(provider, POLICY).beforeLookup({ upn: 'a@x' }, { name: 'group.members', slots: {} });
    const denied = await after(gate, group('g1'));
    expect(denied.outcome === 'deny' && denied.answer.sections?.[0]?.bullets?.at(-1))
      .toBe('I could not read the group\'s owners from Microsoft Graph (403 Forbidden), so the group-owner exception was not checked.');
  });

  it('does not look anything up when a role allows, when there is no owner exception, or when the provider lists owned groups', async () => {
    const role = appOnly(askerFacts({ activeRoles: ['Reports Reader'] }), ['g1']);
    expect(await createAuthorizer(role.provider, POLICY).beforeLookup({ upn: 'a@x' }, { name: 'group.members', slots: {} }))
      .toEqual({ outcome: 'allow', record: { category: 'signInLogs', decision: 'allowed', by: 'role:Reports Reader' } });
    // signIns.list has self and manager exceptions, no owner one: its subject step stays synchronous.
    const self = appOnly(askerFacts(), ['me']);
    const selfGate = await createAuthorizer(self.provider, POLICY).beforeLookup({ upn: 'a@x' }, { name: 'signIns.list', slots: {} });
    expect(selfGate.outcome === 'subject' && selfGate.afterLookup(user('me'))).toEqual({ outcome: 'allow', record: { category: 'signInLogs', decision: 'allowed', by: 'self' } });
    expect(self.asked).toEqual([]);
    const listing: AskerFactsProvider = { factsFor: async () => askerFacts({ ownedGroupIds: ['g1'] }) };
    const listed = await createAuthorizer(listing, POLICY).beforeLookup({ upn: 'a@x' }, { name: 'group.members', slots: {} });
    expect(listed.outcome === 'subject' && listed.afterLookup(group('g1'))).toEqual({ outcome: 'allow', record: { category: 'signInLogs', decision: 'allowed', by: 'owner' } });
  });

  it('namesVisible: members and directory roles see names; guests, unknown askers and a policy without directory data do not', async () => {
    const visible = (f: AskerFacts | undefined, policy = POLICY) => createAuthorizer({ factsFor: async () => f }, policy).namesVisible!({ upn: 'a@x' });
    expect(await visible(askerFacts())).toBe(true);
    expect(await visible(askerFacts({ userType: 'Guest' }))).toBe(false);
    expect(await visible(askerFacts({ userType: 'Guest', activeRoles: ['Reports Reader', 'Global Administrator'] }))).toBe(true);
    expect(await visible(askerFacts({ userType: 'Guest', activeRoles: ['Reports Reader'] }))).toBe(false);
    expect(await visible(undefined)).toBe(false);
    const rolesOnly = smallPolicyDoc();
    rolesOnly.categories['directory']!['members'] = false;
    expect(await visible(askerFacts(), parsePolicy(rolesOnly))).toBe(false);
    expect(await visible(askerFacts({ activeRoles: ['Directory Readers'] }), parsePolicy(rolesOnly))).toBe(true);
    const noDirectory = { ...POLICY, categories: { public: POLICY.categories['public']!, signInLogs: POLICY.categories['signInLogs']! } };
    expect(await visible(askerFacts({ activeRoles: ['Global Administrator'] }), noDirectory)).toBe(false);
  });

  it('dataGate: the owner exception holds once the named group\'s owners include the asker', async () => {
    const { provider, asked } = appOnly(askerFacts(), ['g1']);
    const authz = createAuthorizer(provider, POLICY);
    const owned = await authz.dataGate!({ upn: 'a@x' }, { name: 'group.members', slots: {} }, group('g1'));
    expect(owned.exceptions).toEqual(['owner']);
    expect(owned.allows('signInLogs')).toBe(true);
    const notOwned = await authz.dataGate!({ upn: 'a@x' }, { name: 'group.members', slots: {} }, group('g2'));
    expect(notOwned.exceptions).toEqual([]);
    expect(notOwned.allows('signInLogs')).toBe(false);
    expect(asked).toEqual(['g1', 'g2']);
    const unresolved = await authz.dataGate!({ upn: 'a@x' }, { name: 'group.members', slots: {} }, {});
    expect(unresolved.exceptions).toEqual([]);
    expect(unresolved.allows('signInLogs')).toBe(false);
    // No owner exception on the intent: no look-up; self still holds.
    const self = await authz.dataGate!({ upn: 'a@x' }, { name: 'signIns.list', slots: {} }, user('me'));
    expect(self.exceptions).toEqual(['self']);
    expect(asked).toEqual(['g1', 'g2']);
  });
});
