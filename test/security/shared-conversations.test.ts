/**
 * Shared conversations (issue 18): what the bot posts in a channel or a group chat carries only
 * what every member may see and nothing personal — no UPNs or mail addresses, no IP addresses, no
 * risk states, no MFA state, no names of people with their risk — for every intent's example
 * question, asked by the Global Administrator (who may read everything, so every answer is full
 * of data). The details go 1:1 when the button is pressed (test/bot/channels.test.ts).
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

async function post(question: string, conversationType: 'channel' | 'groupChat', fromAadObjectId?: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text: question, conversationType, mention: true, ...(fromAadObjectId ? { fromAadObjectId } : {}) }));
    expect(res.status).toBe(200);
    const cards = cardsOf(await res.json());
    expect(cards).toHaveLength(1);
    const text = cardText(cards[0]);
    // The KQL store is shared by every test process: while another one loads it, ask again.
    if (!/Try again/.test(text) || attempt >= 60) return text;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const UPN = /[^\s@'"<>()]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/;
const RISK = /\b(at (high|medium|low) risk|atRisk|confirmed ?compromised|riskLevel|risk level: (high|medium|low))\b/i;
const MFA = /\b(registered for MFA|not registered for MFA|isMfaRegistered|MFA capable|methods registered)\b/i;

/** What must not appear in the card, beyond what the asker typed in the question. */
function leaks(question: string, text: string): string[] {
  const out: string[] = [];
  const shown = text.split(question).join(' '); // the question is already posted there by the asker
  for (const [name, re] of [['UPN', UPN], ['IP address', IPV4], ['risk', RISK], ['MFA state', MFA]] as const) {
    const m = re.exec(shown);
    if (m) out.push(`${name}: ${m[0]}`);
  }
  return out;
}

describe.each(['channel', 'groupChat'] as const)('in a %s', (conversationType) => {
  for (const name of INTENT_NAMES) {
    if (name === 'help' || name === 'unknown') continue;
    it(`${name}: "${INTENT_EXAMPLES[name]}" posts nothing personal, asked by the Global Administrator, a Security Reader, a Helpdesk Administrator and a member`, async () => {
      for (const persona of [undefined, 'natasha', 'diego', 'alain'] as const) {
        const id = persona ? model.users.find((u) => u['userPrincipalName'] === PERSONAS[persona].upn)!.id : undefined;
        const text = await post(INTENT_EXAMPLES[name], conversationType, id);
        expect(leaks(INTENT_EXAMPLES[name], text), persona ?? 'local Global Administrator').toEqual([]);
      }
    }, 120_000);
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
});
