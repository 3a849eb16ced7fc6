import type { Row } from './answer-input';
import { obj, str } from './format';
import { countryName } from '../planning/countries';

/**
 * Words for ID Protection values. Detection names and meanings follow "What is risk in
 * Microsoft Entra ID Protection" (learn.microsoft.com/entra/id-protection/concept-identity-protection-risks).
 */
const DETECTIONS: Readonly<Record<string, readonly [string, string]>> = {
  investigationsThreatIntelligence: ['Microsoft Entra threat intelligence', "indicates user activity that is unusual for the user or consistent with known attack patterns, based on Microsoft's internal and external threat intelligence sources"],
  unfamiliarFeatures: ['Unfamiliar sign-in properties', 'the sign-in had properties (IP, ASN, location, device, browser) not seen recently for this user'],
  anonymizedIPAddress: ['Anonymous IP address', 'the sign-in came from an anonymous IP address such as a Tor exit node or anonymizing VPN'],
  maliciousIPAddress: ['Malicious IP address', 'the sign-in came from an IP address with a high failure rate or known to be malicious'],
  impossibleTravel: ['Atypical travel', 'two sign-ins from locations too far apart to travel between in the time between them'],
  unlikelyTravel: ['Impossible travel', 'sign-ins from geographically distant locations within a short time'],
  leakedCredentials: ['Leaked credentials', "the user's valid credentials were found leaked (for example on the dark web)"],
  passwordSpray: ['Password spray', 'many usernames were attacked with common passwords in a spray attack'],
  suspiciousBrowser: ['Suspicious browser', 'suspicious behaviour from the same browser across many tenants or countries'],
  anomalousToken: ['Anomalous token', 'the token had unusual characteristics (lifetime, replay from an unfamiliar location)'],
  tokenIssuerAnomaly: ['Token issuer anomaly', 'the SAML token issuer may be compromised'],
  attackerinTheMiddle: ['Adversary in the middle', 'an authentication session was linked to a malicious reverse proxy'],
  mcasSuspiciousInboxManipulationRules: ['Suspicious inbox manipulation rules', 'rules that delete or move messages were set on the inbox'],
  suspiciousInboxForwarding: ['Suspicious inbox forwarding', 'suspicious e-mail forwarding rules were set'],
  newCountry: ['New country', 'activity from a country not recently or never visited by the user'],
  adminConfirmedUserCompromised: ['Admin confirmed user compromised', 'an admin confirmed that the user is compromised'],
  userReportedSuspiciousActivity: ['User reported suspicious activity', 'the user denied an MFA prompt and reported it as suspicious'],
  suspiciousAPITraffic: ['Suspicious API traffic', 'an abnormal number of Graph calls or directory enumeration attempts'],
  nationStateIP: ['Nation-state IP', 'the sign-in came from an IP associated with a nation-state actor'],
};

export function detectionName(type: string): string {
  return DETECTIONS[type]?.[0] ?? humanize(type);
}

export function detectionMeaning(type: string): string | undefined {
  return DETECTIONS[type]?.[1];
}

/** "userPerformedSecuredPasswordChange" → "User performed secured password change". */
export function humanize(value: string): string {
  if (value === '') return '';
  const words = value.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase();
  return words[0]!.toUpperCase() + words.slice(1);
}

export function levelWord(level: unknown): string {
  const l = str(level);
  return l === '' ? 'unknown' : l === 'none' ? 'no' : l;
}

/** A risk level as a table cell or fact: "High", "None" (never the "no" of "at no risk"). */
export function levelCell(level: unknown): string {
  const l = str(level);
  return l === '' ? 'Unknown' : l[0]!.toUpperCase() + l.slice(1);
}

/** A risk detail as a cell: none when Graph says "none" (it does on most risky users). */
export function detailCell(detail: unknown): string | null {
  const d = str(detail);
  return d === '' || d === 'none' ? null : humanize(d);
}

export function stateWord(state: unknown): string {
  const s = str(state);
  return s === 'atRisk' ? 'at risk' : s === 'confirmedCompromised' ? 'confirmed compromised' : humanize(s).toLowerCase();
}

/** "Redmond, Washington, US" from a Graph location. */
export function placeOf(row: Row): string {
  const loc = obj(row.location);
  const code = str(loc.countryOrRegion);
  return [str(loc.city), str(loc.state), code ? countryName(code) : ''].filter(Boolean).join(', ');
}

/** Whether a sign-in succeeded with MFA (MFA that was required but not completed does not count). */
export function usedMfa(signIn: Row): boolean {
  if (Number(obj(signIn.status).errorCode ?? 0) !== 0) return false;
  return str(signIn.authenticationRequirement) === 'multiFactorAuthentication'
    || str(obj(signIn.mfaDetail).authMethod) !== '';
}

/** Detection types of a sign-in (riskEventTypes_v2 or riskEventTypes). */
export function signInRiskTypes(signIn: Row): string[] {
  const list = Array.isArray(signIn.riskEventTypes_v2) ? signIn.riskEventTypes_v2 : Array.isArray(signIn.riskEventTypes) ? signIn.riskEventTypes : [];
  return list.filter((t): t is string => typeof t === 'string');
}
