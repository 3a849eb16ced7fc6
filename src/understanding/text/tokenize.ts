/** One token of a question, with its place in the original text. */
export interface Token {
  /** The text as typed. */
  readonly text: string;
  /** Lower-cased, possessive "'s" removed. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** The word was followed by "'s" (Karita's). */
  readonly possessive?: boolean;
}

export type TokenKind = 'word' | 'number' | 'email' | 'guid' | 'ip' | 'isodate' | 'time' | 'symbol';

/** The kinds of token and their patterns, tried in this order at each position. */
const TOKEN_PATTERNS: readonly (readonly [TokenKind, string])[] = [
  ['email', "[A-Za-z0-9._%+-][A-Za-z0-9._%+'-]*@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"],
  ['guid', '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'],
  ['ip', '\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b'],
  ['isodate', '\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?)?\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b'],
  ['time', '\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)\\b|\\b\\d{1,2}:\\d{2}\\b'],
  ['number', '\\d+(?:[.,]\\d+)?(?:st|nd|rd|th|h|d|m)?\\b'],
  ['word', "[A-Za-z\\u00C0-\\u024F][A-Za-z0-9\\u00C0-\\u024F]*(?:['\\u2019][A-Za-z]+)?"],
  ['symbol', '[^\\sA-Za-z0-9]'],
];

/**
 * One capturing group per kind, in TOKEN_PATTERNS' order (the patterns' own groups do not capture): a match's kind is its
 * first group that matched. Unnamed, so that no object of named groups is made for each token.
 */
const TOKEN_RE = new RegExp(TOKEN_PATTERNS.map(([, pattern]) => `(${pattern})`).join('|'), 'giu');

/**
 * A property name in lower camel case ("displayName", "userPrincipalName", "signInActivity"), as Graph's documentation and
 * query names write them: at least two lower-case letters, then capitalised words. "iPhone", "eBay" and CamelCase
 * identifiers that start with a capital (error names, "McDonald") are not split.
 */
const PROPERTY_NAME = /^[a-z]{2,}(?:[A-Z][a-z]+)+$/;

/** "who's" is "who is", not a possessive. */
const IS_CONTRACTIONS: ReadonlySet<string> = new Set(['who', 'what', 'where', 'when', 'why', 'how', 'that', 'there', 'it', 'here', 'he', 'she', 'whats', 'whos']);

/** Splits a question into tokens. Pure; spans point into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group += 1;
    const kind = TOKEN_PATTERNS[group - 1]?.[0] ?? 'symbol';
    const raw = m[0];
    const start = m.index ?? 0;
    let norm = raw.toLowerCase();
    let possessive = false;
    if (kind === 'word') {
      norm = norm.replace(/\u2019/g, "'");
      if (norm.endsWith("'s")) {
        norm = norm.slice(0, -2);
        possessive = true;
      } else if (norm.endsWith("'")) {
        norm = norm.slice(0, -1);
      }
      norm = norm.replace(/n't$/, 'nt').replace(/'(re|ve|ll|d|m)$/, '');
    }
    if (possessive && IS_CONTRACTIONS.has(norm)) {
      tokens.push({ text: raw.slice(0, -2), norm, start, end: start + raw.length - 2, kind });
      tokens.push({ text: raw.slice(-2), norm: 'is', start: start + raw.length - 2, end: start + raw.length, kind });
      continue;
    }
    if (kind === 'word' && PROPERTY_NAME.test(raw)) {
      // "displayName", "appDisplayName", "initiatedBy", "deletedDateTime": a Graph property's name is its words.
      for (const part of raw.matchAll(/[A-Z]?[a-z]+/g)) {
        const at = start + (part.index ?? 0);
        tokens.push({ text: part[0], norm: part[0].toLowerCase(), start: at, end: at + part[0].length, kind });
      }
      continue;
    }
    tokens.push({ text: raw, norm, start, end: start + raw.length, kind, ...(possessive ? { possessive } : {}) });
  }
  return mergeSignIn(tokens);
}

const SIGN_VERBS: Readonly<Record<string, string>> = {
  sign: 'signin', signed: 'signin', signing: 'signin', signs: 'signin', log: 'login', logged: 'login', logging: 'login', logs: 'login',
};

/**
 * Before "logs in", a subject or an adverb of frequency makes it the verb ("who logs in the most", "Karita logs on", "the user
 * rarely logs in"); else "logs" is the noun ("audit logs in the last week").
 */
