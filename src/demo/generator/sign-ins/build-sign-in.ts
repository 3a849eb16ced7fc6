import type { GraphObject } from '../../model';
import { APPS, ADMIN_APP_WEIGHTS, EMPLOYEE_APP_WEIGHTS, NON_INTERACTIVE_APP_WEIGHTS } from '../catalog/sign-in-apps';
import type { AppKey, SignInApp } from '../catalog/sign-in-apps';
import { ERRORS, GUEST_OUTCOME_WEIGHTS, INTERACTIVE_OUTCOME_WEIGHTS, NON_INTERACTIVE_OUTCOME_WEIGHTS } from '../catalog/error-codes';
import type { SignInError } from '../catalog/error-codes';
import { FOREIGN_PLACES } from '../catalog/places';
import type { Place } from '../catalog/places';
import { Rng } from '../prng';
import { iso } from '../time';
import { appliedPolicies } from './ca-policies';
import { EMPTY_LIST, devicePart, locationPart, mfaPart, sharedPart, statusPart } from './parts';
import type { CaPolicies } from './ca-policies';
import { KIND_INTERACTIVE } from './day-plan';
import type { DeviceFacts, SignInProfile } from './profiles';

/** Everything about one sign-in that is not drawn at random. */
export interface SignInEvent {
  readonly seed: number;
  readonly kind: number;
  readonly profile: SignInProfile;
  readonly day: number;
  readonly k: number;
  readonly timeMs: number;
  /** Index into FOREIGN_PLACES when the user travels that day, else -1. */
  readonly travel: number;
}

/** Explicit values of a story sign-in (Karita's attacker, Julieta's risky sign-in…). */
export interface SignInOverrides {
  readonly id: string;
  readonly app: SignInApp;
  readonly place: Place;
  readonly ipAddress: string;
  readonly error: SignInError | null;
  readonly mfa: boolean;
  readonly risk: { readonly level: string; readonly state: string; readonly eventTypes: readonly string[] } | null;
  readonly device: DeviceFacts;
  readonly caExcluded: boolean;
  /** The MFA policy did not apply (e.g. a gap in Conditional Access): single-factor success. */
  readonly singleFactor?: boolean;
}

const SUCCESS_NO_MFA_DETAIL = 'MFA requirement satisfied by claim in the token';
const MFA_METHODS = ['Mobile app notification', 'Mobile app notification', 'Passkey (Microsoft Authenticator)', 'Windows Hello for Business', 'OATH verification code'];

/** Draws and builds one crowd sign-in as a Graph v1.0 `signIn` object. */
export function buildCrowdSignIn(event: SignInEvent, policies: CaPolicies): GraphObject {
  const { profile } = event;
  const rng = new Rng(event.seed, event.kind, profile.index, event.day, event.k);
  const interactive = event.kind === KIND_INTERACTIVE;
  const outcome = profile.activity === 'disabled'
    ? 'disabled'
    : rng.weighted(!interactive ? NON_INTERACTIVE_OUTCOME_WEIGHTS : profile.guest ? GUEST_OUTCOME_WEIGHTS : INTERACTIVE_OUTCOME_WEIGHTS);
  const error = outcome === 'success' ? null : ERRORS[outcome];
  const appKey: AppKey = rng.weighted(interactive ? (profile.admin && rng.chance(0.5) ? ADMIN_APP_WEIGHTS : EMPLOYEE_APP_WEIGHTS) : NON_INTERACTIVE_APP_WEIGHTS);
  // Now and then, one of the tenant's own apps the user has access to (Salesforce, portals…).
  const app: SignInApp = interactive && profile.tenantApps.length > 0 && rng.chance(0.08) ? rng.pick(profile.tenantApps) : APPS[appKey];
  const onMobile = appKey === 'outlookMobile' || (appKey !== 'windowsSignIn' && rng.chance(profile.mobileShare));
  const place = event.travel >= 0 ? (FOREIGN_PLACES[event.travel] as Place) : profile.place;
  const atOffice = event.travel < 0 && !profile.guest && rng.chance(0.65);
  const ipAddress = event.travel >= 0
    ? `${place.homeIpPrefix}.${rng.int(2, 254)}`
    : atOffice ? `${place.ipPrefix}.${rng.int(10, 40)}` : profile.homeIp;
  const mfa = error === null && rng.chance(0.35);
  return signInObject({
    id: rng.guid(),
    app,
    place,
    ipAddress,
    error,
    mfa,
    risk: null,
    device: onMobile ? profile.mobile : profile.desktop,
    caExcluded: false,
  }, event, rng, policies);
}

