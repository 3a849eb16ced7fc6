/**
 * Identity Protection's risk detections named by type ("impossible travel", "password spray",
 * "anonymous IP address", "leaked credentials"): people with such a detection are risky users, not
 * a search of the directory, inactive accounts or a password change. No intent filters by the type
 * of detection, so the type is named as not applied. Reads a question's flat words (lower case,
 * "sign-in" as "signin").
 */

/** Microsoft's detection names (risk detections reference), in the words people use for them. */
const DETECTIONS: readonly (readonly [RegExp, string])[] = [
  [/ impossible travel /, 'impossible travel'],
  [/ (atypical|unusual|suspicious) travel /, 'atypical travel'],
  [/ (password|pwd) spray(ing|ed)? /, 'password spray'],
  [/ (leaked|exposed|breached) (credentials?|passwords?) /, 'leaked credentials'],
  [/ anonymous ip( address(es)?|s)? | tor (exit )?(nodes?|ips?|network) /, 'anonymous IP address'],
  [/ malicious ip( address(es)?|s)? | malware linked ip( address(es)?|s)? /, 'malicious IP address'],
  [/ unfamiliar (signin|sign in|login) properties /, 'unfamiliar sign-in properties'],
  [/ (anomalous|stolen|replayed) tokens? | token (theft|replay|issuer anomal(y|ies)) /, 'anomalous token'],
  [/ (attacker|adversary) in the middle | aitm /, 'attacker in the middle'],
];

/** The detection type a question names, in Microsoft's words; undefined when it names none. */
export function findRiskDetection(flat: string): string | undefined {
  return DETECTIONS.find(([re]) => re.test(flat))?.[1];
}

/** Any detection type named (for the intent cues). */
export const RISK_DETECTION = new RegExp(DETECTIONS.map(([re]) => re.source).join('|'));
