/**
 * Topics Entra Ask does not read, recognised by their own words so that a question about them
 * gets `unknown` ("I can't answer that here") instead of the nearest family's data: provisioning
 * logs, Entra recommendations and Secure Score, health alerts and SLA, lifecycle workflows,
 * access reviews, device inventory, network traffic, Exchange / SharePoint / Intune / Azure
 * resources and billing, tenant-wide authentication-method settings, DNS, connected
 * organizations, the Conditional Access agent's suggestions.
 *
 * Runs on the question's words with the tenant's names replaced by @user, @app… (unknown words
 * stay words), so an app called "Office 365 Exchange Online" is not the Exchange topic.
 */
import type { Analysis } from '../analysis/analyse';
import { placeholder } from '../analysis/mention';
import { INDEFINITE_NOUN_WORDS } from '../analysis/refs';
import { PRODUCT_QUESTIONS } from './question-form';
import { LOG_QUESTIONS } from './log-behaviour';
import { DEVICES_SIGNING_IN, SIGN_IN_WORDS, SINGLE_SIGN_ON, TENANT_POSSESSIVE, TOPICS } from './out-of-scope-topics';

/**
 * An unknown name that may be a person: read as a user's name, or two or more capitalised words ("Lee Majors"). A single
 * unknown word ("Oops", "PC", "B2B") is a product term or a quoted message more often than a person.
 */
export function isPersonLikeName(m: Analysis['mentions'][number]): boolean {
  if (m.kind !== 'name') return false;
  return m.hint === 'user' || /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+$/.test(m.text);
}

/** The words with the tenant's names (not unknown words) replaced by their placeholders. */
function maskedWords(a: Pick<Analysis, 'words' | 'mentions'>, indefiniteAsWords = false, itAsWord = false): string {
  const out = [...a.words];
  for (const m of a.mentions) {
    if (m.kind === 'name' || m.kind === 'time' || m.kind === 'number') continue;
    // With nothing in the conversation to point at, "it", "they", "their" refer to nothing of the tenant.
    if (itAsWord && m.kind === 'ref' && m.ref === 'any') continue;
    // "a user", "an account": anyone, not the person the conversation is about.
    if (indefiniteAsWords && m.kind === 'ref' && (a.words[m.start] === 'a' || a.words[m.start] === 'an')) continue;
    out[m.start] = placeholder(m);
    // "a Hybrid user", "a cloud only user": the words that describe one unnamed object stay words ("hybrid" is no person).
    const described = m.kind === 'ref' && (a.words[m.start] === 'a' || a.words[m.start] === 'an');
    for (let i = m.start + 1; i < m.end; i += 1) out[i] = described && !INDEFINITE_NOUN_WORDS.has(a.words[i]!) ? a.words[i]! : '';
  }
  return ` ${out.filter((w) => w !== '').join(' ')} `;
}

/** The forms of question (`question-form.ts`), which a message's last sentence may have alone. */
const FORMS: ReadonlySet<object> = new Set([...PRODUCT_QUESTIONS, ...LOG_QUESTIONS]);

/**
 * The token where a message of several sentences starts its last one ("… directories. How do I switch…?"); 0 for one
 * sentence. A full stop inside a word ("woodgrovebank.com", "v1.0") ends no sentence.
 */
function lastSentenceStart(a: Partial<Pick<Analysis, 'tokens' | 'text'>>): number {
  if (a.tokens === undefined || a.text === undefined) return 0;
  let cut = -1;
  for (const m of a.text.matchAll(/[.!?]["'”’)]*(?=\s+\S)/g)) cut = m.index;
  if (cut < 0) return 0;
  const i = a.tokens.findIndex((t) => t.start > cut);
  return i < 0 ? 0 : i;
}

/**
 * The out-of-scope topic the question is about, or undefined. `personInContext`: the conversation
 * is about a person, so "what devices?" means theirs. `referents`: the conversation holds something
 * "it", "they", "their" can point at (else they are plain words: "What is the P2P Server application
 * and why is it registered in my tenant?").
 */
export function outOfScopeTopic(a: Pick<Analysis, 'words' | 'mentions'> & Partial<Pick<Analysis, 'tokens' | 'text'>>, personInContext = false, referents = true): string | undefined {
  const flat = maskedWords(a, false, !referents);
  // "I manage several directories. How do I switch to the one that has P2?": a question's form is its last sentence's.
  const start = lastSentenceStart(a);
  const last = start === 0 ? undefined : { words: a.words.slice(start), mentions: a.mentions.filter((m) => m.start >= start).map((m) => ({ ...m, start: m.start - start, end: m.end - start })) };
  // "in my tenant", "our organization": the tenant's possessive, not a person's ("my devices").
  const personal = flat.replace(TENANT_POSSESSIVE, ' the tenant ');
  // With "a user", "an account" read as words (for topics about anyone); the same words when the question has no such reference.
  const anyIndefinite = a.mentions.some((m) => m.kind === 'ref' && (a.words[m.start] === 'a' || a.words[m.start] === 'an'));
  let indefinite: string | undefined = anyIndefinite ? undefined : personal;
  let anyFlat: string | undefined = anyIndefinite ? undefined : flat;
  const lastFlat: (string | undefined)[] = [];
  const lastWords = (anyone: boolean): string => (lastFlat[anyone ? 1 : 0] ??= maskedWords(last!, anyone, !referents));
  for (const t of TOPICS) {
    if (t.topic === 'device inventory' && personInContext) continue;
    // "What is a service principal?": for topics about anyone, "a user", "an app" are words, not a placeholder.
    if (!t.words.test(t.anyone === true ? (anyFlat ??= maskedWords(a, true, !referents)) : flat)
      && !(last !== undefined && FORMS.has(t) && t.words.test(lastWords(t.anyone === true)))) continue;
    // Topics that step aside for a named person do not for "a user" (anyone): "Why is a user at risk?".
    if (t.unless !== undefined && t.unless.test(t.unlessName === true || t.anyone === true ? (indefinite ??= maskedWords(a, true, !referents).replace(TENANT_POSSESSIVE, ' the tenant ')) : personal)) continue;
    if ((t.unlessName === true || t.unlessPerson === true) && a.mentions.some(isPersonLikeName)) continue;
    // "has single sign-on state": a device's property, not a sign-in.
    if (t.topic === 'device inventory' && SIGN_IN_WORDS.test(flat.replace(SINGLE_SIGN_ON, ' ')) && !DEVICES_SIGNING_IN.test(flat)) continue;
    return t.topic;
  }
  return undefined;
}
