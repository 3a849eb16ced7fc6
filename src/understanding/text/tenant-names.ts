import type { Token } from './tokenize';
import { PATTERN_BEFORE } from './match-values';

/**
 * The tenant named by its own names: a DNS domain ("woodgrovebank.com", "contoso.onmicrosoft.com")
 * or the organisation's name written as its domain's first label ("Woodgrove Bank" for
 * woodgrovebank.com). Such a name is the tenant (tenant.details: "List details of
 * woodgrovebank.com", Graph `GET /domains/{id}`), never a person, group or app taken from the
 * words. Another domain is still a domain, not an object's name.
 */

/** Top-level domains that end a domain name typed in a question. */
const TLDS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'io', 'gov', 'edu', 'biz', 'info', 'co', 'uk', 'de', 'fr', 'nl', 'be', 'ch', 'at', 'fi', 'se', 'no', 'dk', 'es', 'it', 'pt', 'br', 'au', 'nz', 'ca', 'us', 'in', 'jp', 'cn', 'onmicrosoft', 'local', 'cloud', 'app', 'dev']);

/** The tenant's domains, from its users' sign-in names (the part after "@"). */
export function tenantDomainsOf(upns: readonly string[]): string[] {
  return [...new Set(upns.map((u) => u.slice(u.lastIndexOf('@') + 1).toLowerCase()).filter((d) => d.includes('.')))];
}

const token = (from: Token, to: Token, norm: string): Token => ({ text: from.text, norm, start: from.start, end: to.end, kind: 'word' });

/**
 * The tokens (symbols still in) with each domain name replaced by one word: `tenant` when it is
 * one of the tenant's domains, else `domain`; and the organisation's name (one to three
 * capitalised words spelling a tenant domain's first label, not followed by another capitalised
 * word) by `tenant`. Pure.
 */
export function replaceTenantNames(tokens: readonly Token[], tenantDomains: readonly string[]): Token[] {
  const labels = new Set(tenantDomains.map((d) => d.split('.')[0]!).filter((l) => l.length >= 4));
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      // word(.word)+ with no spaces, ending in a top-level domain.
      let j = i;
      while (j + 2 < tokens.length && tokens[j + 1]!.text === '.' && tokens[j + 1]!.start === tokens[j]!.end && tokens[j + 2]!.start === tokens[j + 1]!.end && tokens[j + 2]!.kind === 'word') j += 2;
      if (j > i && TLDS.has(tokens[j]!.norm)) {
        const name = tokens.slice(i, j + 1).filter((x) => x.kind === 'word').map((x) => x.norm).join('.');
        // "mail ending with 'microsoft.com'": a value addresses are matched against, not the tenant or a domain asked about.
        const before = tokens.slice(0, i).filter((x) => x.kind === 'word').slice(-5).map((x) => x.norm);
        out.push(token(t, tokens[j]!, PATTERN_BEFORE.test(` ${before.join(' ')} `) ? name : tenantDomains.includes(name) ? 'tenant' : 'domain'));
        i = j;
        continue;
      }
      if (labels.size > 0 && /^[A-Z]/.test(t.text)) {
        let joined = '';
        let k = i;
        let match = -1;
        while (k < tokens.length && k < i + 3 && tokens[k]!.kind === 'word' && /^[A-Z]/.test(tokens[k]!.text)) {
          joined += tokens[k]!.norm;
          if (labels.has(joined)) match = k;
          k += 1;
        }
        // "Woodgrove Bank Portal": a longer proper name (an app, a group) that starts with the organisation's.
        const next = tokens[match + 1];
        if (match >= 0 && !(next !== undefined && next.kind === 'word' && /^[A-Z]/.test(next.text))) {
          out.push(token(t, tokens[match]!, 'tenant'));
          i = match;
          continue;
        }
      }
    }
    out.push(t);
  }
  return out;
}