const LOGS_VERB_AFTER: ReadonlySet<string> = new Set([
  'who', 'whoever', 'someone', 'anyone', 'everyone', 'nobody', 'user', 'person', 'he', 'she', 'it', 'that', 'which', 'never', 'often', 'always', 'rarely',
  'usually', 'frequently', 'normally', 'also', 'still', 'only', 'first', 'actually', 'ever', 'regularly', 'typically',
]);

/** "sign in", "sign-ins", "logged in", "log-on", "signing into" → one token `signin` / `signins` / `login`. */
function mergeSignIn(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const base = t.kind === 'word' ? SIGN_VERBS[t.norm] : undefined;
    const prev = tokens[i - 1];
    if (base !== undefined && (t.norm !== 'logs' || (prev !== undefined && (LOGS_VERB_AFTER.has(prev.norm) || /^[A-Z][a-z]/.test(prev.text))))) {
      const dash = tokens[i + 1]?.norm === '-' ? 1 : 0;
      const next = tokens[i + 1 + dash];
      // "signing into", "logging onto": the same sign-in ("What is Alain signing into").
      if (next !== undefined && next.kind === 'word' && /^(in|ins|on|ons|into|onto)$/.test(next.norm) && next.start - t.end <= 1) {
        const plural = /^(ins|ons)$/.test(next.norm) ? 's' : '';
        out.push({ text: `${t.text}${dash ? '-' : ' '}${next.text}`, norm: `${base}${plural}`, start: t.start, end: next.end, kind: 'word', ...(next.possessive === true ? { possessive: true } : {}) });
        i += 1 + dash;
        continue;
      }
    }
    // "the user lastlogon info", "LastLogonDate", "lastlogintime": the last sign-in written as one word (any case).
    const last = t.kind === 'word' ? LAST_SIGN_IN.exec(t.norm) : null;
    if (last !== null) {
      const parts: [norm: string, length: number][] = [['last', 4], [ONE_WORD_SIGN_INS[last[1]!] ?? last[1]!, last[1]!.length], ...(last[2] !== undefined ? [[last[2], last[2].length] as [string, number]] : [])];
      let at = t.start;
      for (const [norm, length] of parts) {
        out.push({ text: t.text.slice(at - t.start, at - t.start + length), norm, start: at, end: at + length, kind: 'word' });
        at += length;
      }
      continue;
    }
    // "logon events", "signon": the same words written as one.
    const single = t.kind === 'word' ? ONE_WORD_SIGN_INS[t.norm] : undefined;
    out.push(single !== undefined ? { ...t, norm: single } : t);
  }
  return out;
}

/** The first word of a written-out multifactor authentication ("multi-factor", "two factor", "2-step"). */
const MFA_FIRST = /^(?:multi|two|2|dual)$/;
const MFA_SECOND = /^(?:factor|step|fa)$/;
const MFA_ONE_WORD = /^(?:multifactor|twofactor|2fa|2sv|twostep|multistep)$/;
const MFA_NOUN = /^(?:authentication|auth|verification|authn)$/;

/**
 * "2FA", "two-factor authentication", "multi-factor auth", "2-step verification", "multifactor authentication" → one token
 * `mfa`, the word every recogniser reads: written out, "users without multi-factor authentication" read as sign-ins
 * without it, "2FA failures" (tokenised as "fa") as MFA registration. `text` is the question the tokens come from.
 */
