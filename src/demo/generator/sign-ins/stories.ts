import type { GraphObject } from '../../model';
import { PERSONAS } from '../../personas';
import type { PersonaKey } from '../../personas';
import { ERRORS } from '../catalog/error-codes';
import type { SignInError } from '../catalog/error-codes';
import { placeByCity } from '../catalog/places';
import type { Place } from '../catalog/places';
import { APPS } from '../catalog/sign-in-apps';
import type { SignInApp } from '../catalog/sign-in-apps';
import { Rng, hashString, stableGuid } from '../prng';
import { DAY, HOUR, MINUTE } from '../time';
import type { CaPolicies } from './ca-policies';
import { signInObject } from './build-sign-in';
import type { SignInOverrides } from './build-sign-in';
import { KIND_INTERACTIVE } from './day-plan';
import type { DeviceFacts, SignInProfile } from './profiles';

/** A scripted sign-in of a persona's story, placed at a fixed offset before the anchor. */
export interface StorySignIn {
  readonly timeMs: number;
  readonly signIn: GraphObject;
}

/** The IP addresses of the stories, for tests and for risk detections. */
export const STORY_IPS = {
  karitaAttacker: '102.89.34.117',
  julietaRisky: '86.105.9.23',
  giovannaTor: '185.220.101.47',
  ratihUnfamiliar: '126.0.92.88',
  saschaTravel: '177.37.152.61',
  breakGlassOffice: '52.160.44.12',
  alainLockout: '98.207.65.141',
} as const;

interface Script {
  readonly persona: PersonaKey;
  readonly label: string;
  readonly offsetMs: number;
  readonly app: SignInApp;
  readonly city: string;
  readonly ip: string;
  readonly error: SignInError | null;
  readonly mfa: boolean;
  readonly risk: SignInOverrides['risk'];
  readonly singleFactor?: boolean;
  readonly caExcluded?: boolean;
  readonly unknownDevice?: boolean;
}

const KARITA_RUN_START = 2 * DAY + 14 * HOUR + 7 * MINUTE;

