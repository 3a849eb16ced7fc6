/**
 * Permissions by the data read (issue 18): for every intent × a persona of each role × each kind of
 * conversation (personal chat, group chat, channel), asked as its example question through the
 * real runtime, the categories the queries that actually ran read (worked out from each query's
 * path, properties and tables) and the data the answer shows must all be granted to whoever sees
 * it: the persona in a personal chat; in a group chat or a channel, what the bot posts there
 * (src/bot/channel-privacy.ts `postingFor`, what teams-app.ts posts) must be granted to every
 * member as well — the directory — and carry no addresses, IPs, risk, MFA state or the asker's
 * roles. Granted is written out by hand below from src/policy/README.md's
 * table (roles per category) and the exceptions per category — deliberately not computed by the
 * code under test, so a wrong gate or a wrong policy edit fails here.
 *
 * Plus the routes the security review found (issue 18): risk through "why can't I sign in" about
 * yourself, app risk through app details, a service principal's roles through app permissions,
 * account state through user lists, device sign-in times, audit rows for a manager.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readSettings } from '../../src/config/settings';
import { PERSONAS } from '../../src/demo/personas';
import type { AskOutcome } from '../../src/pipeline/ask';
import type { Asker } from '../../src/planning/entities';
import type { ShownQuery } from '../../src/planning/query-plan';
import { graphReads, kqlReads } from '../../src/policy/data-reads';
import { DEFAULT_POLICY } from '../../src/policy/policy';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { INTENT_EXAMPLES, QUESTION_FAMILIES } from '../../src/families/registry';
import { INTENT_NAMES, type IntentName } from '../../src/understanding/intent';
import { postingFor, type ConversationKind } from '../../src/bot/channel-privacy';

const ALL = ['directory', 'account', 'accountState', 'deviceActivity', 'authMethods', 'mfaRegistration', 'roleAssignments',
  'signInLogs', 'auditLogs', 'risk', 'appRisk', 'conditionalAccess', 'privileged', 'entitlement', 'rawKql', 'rawGraph'] as const;
type Category = (typeof ALL)[number];
const except = (...no: Category[]): Category[] => ALL.filter((c) => !no.includes(c));
const ACCOUNT_ADMIN: Category[] = ['directory', 'account', 'accountState', 'deviceActivity'];

/**
 * By role, from the README's table (Microsoft's pages): Security Reader and Security Administrator
 * read everything but authentication methods and raw Graph; User / Helpdesk Administrator read the
 * directory and account details; every member reads the directory; a guest nothing.
 */
const BY_ROLE: Readonly<Record<string, readonly Category[]>> = {
  patti: ALL, nestor: ALL,
  natasha: except('authMethods', 'rawGraph'), isaiah: except('authMethods', 'rawGraph'),
  jason: ['directory'], adele: ACCOUNT_ADMIN, diego: ACCOUNT_ADMIN, grady: ACCOUNT_ADMIN,
  lee: ['directory'], alain: ['directory'], megan: ['directory'], henrietta: ['directory'], karita: ['directory'],
  guest: [],
};

/** What each exception extends to (policy README): risk, app risk and privileged reports to none. */
const BY_EXCEPTION: Readonly<Record<'self' | 'owner' | 'manager', readonly Category[]>> = {
  self: ['directory', 'account', 'accountState', 'deviceActivity', 'authMethods', 'mfaRegistration', 'roleAssignments', 'signInLogs', 'auditLogs', 'entitlement'],
  owner: ['directory'],
  manager: ['account', 'accountState'],
};

const COLUMNS = ['patti', 'nestor', 'natasha', 'jason', 'adele', 'diego', 'isaiah', 'lee', 'grady', 'alain', 'megan', 'henrietta', 'guest'] as const;
type Persona = (typeof COLUMNS)[number] | 'karita';

const QUESTIONS: Readonly<Record<IntentName, string>> = { ...(INTENT_EXAMPLES as Record<IntentName, string>), unknown: 'what is the weather in Lisbon tomorrow' };

