/**
 * How much everyday wording around a question changes what is understood: every question of the real-world tune part (never
 * the frozen split) that is understood right is asked again with a wrapper around it ("Hi, …",
 * "Can you tell me …", "I'm new to this. …", "… Thanks!"), and the readings (intent and slots) that change are counted per
 * wrapper. A changed reading is a question that the same person, asking the same thing more politely, would get another
 * answer to. `npm run report:robustness [-- <wrapper> [--list]]` (a wrapper's name lists its changed readings).
 * The wrappers are the project's, not people's: the count says where the parser is brittle, it is no accuracy figure.
 */
import { understand } from '../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from '../test/understanding/fixtures/demo-gazetteer';
import { evaluateRealWorld, loadRealWorldSet } from '../test/understanding/real-world/real-world-set';

const tune = evaluateRealWorld(loadRealWorldSet().filter((c) => c.split === 'tune'), DEMO_GAZETTEER, DEMO_NOW);
const understood = tune.results.filter((r) => r.intentOk && r.wrongSlots.length === 0).map((r) => ({ question: r.case.question, got: r.got }));

const firstLower = (q: string): string => (/^[A-Z][a-z]/.test(q) ? q[0]!.toLowerCase() + q.slice(1) : q);
const bare = (q: string): string => q.replace(/[?.!]+\s*$/, '');
const keepMark = (q: string, tail: string): string => `${bare(q)}${tail}${/\?\s*$/.test(q) ? '?' : ''}`;
const swap = (q: string, re: RegExp, by: string): string | undefined => (re.test(q) ? q.replace(re, by) : undefined);
const isRequest = (q: string): boolean => /^(show|list|get|find|give|display|pull|retrieve|return|report|check|identify|fetch|view|export|search|enumerate|count|summari[sz]e|tell)\b/i.test(q);
const isWhQuestion = (q: string): boolean => /^(who|what|which|when|where|how|why)\b/i.test(q);

/** Each wrapper: the question around it, or undefined where it would not be English (a request in "Can you tell me …"). */
const WRAPPERS: Readonly<Record<string, (q: string) => string | undefined>> = {
  'Hi, …': (q) => `Hi, ${firstLower(q)}`,
  '… Thanks!': (q) => `${q.trimEnd()} Thanks!`,
  '… please': (q) => keepMark(q, ' please'),
  'Quick question: …': (q) => `Quick question: ${firstLower(q)}`,
  'Entra ID: …': (q) => `Entra ID: ${q}`,
  '… ASAP': (q) => `${bare(q)} ASAP`,
  '… for audit purposes': (q) => keepMark(q, ' for audit purposes'),
  'Can you tell me <wh-question>': (q) => (isWhQuestion(q) ? `Can you tell me ${firstLower(bare(q))}?` : undefined),
  "I'd like to know <wh-question>": (q) => (isWhQuestion(q) ? `I'd like to know ${firstLower(bare(q))}.` : undefined),
  'Our security team wants to know <wh-question>': (q) => (isWhQuestion(q) ? `Our security team wants to know ${firstLower(bare(q))}.` : undefined),
  'Could you <request>?': (q) => (isRequest(q) ? `Could you ${firstLower(bare(q))}?` : undefined),
  'How do I <request>?': (q) => (isRequest(q) ? `How do I ${firstLower(bare(q))}?` : undefined),
  'Is it possible to <request>?': (q) => (isRequest(q) ? `Is it possible to ${firstLower(bare(q))}?` : undefined),
  "What's the best way to <request>?": (q) => (isRequest(q) ? `What's the best way to ${firstLower(bare(q))}?` : undefined),
  "I'm trying to <request>": (q) => (isRequest(q) ? `I'm trying to ${firstLower(q)}` : undefined),
  'My manager asked me to <request>': (q) => (isRequest(q) ? `My manager asked me to ${firstLower(q)}` : undefined),
  "I'm new to this. …": (q) => `I'm new to this. ${q}`,
  'I am the helpdesk admin here. …': (q) => `I am the helpdesk admin here. ${q}`,
  '… I am the helpdesk admin here.': (q) => `${q.trimEnd()}${/[.?!]$/.test(q.trim()) ? '' : '.'} I am the helpdesk admin here.`,
  'In our tenant, …': (q) => `In our tenant, ${firstLower(q)}`,
  '… in my tenant': (q) => keepMark(q, ' in my tenant'),
  '… for our organization': (q) => keepMark(q, ' for our organization'),
  '… in our org': (q) => keepMark(q, ' in our org'),
  '… across our environment': (q) => keepMark(q, ' across our environment'),
  '… in Entra ID': (q) => keepMark(q, ' in Entra ID'),
  '… in Azure AD': (q) => keepMark(q, ' in Azure AD'),
  'all lower case': (q) => q.toLowerCase(),
  // Everyday words for the families' own, one swapped (undefined where the question lacks the word).
  '2FA for MFA': (q) => swap(q, /\bMFA\b/, '2FA'),
  'multi-factor authentication for MFA': (q) => swap(q, /\bMFA\b/, 'multi-factor authentication'),
  'identities for users': (q) => swap(q, /\busers\b/, 'identities'),
  'employees for users': (q) => swap(q, /\busers\b/, 'employees'),
  'enumerate for list': (q) => swap(q, /^List\b/, 'Enumerate'),
  // A typing slip: one letter left out of a word of six letters or more (which word and letter: a hash of the question).
  'one letter left out': (q) => {
    const words = q.split(' ');
    let h = 0;
    for (const c of q) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{6,}$/.test(w));
    if (long.length === 0) return undefined;
    const [w, i] = long[h % long.length]!;
    const k = 1 + (h % (w.length - 2));
    words[i] = w.slice(0, k) + w.slice(k + 1);
    return words.join(' ');
  },
};

const [only] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const list = process.argv.includes('--list') || only !== undefined;
const reading = (i: { name: string; slots: unknown }): string => JSON.stringify([i.name, i.slots]);
console.log(`${understood.length} tune questions understood right (intent and slots), each asked again with a wrapper:`);
for (const [name, wrap] of Object.entries(WRAPPERS)) {
  if (only !== undefined && name !== only) continue;
  let asked = 0;
  const changed: string[] = [];
  for (const u of understood) {
    const wrapped = wrap(u.question);
    if (wrapped === undefined) continue;
    asked += 1;
    const got = understand(wrapped, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
    if (reading(got) !== reading(u.got)) changed.push(`    ${JSON.stringify(wrapped)} → ${got.name} ${JSON.stringify(got.slots)} (was ${u.got.name} ${JSON.stringify(u.got.slots)})`);
  }
  console.log(`  ${name.padEnd(48)} ${String(changed.length).padStart(4)} of ${asked} readings changed`);
  if (list) for (const line of changed) console.log(line);
}