function scripts(): Script[] {
  const out: Script[] = [];
  const risky = (level: string, eventTypes: string[]): SignInOverrides['risk'] => ({ level, state: 'atRisk', eventTypes });
  // Karita: eight bad passwords from Lagos within minutes, then a success there without MFA, then 50074.
  for (let i = 0; i < 8; i++) {
    out.push({ persona: 'karita', label: `karita-50126-${i}`, offsetMs: KARITA_RUN_START - i * 47_000, app: APPS.officeHome, city: 'Lagos', ip: STORY_IPS.karitaAttacker, error: ERRORS.badPassword, mfa: false, risk: null, unknownDevice: true });
  }
  out.push({ persona: 'karita', label: 'karita-success-no-mfa', offsetMs: KARITA_RUN_START - 8 * 47_000 - 30_000, app: APPS.outlookWeb, city: 'Lagos', ip: STORY_IPS.karitaAttacker, error: null, mfa: false, risk: risky('high', ['unfamiliarFeatures', 'unlikelyTravel']), singleFactor: true, unknownDevice: true });
  out.push({ persona: 'karita', label: 'karita-50074', offsetMs: KARITA_RUN_START - 8 * 47_000 - 5 * MINUTE, app: APPS.azurePortal, city: 'Lagos', ip: STORY_IPS.karitaAttacker, error: ERRORS.mfaRequired, mfa: false, risk: risky('high', ['unfamiliarFeatures']), unknownDevice: true });
  out.push({ persona: 'julieta', label: 'julieta-risky', offsetMs: 1 * DAY + 3 * HOUR + 12 * MINUTE, app: APPS.azurePortal, city: 'Bucharest', ip: STORY_IPS.julietaRisky, error: null, mfa: false, risk: risky('high', ['investigationsThreatIntelligence']), singleFactor: true, unknownDevice: true });
  out.push({ persona: 'giovanna', label: 'giovanna-tor', offsetMs: 2 * DAY + 20 * HOUR + 41 * MINUTE, app: APPS.officeHome, city: 'Amsterdam', ip: STORY_IPS.giovannaTor, error: null, mfa: true, risk: { level: 'medium', state: 'remediated', eventTypes: ['anonymizedIPAddress'] }, unknownDevice: true });
  out.push({ persona: 'ratih', label: 'ratih-unfamiliar', offsetMs: 1 * DAY + 9 * HOUR + 3 * MINUTE, app: APPS.teamsWeb, city: 'Tokyo', ip: STORY_IPS.ratihUnfamiliar, error: null, mfa: true, risk: risky('low', ['unfamiliarFeatures']), unknownDevice: true });
  out.push({ persona: 'sascha', label: 'sascha-travel', offsetMs: 18 * HOUR + 26 * MINUTE, app: APPS.outlookWeb, city: 'Sao Paulo', ip: STORY_IPS.saschaTravel, error: null, mfa: true, risk: risky('medium', ['unlikelyTravel']), unknownDevice: true });
  // Alain: forgot his new password yesterday evening — bad passwords, smart lockout, then back in with MFA.
  const ALAIN = 19 * HOUR + 22 * MINUTE;
  for (let i = 0; i < 5; i++) {
    out.push({ persona: 'alain', label: `alain-50126-${i}`, offsetMs: ALAIN - i * 35_000, app: APPS.officeHome, city: 'San Francisco', ip: STORY_IPS.alainLockout, error: ERRORS.badPassword, mfa: false, risk: null });
  }
  out.push({ persona: 'alain', label: 'alain-50053-0', offsetMs: ALAIN - 5 * 35_000, app: APPS.officeHome, city: 'San Francisco', ip: STORY_IPS.alainLockout, error: ERRORS.locked, mfa: false, risk: null });
  out.push({ persona: 'alain', label: 'alain-50053-1', offsetMs: ALAIN - 9 * MINUTE, app: APPS.outlookWeb, city: 'San Francisco', ip: STORY_IPS.alainLockout, error: ERRORS.locked, mfa: false, risk: null });
  out.push({ persona: 'alain', label: 'alain-success', offsetMs: ALAIN - 48 * MINUTE, app: APPS.officeHome, city: 'San Francisco', ip: STORY_IPS.alainLockout, error: null, mfa: true, risk: null });
  out.push({ persona: 'breakGlass2', label: 'breakglass02-signin', offsetMs: 1 * DAY + 7 * HOUR + 44 * MINUTE, app: APPS.azurePortal, city: 'Seattle', ip: STORY_IPS.breakGlassOffice, error: null, mfa: true, risk: null, caExcluded: true });
  return out;
}

/** A persona's scripted sign-in as data (tests derive what an answer must say from it). */
export type StoryScript = Script;

/** Every scripted sign-in, newest offset last within each persona's story. */
export function storyScripts(): readonly StoryScript[] {
  return scripts();
}

const UNKNOWN_DEVICE: DeviceFacts = { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Chrome 129.0.0', isCompliant: false, isManaged: false, trustType: '' };

/** The stable id of a story sign-in (risk detections refer to it as `requestId`). */
export function storySignInId(seed: number, label: string): string {
  return stableGuid(seed, `signin:${label}`);
}

/** All story sign-ins inside the window, oldest first. */
export function storySignIns(
  seed: number, anchorMs: number, windowStartMs: number, profiles: readonly SignInProfile[], policies: CaPolicies,
): StorySignIn[] {
  const byUpn = new Map(profiles.map((p) => [p.upn, p]));
  const out: StorySignIn[] = [];
  for (const s of scripts()) {
    const profile = byUpn.get(PERSONAS[s.persona].upn);
    const timeMs = anchorMs - s.offsetMs;
    if (!profile || timeMs < windowStartMs) continue;
    const place: Place = placeByCity(s.city);
    const rng = new Rng(seed, hashString(`story:${s.label}`));
    const overrides: SignInOverrides = {
      id: storySignInId(seed, s.label), app: s.app, place, ipAddress: s.ip, error: s.error, mfa: s.mfa,
      risk: s.risk, device: s.unknownDevice ? UNKNOWN_DEVICE : profile.desktop, caExcluded: s.caExcluded === true,
      singleFactor: s.singleFactor === true,
    };
    const event = { seed, kind: KIND_INTERACTIVE, profile, day: -1, k: 0, timeMs, travel: -1 };
    out.push({ timeMs, signIn: signInObject(overrides, event, rng, policies) });
  }
  return out.sort((a, b) => a.timeMs - b.timeMs || (a.signIn.id < b.signIn.id ? -1 : 1));
}
