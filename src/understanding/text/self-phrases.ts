import type { Token } from './tokenize';
import { joinedWords } from './tokenize';

/**
 * The asker named in the third person ("the current user", "the currently logged in user",
 * "the signed-in user", "the current account"): read as "me" ("I" before its verb: "groups the
 * current user is a member of" → "groups I am a member of"), so that "eligible roles for the
 * current user" is the asker's roles, as "my eligible roles" is.
 *
 * Matched on the tokens' normalised words, where "signed in" / "logged in" are one token
 * (`signin`, `login`). "the user" alone stays a reference to the conversation's subject.
 */
const SELF = /(?:^| )((?:the )?(?:(?:current|currently) (?:(?:signin|login|logged|signed|authenticated) )?|(?:the )(?:signin|login|authenticated) )(?:user|account|person))(?= |$)/g;

/** The verb after the phrase, in the first person. */
const FIRST_PERSON: Readonly<Record<string, string>> = { is: 'am', has: 'have', was: 'was', does: 'do', did: 'did', can: 'can', should: 'should' };

/** The tokens with each phrase for the asker replaced by one token `me`. Pure. */
export function replaceSelfPhrases(tokens: readonly Token[]): Token[] {
  if (!tokens.some((t) => t.norm === 'current' || t.norm === 'currently' || t.norm === 'signin' || t.norm === 'login' || t.norm === 'authenticated' || t.norm === 'logged')) return [...tokens];
  const { flat, startOf } = joinedWords(tokens);
  const out: Token[] = [];
  let next = 0;
  for (const m of flat.matchAll(SELF)) {
    const from = (m.index ?? 0) + (m[0].startsWith(' ') ? 1 : 0);
    const to = (m.index ?? 0) + m[0].length;
    const first = startOf.findIndex((s) => s === from);
    let last = first;
    while (last + 1 < tokens.length && startOf[last + 1]! < to) last += 1;
    if (first < next || first < 0) continue;
    out.push(...tokens.slice(next, first));
    const a = tokens[first]!;
    const b = tokens[last]!;
    // As the subject ("groups the current user is a member of"): "I am", as the asker would say it.
    // Or asked ("which groups is the current user a member of" → "which groups am I a member of").
    const before = out[out.length - 1];
    const asked = before !== undefined && first > 0 ? FIRST_PERSON[before.norm] : undefined;
    if (before !== undefined && asked !== undefined) out[out.length - 1] = { ...before, norm: asked };
    const verb = asked === undefined ? tokens[last + 1] : undefined;
    const firstPerson = verb !== undefined ? FIRST_PERSON[verb.norm] : undefined;
    out.push({ text: 'me', norm: firstPerson !== undefined || asked !== undefined ? 'i' : 'me', start: a.start, end: b.end, kind: 'word' });
    if (verb !== undefined && firstPerson !== undefined) {
      out.push({ ...verb, norm: firstPerson });
      next = last + 2;
    } else next = last + 1;
  }
  out.push(...tokens.slice(next));
  return out;
}

/** People of the tenant ("my users", "our admins", "my guest users"): the tenant's, as "my tenant" is. */
const COLLECTIVE = new Set(['users', 'people', 'employees', 'staff', 'admins', 'administrators', 'guests', 'identities', 'workforce', 'personnel',
  // "my test CA policies", "our conditional access policies": the tenant's policies (a policy applies to people, no one holds it).
  'policies']);
/** The tenant itself ("in my tenant", "my directory", "our organization"): never the asker. */
const TENANT_NOUNS = new Set(['tenant', 'tenants', 'directory', 'organization', 'organisation', 'org', 'environment', 'company', 'domain', 'entra', 'aad']);
const QUALIFIERS = new Set(['guest', 'external', 'admin', 'privileged', 'internal', 'member', 'cloud', 'synced', 'active', 'inactive', 'new', 'remote', 'b2b', 'global', 'end', 'ca', 'conditional', 'access', 'test']);

/**
 * "What authentication methods do my users have", "sign-ins of our admins", "deleted groups in my
 * directory", "my test CA policies": the tenant's possessive, not the asker's ("my groups", "my apps", "my team" stay the asker's). "my" / "our"
 * before such a noun (after at most two qualifiers) reads as "the". Pure.
 */
export function replaceTenantPossessives(tokens: readonly Token[]): Token[] {
  if (!tokens.some((t) => t.norm === 'my' || t.norm === 'our')) return [...tokens];
  return tokens.map((t, i) => {
    if (t.norm !== 'my' && t.norm !== 'our') return t;
    let k = i + 1;
    while (k < tokens.length && k <= i + 2 && QUALIFIERS.has(tokens[k]!.norm)) k += 1;
    const noun = tokens[k]?.norm ?? '';
    return COLLECTIVE.has(noun) || (k === i + 1 && TENANT_NOUNS.has(noun)) ? { ...t, norm: 'the' } : t;
  });
}