type PolicyResults = Parameters<typeof appliedPolicies>[1];

/** The (shared) policy list for one combination of results of one tenant's policies. */
function policiesFor(policies: CaPolicies, results: PolicyResults): readonly Record<string, unknown>[] {
  const r = (x: string): number => (x === 'success' ? 1 : x === 'failure' ? 2 : x === 'notApplied' ? 0 : 3);
  const key = ((r(results.mfaAll) * 4 + r(results.compliantAdmins)) * 4 + r(results.blockCountries)) * 4 + r(results.signInFrequency);
  return sharedPart(policies, key, () => appliedPolicies(policies, results));
}

/** Shapes a sign-in from its facts; `rng` only adds the correlation id and the MFA method. */
export function signInObject(o: SignInOverrides, event: SignInEvent, rng: Rng, policies: CaPolicies): GraphObject {
  const { profile } = event;
  const interactive = event.kind === KIND_INTERACTIVE;
  const code = o.error?.errorCode ?? 0;
  const caFailed = code === 53003;
  const caEvaluated = !o.caExcluded && (code === 0 || caFailed || code === 50074 || code === 50076 || code === 500121 || code === 70044);
  const multiFactor = o.mfa || (caEvaluated && o.singleFactor !== true);
  const blockedAbroad = caFailed && (event.travel >= 0 || !profile.admin);
  const mfaMethod = o.mfa ? rng.pick(MFA_METHODS) : null;
  const clientAppUsed = o.device.operatingSystem === 'Ios' || o.device.operatingSystem === 'Android'
    ? 'Mobile Apps and Desktop clients'
    : o.app.clientAppUsed;
  const browser = clientAppUsed === 'Browser' ? o.device.browser : 'Rich Client 4.66.0.0';
  const risk = o.risk;
  return {
    id: o.id,
    createdDateTime: iso(event.timeMs),
    userDisplayName: profile.displayName,
    userPrincipalName: profile.upn,
    userId: profile.id,
    appId: o.app.appId,
    appDisplayName: o.app.appDisplayName,
    ipAddress: o.ipAddress,
    clientAppUsed,
    correlationId: rng.guid(),
    conditionalAccessStatus: caFailed ? 'failure' : caEvaluated ? 'success' : 'notApplied',
    isInteractive: interactive,
    riskDetail: 'none',
    riskLevelAggregated: risk ? risk.level : 'none',
    riskLevelDuringSignIn: risk ? risk.level : 'none',
    riskState: risk ? risk.state : 'none',
    riskEventTypes: risk ? [...risk.eventTypes] : EMPTY_LIST,
    riskEventTypes_v2: risk ? [...risk.eventTypes] : EMPTY_LIST,
    resourceDisplayName: o.app.resourceDisplayName,
    resourceId: o.app.resourceId,
    status: statusPart(
      code,
      o.error ? o.error.failureReason : 'Other.',
      o.error ? o.error.additionalDetails : o.mfa ? 'MFA completed in Azure AD' : code === 0 && multiFactor ? SUCCESS_NO_MFA_DETAIL : null,
    ),
    deviceDetail: devicePart(o.device, browser),
    location: locationPart(o.place),
    appliedConditionalAccessPolicies: o.caExcluded ? EMPTY_LIST : policiesFor(policies, {
      mfaAll: !caEvaluated || o.singleFactor === true ? 'notApplied' : code === 0 || code === 70044 || caFailed ? 'success' : 'failure',
      compliantAdmins: !caEvaluated || !profile.admin ? 'notApplied' : caFailed && !blockedAbroad ? 'failure' : 'success',
      blockCountries: caFailed && blockedAbroad ? 'failure' : 'notApplied',
      signInFrequency: code === 70044 ? 'failure' : caEvaluated && clientAppUsed === 'Browser' ? 'success' : 'notApplied',
    }),
    authenticationRequirement: multiFactor ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    mfaDetail: mfaMethod ? mfaPart(mfaMethod) : null,
  };
}
