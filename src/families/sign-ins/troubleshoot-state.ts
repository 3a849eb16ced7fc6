import type { Row } from '../../answers/answer-input';
import { obj, str } from '../../answers/format';
import { countryName } from '../../planning/countries';

/** One sign-in attempt, reduced to what a diagnosis reasons about. */
export interface Attempt {
  readonly at: string;
  readonly ms: number;
  readonly code: number;
  readonly ip: string;
  /** "San Francisco, United States", or "" when unknown. */
  readonly place: string;
  readonly app: string;
  /** MFA was performed on this sign-in (not merely satisfied by a claim in the token). */
  readonly mfa: boolean;
  /** The sign-in needed only one factor (`authenticationRequirement`). */
  readonly singleFactor: boolean;
  /** Conditional Access policies whose result on this sign-in was `failure`. */
  readonly failedPolicies: readonly string[];
  /** The grant and session controls of each failed policy, by policy name ("Mfa", "SignInFrequency"). */
  readonly controls: ReadonlyMap<string, readonly string[]>;
  /** Risk during the sign-in when Identity Protection flagged it (`low` | `medium` | `high`), else "". */
  readonly risk: string;
  readonly riskState: string;
  readonly row: Row;
}

/** A run of bad passwords that ended in smart lockout (50053), and what happened after it. */
export interface Lockout {
  /** The first and last 50053 of the run. */
  readonly first: Attempt;
  readonly last: Attempt;
  readonly lockedAttempts: number;
  /** Bad passwords (50126) right before the first 50053 (since the previous success). */
  readonly badPasswords: number;
  /** IP addresses of those bad passwords and of the 50053s, most used first. */
  readonly ips: readonly string[];
  /**
   * The first attempt after the last 50053 whose password was accepted (a success, or a later
   * step such as MFA or Conditional Access): the lockout is over.
   */
  readonly clearedBy?: Attempt;
}

/** Bad passwords from one IP followed by a success from that IP without MFA. */
export interface SuspiciousSuccess {
  readonly ip: string;
  readonly place: string;
  readonly badPasswords: number;
  readonly success: Attempt;
}

/** Sign-ins blocked by Conditional Access (53003), by the policies that failed. */
export interface CaBlock {
  readonly policy: string;
  /** Its grant and session controls ("Mfa", "Block", "SignInFrequency"…). */
  readonly controls: readonly string[];
  readonly count: number;
  readonly last: Attempt;
}

/** What the account's sign-ins say, oldest event first; every statement of the card comes from here. */
export interface SignInState {
  /** Oldest first. */
  readonly attempts: readonly Attempt[];
  readonly latest?: Attempt;
  readonly lastSuccess?: Attempt;
  /** The most recent lockout run, if any. */
  readonly lockout?: Lockout;
  /** Locked now: no attempt after the latest lockout got past the password. */
  readonly lockedNow: boolean;
  readonly suspicious: readonly SuspiciousSuccess[];
  readonly caBlocks: readonly CaBlock[];
  /** Policies that failed on an MFA or sign-in frequency prompt (50074, 50076, 500121, 70044): asked, not blocked. */
  readonly caPrompts: readonly CaBlock[];
  /** Sign-ins Identity Protection flagged, newest first. */
  readonly risky: readonly Attempt[];
}

const PROMPT_CODES = new Set([50074, 50076, 500121, 70044]);
/** Results that say nothing about whether the password was accepted (bad password, locked, disabled, unknown account). */
const PASSWORD_NOT_ACCEPTED = new Set([50126, 50053, 50057, 50034, 90072]);

export function codeOf(s: Row): number {
  const c = obj(s.status).errorCode;
  return typeof c === 'number' ? c : Number(c) || 0;
}