let runtime: Runtime;
const askers = new Map<Persona, Asker>();
const ids = new Map<Persona, string>();

beforeAll(async () => {
  runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
  const model = runtime.model!;
  const guest = model.users.filter((u) => u['userType'] === 'Guest').map((u) => String(u['userPrincipalName'])).sort()[0]!;
  for (const c of [...COLUMNS, 'karita'] as const) {
    const upn = c === 'guest' ? guest : PERSONAS[c].upn;
    const asker = runtime.askerFor(upn);
    if (!asker) throw new Error(`no asker ${upn}`);
    askers.set(c, asker);
    ids.set(c, String(model.users.find((u) => String(u['userPrincipalName']).toLowerCase() === upn.toLowerCase())!.id));
  }
}, 120_000);

afterAll(async () => { await runtime?.close(); });

async function ask(persona: Persona, question: string): Promise<AskOutcome> {
  for (let attempt = 0; ; attempt++) {
    const out = await runtime.pipeline.ask({ question, asker: askers.get(persona)!, context: {}, channel: 'test' });
    const tryAgain = out.answer.kind === 'error' && out.answer.choices?.some((c) => c.title === 'Try again');
    if (!tryAgain || attempt >= 60) return out;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** The categories the queries that ran read, from the queries themselves. */
export function categoriesRead(queries: readonly ShownQuery[]): Set<string> {
  const out = new Set<string>();
  for (const q of queries) {
    const found = q.source === 'graph'
      ? graphReads({ path: q.url.replace(/^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)/, '') })
      : kqlReads({ text: q.text });
    for (const e of found) out.add(e.category);
  }
  return out;
}

/** The exceptions that hold: the example's subject is the asker, a group they own, a direct report. */
function exceptionsFor(name: IntentName, persona: Persona, out: AskOutcome): ('self' | 'owner' | 'manager')[] {
  const rule = DEFAULT_POLICY.intents[name];
  const facts = runtime.model!;
  const me = ids.get(persona)!;
  const holds: ('self' | 'owner' | 'manager')[] = [];
  if (rule.self && out.resolved[rule.self]?.id === me) holds.push('self');
  if (rule.owner) {
    const g = out.resolved[rule.owner]?.id;
    if (g && facts.groupOwners.some((o) => o.groupId === g && o.ownerIds.includes(me))) holds.push('owner');
  }
  if (rule.manager) {
    const u = out.resolved[rule.manager]?.id;
    const managers = (facts as { userManagers?: { userId: string; managerId: string }[] }).userManagers ?? [];
    if (u && managers.some((m) => m.userId === u && m.managerId === me)) holds.push('manager');
  }
  return holds;
}

function granted(name: IntentName, persona: Persona, out: AskOutcome): Set<string> {
  const g = new Set<string>(BY_ROLE[persona]);
  for (const e of exceptionsFor(name, persona, out)) for (const c of BY_EXCEPTION[e]) g.add(c);
  return g;
}

/** What an answer shows, without the "Not shown" section (which names categories, not data). */
function shownText(out: AskOutcome): string {
  const { sections, notShown: _n, ...rest } = out.answer;
  void _n;
  return JSON.stringify({ ...rest, sections: (sections ?? []).filter((s) => s.title !== 'Not shown') });
}

const RISK_WORDS = /\b(atRisk|confirmedCompromised|confirmed compromised|riskLevel|at (high|medium|low) risk)\b/i;

/** Checks one answered question: every category read and shown is granted. Returns the leaks. */
function leaks(name: IntentName, persona: Persona, out: AskOutcome): string[] {
  if (out.answer.kind === 'denied') return [];
  const ok = granted(name, persona, out);
  const found: string[] = [];
  for (const c of categoriesRead(out.queries)) {
    if (c === 'rawKql' || c === 'rawGraph') continue; // the intents' own categories; what they read is checked
    if (!ok.has(c)) found.push(`read ${c}`);
  }
  const text = shownText(out);
  if (!ok.has('risk') && !ok.has('appRisk') && RISK_WORDS.test(text)) found.push(`shows risk: ${RISK_WORDS.exec(text)![0]}`);
  if (!ok.has('roleAssignments') && /Directory role"/.test(text)) found.push('shows directory roles');
  // A device's or an app's accountEnabled is theirs, not a person's account state.
  const people = (url: string) => /\/(users|members|transitiveMembers)/.test(url) && !/(registered|owned)Devices|servicePrincipals/.test(url);
  if (!ok.has('accountState') && out.queries.some((q) => q.source === 'graph' && /accountEnabled/.test(q.url) && people(q.url))) found.push('selects accountEnabled of people');
  return found;
}

/** What every member of a shared conversation may read (policy README: basic directory data). */
const EVERY_MEMBER: readonly Category[] = ['directory'];
const UPN = /[^\s@'"<>()]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/;
const MFA = /\b(registered for MFA|not registered for MFA|isMfaRegistered|MFA capable|methods registered)\b/i;
const OWN_ROLES = /Your active roles|Eligible in PIM|You are eligible for/i;
const CONVERSATIONS: readonly ConversationKind[] = ['personal', 'groupChat', 'channel'];
const CATALOGUE: readonly string[] = [...new Set([...QUESTION_FAMILIES.flatMap((f) => f.examples), ...Object.values(INTENT_EXAMPLES)])].sort((a, b) => b.length - a.length);

/** What is posted in a group chat or a channel, checked against what every member may see. */
function sharedLeaks(name: IntentName, persona: Persona, out: AskOutcome, conversation: ConversationKind): string[] {
  const posting = postingFor(out, conversation);
  const { answer } = posting;
  const text = JSON.stringify(posting.disclosure === 'summary' ? { title: answer.title, summary: answer.summary } : { ...answer, sections: (answer.sections ?? []).filter((s) => s.title !== 'Not shown') })
    .split(out.question).join(' '); // the question is already posted there by the asker
  // The catalogue's example questions (help, "closest questions") are the same text in every tenant.
  const withoutExamples = CATALOGUE.reduce((t, example) => t.split(JSON.stringify(example).slice(1, -1)).join(' '), text);
  const found: string[] = [];
  if (posting.disclosure === 'full' && answer.kind !== 'denied') {
    const ok = granted(name, persona, out);
    for (const c of categoriesRead(out.queries)) {
      if (c === 'rawKql' || c === 'rawGraph') continue;
      if (!ok.has(c) || !EVERY_MEMBER.includes(c as Category)) found.push(`posted what ${c} reads in full`);
    }
  }
  for (const [what, re] of [['an address', UPN], ['an IP address', IPV4], ['risk', RISK_WORDS], ['MFA state', MFA], ['the asker\'s roles', OWN_ROLES]] as const) {
    const m = re.exec(withoutExamples);
    if (m) found.push(`posted ${what}: ${m[0]}`);
  }
  return found;
}

describe('every intent × persona × kind of conversation reads and shows only what is granted', () => {
  for (const name of INTENT_NAMES) {
    it(`${name}: "${QUESTIONS[name]}"`, async () => {
      const all: string[] = [];
      for (const persona of COLUMNS) {
        const out = await ask(persona, QUESTIONS[name]);
        for (const conversation of CONVERSATIONS) {
          const found = conversation === 'personal' ? leaks(name, persona, out) : sharedLeaks(name, persona, out, conversation);
          for (const l of found) all.push(`${name} as ${persona} in a ${conversation} chat: ${l}`);
        }
      }
      expect(all).toEqual([]);
    }, 180_000);
  }
});

describe('the routes the security review found', () => {
  it('risk is never self-service: "why can\'t I sign in" as Karita reads and shows no risk, and says so', async () => {
    const out = await ask('karita', 'why can\'t I sign in');
    expect(out.answer.kind).not.toBe('denied');
    expect(out.authorization?.by).toBe('self');
    expect(categoriesRead(out.queries).has('risk')).toBe(false);
    expect(out.queries.some((q) => q.source === 'graph' && /identityProtection/i.test(q.url))).toBe(false);
    expect(shownText(out)).not.toMatch(RISK_WORDS);
    expect(out.answer.notShown).toEqual(['risk']);
    expect(out.answer.sections?.find((s) => s.title === 'Not shown')?.bullets?.[0]).toMatch(/Security Reader or Global Reader/);
    // Her sign-ins, MFA registration and account state are hers to see.
    expect(leaks('signIns.troubleshoot', 'karita', out)).toEqual([]);
    expect(out.queries.some((q) => q.source === 'graph' && /userRegistrationDetails/.test(q.url))).toBe(true);
  });

  it('a Security Reader asking the same about Karita still sees her risk', async () => {
    const out = await ask('natasha', 'why can\'t Karita sign in');
    expect(out.queries.some((q) => q.source === 'graph' && /identityProtection\/riskyUsers/.test(q.url))).toBe(true);
    expect(out.answer.notShown).toBeUndefined();
  });

  it('app risk is not shown through app details to a member', async () => {
    const out = await ask('alain', 'Tell me more about the application Woodgrove Backup Automation');
    expect(out.answer.kind).toBe('facts');
    expect(shownText(out)).not.toMatch(/compromised|Risk"/i);
    expect(out.answer.notShown).toEqual(['appRisk']);
    const admin = await ask('natasha', 'Tell me more about the application Woodgrove Backup Automation');
    expect(shownText(admin)).toMatch(/compromised/i);
  });

  it('a service principal\'s directory roles are not shown through app permissions to a member', async () => {
    const model = runtime.model!;
    const sps = new Map(model.servicePrincipals.map((s) => [s.id, String(s['displayName'])]));
    const withRole = model.roleAssignments.map((a) => sps.get(String(a['principalId']))).find(Boolean);
    expect(withRole, 'the demo tenant has a service principal holding a directory role').toBeTruthy();
    const member = await ask('alain', `What permissions does ${withRole} have?`);
    expect(member.intent.name).toBe('app.permissions');
    expect(shownText(member)).not.toMatch(/Directory role"/);
    expect(categoriesRead(member.queries).has('roleAssignments')).toBe(false);
    expect(member.answer.notShown).toContain('roleAssignments');
    const admin = await ask('natasha', `What permissions does ${withRole} have?`);
    expect(shownText(admin)).toMatch(/Directory role"/);
  });

  it('account state is not listed by user search, "export all users" or app users for a member', async () => {
    for (const q of ['Find users in the Finance department', 'export all users', 'Who can use Salesforce?']) {
      const out = await ask('alain', q);
      expect(out.answer.kind, q).not.toBe('denied');
      expect(out.answer.columns, q).not.toContain('accountEnabled');
      expect(leaks(out.intent.name, 'alain', out), q).toEqual([]);
      expect(out.answer.notShown, q).toContain('accountState');
      const admin = await ask('diego', q);
      expect(admin.answer.columns, `${q} as Helpdesk`).toContain('accountEnabled');
    }
  });

  it('device last sign-in time is not shown to a member about someone else, but is about themselves', async () => {
    const other = await ask('alain', 'What devices does Karita have?');
    expect(other.answer.columns).not.toContain('approximateLastSignInDateTime');
    expect(other.answer.notShown).toContain('deviceActivity');
    const self = await ask('karita', 'What devices do I have?');
    expect(self.answer.notShown ?? []).not.toContain('deviceActivity');
  });

  it('a manager sees a report\'s password date but not the audit rows (audit logs are self-only)', async () => {
    const out = await ask('megan', 'When did Karita last change her password?');
    expect(out.authorization?.by).toBe('manager');
    expect(categoriesRead(out.queries).has('auditLogs')).toBe(false);
    expect(out.answer.notShown).toEqual(['auditLogs']);
    const self = await ask('karita', 'When did I last change my password?');
    expect(categoriesRead(self.queries).has('auditLogs')).toBe(true);
  });
});
