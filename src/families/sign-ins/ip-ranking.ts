import type { Row } from '../../answers/answer-input';
import { obj, plural, str } from '../../answers/format';
import { countryName } from '../../planning/countries';

/** One IP address of a set of sign-ins, with what makes it stand out. */
export interface RankedIp {
  readonly ip: string;
  /** "Lagos, Nigeria", or "" when unknown. */
  readonly place: string;
  readonly country: string;
  readonly signIns: number;
  readonly failures: number;
  /** Distinct users who signed in (or tried) from it. */
  readonly users: number;
  /** Sign-ins Identity Protection flagged (risk during sign-in low, medium or high). */
  readonly risky: number;
  /** In a country none of the other IPs of this answer are in, while most are elsewhere. */
  readonly unusualCountry: boolean;
  readonly score: number;
}

/** Users from one IP that make it look like password spray rather than one person's typing. */
export const MANY_USERS = 3;

const codeOf = (s: Row): number => {
  const c = obj(s.status).errorCode;
  return typeof c === 'number' ? c : Number(c) || 0;
};

/**
 * IP addresses ranked by what matters to an admin, not by recency: failures, weighted up when the
 * IP is in a country the other sign-ins are not from, was flagged risky, or was used by many users.
 * Ties: more failures, then more sign-ins, then the address.
 */
export function rankIps(rows: readonly Row[]): RankedIp[] {
  const byIp = new Map<string, { place: string; country: string; signIns: number; failures: number; users: Set<string>; risky: number }>();
  for (const r of rows) {
    const ip = str(r.ipAddress);
    if (!ip) continue;
    const loc = obj(r.location);
    const country = str(loc.countryOrRegion);
    const e = byIp.get(ip) ?? {
      place: [str(loc.city), country ? countryName(country) : ''].filter(Boolean).join(', '), country, signIns: 0, failures: 0, users: new Set<string>(), risky: 0,
    };
    e.signIns++;
    if (codeOf(r) !== 0) e.failures++;
    e.users.add(str(r.userId) || str(r.userPrincipalName));
    if (['low', 'medium', 'high'].includes(str(r.riskLevelDuringSignIn))) e.risky++;
    byIp.set(ip, e);
  }
  // The country most of the IPs are in (by distinct IPs, then sign-ins): the usual one.
  const perCountry = new Map<string, { ips: number; signIns: number }>();
  for (const e of byIp.values()) {
    if (!e.country) continue;
    const c = perCountry.get(e.country) ?? { ips: 0, signIns: 0 };
    perCountry.set(e.country, { ips: c.ips + 1, signIns: c.signIns + e.signIns });
  }
  const usual = [...perCountry].sort((a, b) => b[1].ips - a[1].ips || b[1].signIns - a[1].signIns)[0];
  const usualShare = usual ? usual[1].ips / Math.max(1, byIp.size) : 0;
  const out: RankedIp[] = [...byIp].map(([ip, e]) => {
    const unusualCountry = perCountry.size > 1 && usual !== undefined && e.country !== '' && e.country !== usual[0]
      && usualShare >= 0.5 && (perCountry.get(e.country)?.ips ?? 0) === 1;
    const weight = 1 + (unusualCountry ? 1 : 0) + (e.risky > 0 ? 1 : 0) + (e.users.size >= MANY_USERS ? 1 : 0);
    return {
      ip, place: e.place, country: e.country, signIns: e.signIns, failures: e.failures, users: e.users.size, risky: e.risky,
      unusualCountry, score: Math.max(e.failures, e.failures === 0 ? 0.5 : 0) * weight,
    };
  });
  return out.sort((a, b) => b.score - a.score || b.failures - a.failures || b.signIns - a.signIns || (a.ip < b.ip ? -1 : 1));
}

/** Why an IP is ranked where it is: "9 failed, risky, unusual country, 4 users". */
export function ipReasons(x: RankedIp, failuresOnly: boolean): string {
  return [
    failuresOnly ? plural(x.failures, 'failure') : `${x.failures.toLocaleString('en-US')} of ${plural(x.signIns, 'sign-in')} not successful`,
    x.risky > 0 ? 'flagged risky' : '',
    x.unusualCountry ? 'unusual country' : '',
    x.users >= MANY_USERS ? `${x.users} users` : '',
  ].filter(Boolean).join(', ');
}