export function mergeMfa(tokens: Token[], text: string): Token[] {
  if (!tokens.some((t) => t.norm === 'fa' || MFA_SECOND.test(t.norm) || MFA_ONE_WORD.test(t.norm))) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    let end = -1;
    if (t.kind === 'word' && MFA_ONE_WORD.test(t.norm)) end = i;
    else if (t.norm === 'fa' && t.kind === 'word' && text[t.start - 1] === '2') end = i;
    else if (MFA_FIRST.test(t.norm)) {
      const dash = tokens[i + 1]?.norm === '-' ? 1 : 0;
      const second = tokens[i + 1 + dash];
      if (second !== undefined && MFA_SECOND.test(second.norm) && second.start - t.end <= 1) end = i + 1 + dash;
    }
    if (end < 0) { out.push(t); continue; }
    if (tokens[end + 1] !== undefined && MFA_NOUN.test(tokens[end + 1]!.norm)) end += 1;
    // "Multi-Factor Authentication (MFA)": the abbreviation after it is the same word.
    if (tokens[end + 1]?.norm === '(' && /^(?:mfa|fa)$/.test(tokens[end + 2]?.norm ?? '') && tokens[end + 3]?.norm === ')') end += 3;
    const last = tokens[end]!;
    const start = t.norm === 'fa' && text[t.start - 1] === '2' ? t.start - 1 : t.start;
    out.push({ text: text.slice(start, last.end), norm: 'mfa', start, end: last.end, kind: 'word', ...(last.possessive === true ? { possessive: true } : {}) });
    i = end;
  }
  return out;
}

const ONE_WORD_SIGN_INS: Readonly<Record<string, string>> = { logon: 'login', logons: 'logins', signon: 'signin', signons: 'signins' };
const LAST_SIGN_IN = /^last(logon|login|signin|signon)(date|time|timestamp|datetime)?$/;

/** A property or cmdlet-style identifier: "assignedLicense", "signInActivity", "TenantId", "UserPrincipalName". */
const IDENTIFIER = /^(?:[a-z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+)+$/;

/** An object's id written as one word in any case ("tenantid", "tenantID", "ObjectId", "userid"). */
const ID_SUFFIXED = /^(?:tenant|object|user|app|application|client|group|directory|device|correlation|request|session|principal|role|resource)id$/i;

/** Whether a word is an object's id written as one word ("tenantid"): split whatever else knows it whole. */
export function isIdWord(word: string): boolean {
  return ID_SUFFIXED.test(word);
}

/**
 * Identifiers written as one word split into their words ("GET assignedLicense" → "get assigned license", "how do I find
 * the TenantId" → "tenant id"; "signInActivity" → "signin activity"), unless `keepWhole` says the word is a name or a word
 * as it stands ("LinkedIn" as an app, "BlockedByConditionalAccess" beside its code). Spans point into the original word.
 */
export function splitIdentifiers(tokens: readonly Token[], keepWhole: (t: Token, i: number) => boolean): Token[] {
  const splits = (t: Token): boolean => t.kind === 'word' && (IDENTIFIER.test(t.text) || ID_SUFFIXED.test(t.text));
  if (!tokens.some(splits)) return [...tokens];
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    if (!splits(t) || t.possessive === true || keepWhole(t, i)) { out.push(t); return; }
    for (const m of t.text.matchAll(ID_SUFFIXED.test(t.text) ? /^[a-z]+(?=id$)|id$/gi : /[A-Z]?[a-z]+/g)) {
      const start = t.start + (m.index ?? 0);
      // In lower case: the capitals of an identifier are its word breaks, not a name's.
      out.push({ text: m[0].toLowerCase(), norm: m[0].toLowerCase(), start, end: start + m[0].length, kind: 'word' });
    }
  });
  return mergeSignIn(out);
}

/**
 * The tokens' normalised words joined by single spaces, for matching phrases over them, with where each token starts in
 * that text. Tokens that are not words (nor numbers, when `numbers`) are a NUL character, which no phrase matches.
 */
export function joinedWords(tokens: readonly Token[], numbers = false): { readonly flat: string; readonly startOf: readonly number[] } {
  let flat = '';
  const startOf: number[] = [];
  tokens.forEach((t, i) => {
    if (i > 0) flat += ' ';
    startOf.push(flat.length);
    flat += t.kind === 'word' || (numbers && t.kind === 'number') ? t.norm : '\u0000';
  });
  return { flat, startOf };
}
