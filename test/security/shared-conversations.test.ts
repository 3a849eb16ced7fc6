/**
 * Shared conversations (issue 18): what the bot posts in a channel or a group chat carries only
 * what every member may see and nothing personal — no UPNs or mail addresses, no IP addresses, no
 * risk states, no MFA state, no names of people with their risk, not the asker's own roles — for
 * every intent's example question, asked by each of the 13 personas of the security review (the
 * Global Administrator reads everything, so every answer is full of data; the others get answers
 * cut to their rights, refusals naming their roles, guests' answers). A clarify card for a name
 * several objects share lists no directory names there. The details go 1:1 when the button is
 * pressed (test/bot/channels.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedTenantModel } from '../../src/demo/model';
import { INTENT_EXAMPLES } from '../../src/families/registry';
import { PERSONAS } from '../../src/demo/personas';
import { INTENT_NAMES } from '../../src/understanding/intent';
import { cardsOf, cardText, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';

let bot: Awaited<ReturnType<typeof startTestBot>>;
let model: GeneratedTenantModel;

beforeAll(async () => {
  bot = await startTestBot();
  model = bot.runtime.model as GeneratedTenantModel;
}, 120_000);
afterAll(async () => bot?.close());

async function postCard(question: string, conversationType: 'channel' | 'groupChat', fromAadObjectId?: string): Promise<Record<string, unknown>> {
  for (let attempt = 0; ; attempt++) {
    const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text: question, conversationType, mention: true, ...(fromAadObjectId ? { fromAadObjectId } : {}) }));
    expect(res.status).toBe(200);
    const cards = cardsOf(await res.json());
    expect(cards).toHaveLength(1);
    const text = cardText(cards[0]);
    // The KQL store is shared by every test process: while another one loads it, ask again.
    if (!/Try again/.test(text) || attempt >= 60) return cards[0]!;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function post(question: string, conversationType: 'channel' | 'groupChat', fromAadObjectId?: string): Promise<string> {
  return cardText(await postCard(question, conversationType, fromAadObjectId));
}

/** The 13 personas of the security review (test/policy/matrix.test.ts, test/security/data-reads.test.ts). */
const PERSONA_COLUMNS = ['patti', 'nestor', 'natasha', 'jason', 'adele', 'diego', 'isaiah', 'lee', 'grady', 'alain', 'megan', 'henrietta', 'guest'] as const;

function idOf(persona: (typeof PERSONA_COLUMNS)[number]): string {
  if (persona === 'guest') return model.users.filter((u) => u['userType'] === 'Guest').sort((a, b) => String(a['userPrincipalName']).localeCompare(String(b['userPrincipalName'])))[0]!.id;
  return model.users.find((u) => u['userPrincipalName'] === PERSONAS[persona].upn)!.id;
}

const UPN = /[^\s@'"<>()]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/;
const RISK = /\b(at (high|medium|low) risk|atRisk|confirmed ?compromised|riskLevel|risk level: (high|medium|low))\b/i;
const MFA = /\b(registered for MFA|not registered for MFA|isMfaRegistered|MFA capable|methods registered)\b/i;
/** The asker's own roles, active or eligible (a refusal names them in a 1:1 chat). */
const OWN_ROLES = /Your active roles|Eligible in PIM|You are eligible for/i;

/** What must not appear in the card, beyond what the asker typed in the question. */
function leaks(question: string, text: string): string[] {
  const out: string[] = [];
  const shown = text.split(question).join(' '); // the question is already posted there by the asker
  for (const [name, re] of [['UPN', UPN], ['IP address', IPV4], ['risk', RISK], ['MFA state', MFA], ['the asker\'s roles', OWN_ROLES]] as const) {
    const m = re.exec(shown);
    if (m) out.push(`${name}: ${m[0]}`);
  }
  return out;
}

describe.each(['channel', 'groupChat'] as const)('in a %s', (conversationType) => {
  for (const name of INTENT_NAMES) {
    if (name === 'help' || name === 'unknown') continue;
    it(`${name}: "${INTENT_EXAMPLES[name]}" posts nothing personal, asked by each of the 13 personas and a local request`, async () => {
      const found: string[] = [];
      await Promise.all([undefined, ...PERSONA_COLUMNS].map(async (persona) => {
        const text = await post(INTENT_EXAMPLES[name], conversationType, persona ? idOf(persona) : undefined);
        for (const l of leaks(INTENT_EXAMPLES[name], text)) found.push(`${persona ?? 'local Global Administrator'}: ${l}`);
      }));
      expect(found).toEqual([]);
    }, 180_000);
  }

  it('the review\'s cases: a risky person, sign-in IPs, break-glass, MFA registration, top users', async () => {
    const karita = model.users.find((u) => String(u['userPrincipalName']).startsWith('karita@'))!;
    for (const q of ['Is Karita a risky user?', 'Summarize Karita\'s risk', 'Why can\'t Karita sign in?', 'Show Karita\'s sign-ins',
      'Was any break-glass account used?', 'Is Karita registered for MFA?', 'Which users had the most sign-ins this week?',
      'Show me risky apps', 'Tell me more about the application Woodgrove Backup Automation']) {
      const text = await post(q, conversationType);
      expect(leaks(q, text), q).toEqual([]);
      expect(text, q).not.toMatch(new RegExp(`${String(karita['displayName'])}[^.]*\\brisk`, 'i'));
    }
  }, 120_000);

  it('the help card posted there does not mark what the asker may ask (that would tell their roles)', async () => {
    const cards = await Promise.all(PERSONA_COLUMNS.map((p) => postCard('help', conversationType, idOf(p))));
    expect(new Set(cards.map((c) => cardText(c))).size).toBe(1);
    const asked = await Promise.all(PERSONA_COLUMNS.map((p) => postCard('What can you do?', conversationType, idOf(p))));
    expect(new Set(asked.map((c) => cardText(c))).size).toBe(1);
  }, 60_000);

  it('a clarify card for a name several people share lists no directory names, and offers the choice privately', async () => {
    const byFirst = new Map<string, typeof model.users>();
    for (const u of model.users.filter((x) => x['userType'] !== 'Guest')) {
      const first = String(u['displayName']).split(' ')[0]!;
      byFirst.set(first, [...(byFirst.get(first) ?? []), u]);
    }
    const [first, people] = [...byFirst].find(([, us]) => us.length > 1)!;
    // The Global Administrator may ask both; a member may ask the first (directory data).
    for (const [q, personas] of [[`Which groups is ${first} in?`, [undefined, 'alain']], [`Tell me about ${first}`, [undefined]]] as const) {
      for (const persona of personas) {
        const card = await postCard(q, conversationType, persona ? idOf(persona) : undefined);
        const text = cardText(card).split(q).join(' ');
        for (const p of people) {
          expect(text, `${q}: ${String(p['displayName'])}`).not.toContain(String(p['displayName']));
          expect(text, q).not.toContain(String(p['userPrincipalName']));
        }
        expect(text, q).not.toMatch(/\b\d+ users? match/);
        expect(JSON.stringify(card), q).toContain('"verb":"private"');
      }
    }
  }, 60_000);
});
