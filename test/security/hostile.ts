/** Hostile names for the injection tests: what an attacker (or an unlucky surname) would type. */
import fc from 'fast-check';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const HOSTILE_FRAGMENTS = [
  "'", '"', "''", "' or 1 eq 1", "') or ('a' eq 'a", "x' or startswith(displayName,'", 'or 1 eq 1', ' or 1 eq 1 ', '|', ';', '\n', '\r\n', '\t',
  '\u0000', '\u2019', '\uFF07', '\u02BC', '\u201C', '\uFF02', '\u200F', '\u202E', '\u200E', '%27', '%2527', '&', '&$filter=', '#', '+', '=', '?', '/',
  '\\', '\\"', '$top=1', ' eq ', '(', ')', ',', '//', '/*', '*/', '.drop table SigninLogs', '" | take 1 //', '"; .drop table X', "cluster('x')",
  '`', '@"', '😀', 'é', 'ß', 'İ', '\uD800', 'OR 1=1 --', "'; DROP TABLE users; --", '$1', '?::text',
];

/**
 * Country names and two-letter codes are not free text: questions.md's `country` slot takes a
 * country ("from Brazil"), Graph's `countryOrRegion` holds the ISO 3166 code, so the planner
 * replaces a recognised country by its code or name. Such a value ("ac", "va", "co") cannot carry
 * syntax, and it is not where the plain name was, so it is no hostile name: left out. Checked
 * with ICU's region names directly (not the planner's own lookup).
 */
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });
const REGION_NAMES = new Set<string>();
for (let i = 0; i < 26; i++) {
  for (let j = 0; j < 26; j++) {
    const code = String.fromCharCode(65 + i, 65 + j);
    const name = REGIONS.of(code);
    if (name && name !== code) REGION_NAMES.add(name.toLowerCase());
  }
}
function isCountry(s: string): boolean {
  return /^[a-z]{2}$/i.test(s) || REGION_NAMES.has(s.toLowerCase());
}

/** Hostile values, trimmed as slot resolution trims them, never empty, `me`, a GUID or a dot segment. */
export const hostile: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS), { minLength: 1, maxLength: 8 }).map((p) => `Zq${p.join('x')}`) },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ unit: 'binary', maxLength: 5 })), { minLength: 1, maxLength: 8 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom("x' or 1 eq 1 or displayName eq '", "') or ('a' eq 'a", "O'Brien", 'Zoë “Q” O’Hara', 'ア\u200Fb\u202Ec') },
).map((s) => s.trim()).filter((s) => s !== '' && s.toLowerCase() !== 'me' && !GUID.test(s) && !/^(\.|%2e)+$/i.test(s) && !isCountry(s));