export function attemptOf(s: Row): Attempt {
  const loc = obj(s.location);
  const country = str(loc.countryOrRegion);
  const place = [str(loc.city), country ? countryName(country) : ''].filter(Boolean).join(', ');
  const policies = (Array.isArray(s.appliedConditionalAccessPolicies) ? s.appliedConditionalAccessPolicies : [])
    .map(obj).filter((p) => p.result === 'failure' && str(p.displayName) !== '');
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  const at = str(s.createdDateTime);
  const risk = str(s.riskLevelDuringSignIn);
  return {
    at, ms: Date.parse(at) || 0, code: codeOf(s), ip: str(s.ipAddress), place, app: str(s.appDisplayName),
    mfa: s.mfaDetail !== null && s.mfaDetail !== undefined && Object.keys(obj(s.mfaDetail)).length > 0,
    singleFactor: str(s.authenticationRequirement) === 'singleFactorAuthentication',
    failedPolicies: policies.map((p) => str(p.displayName)),
    controls: new Map(policies.map((p) => [str(p.displayName), [...list(p.enforcedGrantControls), ...list(p.enforcedSessionControls)]])),
    risk: ['low', 'medium', 'high'].includes(risk) ? risk : '',
    riskState: str(s.riskState),
    row: s,
  };
}

function mostUsed(values: readonly string[]): string[] {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

function lockoutOf(attempts: readonly Attempt[]): Lockout | undefined {
  let lastIx = -1;
  for (let i = attempts.length - 1; i >= 0; i--) if (attempts[i]!.code === 50053) { lastIx = i; break; }
  if (lastIx < 0) return undefined;
  // The run: back from the last 50053 to the previous success.
  let start = lastIx;
  while (start > 0 && attempts[start - 1]!.code !== 0) start--;
  const run = attempts.slice(start, lastIx + 1);
  const locked = run.filter((a) => a.code === 50053);
  const firstLockIx = run.findIndex((a) => a.code === 50053);
  const bad = run.slice(0, firstLockIx).filter((a) => a.code === 50126);
  const clearedBy = attempts.slice(lastIx + 1).find((a) => !PASSWORD_NOT_ACCEPTED.has(a.code));
  return {
    first: locked[0]!, last: locked[locked.length - 1]!, lockedAttempts: locked.length, badPasswords: bad.length,
    ips: mostUsed([...bad, ...locked].map((a) => a.ip)),
    ...(clearedBy ? { clearedBy } : {}),
  };
}

function suspiciousOf(attempts: readonly Attempt[]): SuspiciousSuccess[] {
  const out: SuspiciousSuccess[] = [];
  const badByIp = new Map<string, number>();
  for (const a of attempts) {
    if (!a.ip) continue;
    if (a.code === 50126) badByIp.set(a.ip, (badByIp.get(a.ip) ?? 0) + 1);
    else if (a.code === 0) {
      const bad = badByIp.get(a.ip) ?? 0;
      if (bad >= 3 && !a.mfa && a.singleFactor) out.push({ ip: a.ip, place: a.place, badPasswords: bad, success: a });
      badByIp.delete(a.ip);
    }
  }
  return out;
}

function byPolicy(attempts: readonly Attempt[]): CaBlock[] {
  const m = new Map<string, { count: number; last: Attempt; controls: readonly string[] }>();
  for (const a of attempts) {
    for (const p of a.failedPolicies) m.set(p, { count: (m.get(p)?.count ?? 0) + 1, last: a, controls: a.controls.get(p) ?? [] });
  }
  return [...m].map(([policy, v]) => ({ policy, ...v })).sort((a, b) => b.last.ms - a.last.ms);
}

/** Orders the sign-ins (any order in) and states what they say about the account. */
export function signInState(rows: readonly Row[]): SignInState {
  const attempts = rows.map(attemptOf).sort((a, b) => a.ms - b.ms);
  const latest = attempts[attempts.length - 1];
  const lastSuccess = [...attempts].reverse().find((a) => a.code === 0);
  const lockout = lockoutOf(attempts);
  return {
    attempts,
    ...(latest ? { latest } : {}),
    ...(lastSuccess ? { lastSuccess } : {}),
    ...(lockout ? { lockout } : {}),
    lockedNow: lockout !== undefined && lockout.clearedBy === undefined,
    suspicious: suspiciousOf(attempts),
    caBlocks: byPolicy(attempts.filter((a) => a.code === 53003)),
    caPrompts: byPolicy(attempts.filter((a) => PROMPT_CODES.has(a.code))),
    risky: attempts.filter((a) => a.risk !== '').reverse(),
  };
}
