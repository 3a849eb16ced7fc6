/**
 * Microsoft Entra sign-in error codes (AADSTS numbers) the bot explains, with a one-line meaning
 * and what helpdesk should do. Sources: the Microsoft Entra authentication and authorization
 * error codes reference (learn.microsoft.com/entra/identity-platform/reference-error-codes) and
 * the privileged-account monitoring guide (shared/seeds/004_*.txt).
 */
export interface ErrorCodeInfo {
  readonly code: number;
  /** Short everyday name: "bad password". */
  readonly name: string;
  readonly meaning: string;
  readonly action: string;
  /** Graph's `status` bucket for this code. */
  readonly outcome: 'success' | 'failure' | 'interrupted';
}

const CODES: readonly ErrorCodeInfo[] = [
  { code: 0, name: 'success', outcome: 'success', meaning: 'The sign-in succeeded.', action: 'Nothing to do.' },
  { code: 50126, name: 'bad password', outcome: 'failure', meaning: 'Invalid username or password.', action: 'Confirm the user is typing the current password; offer self-service reset. Many from an unfamiliar IP suggest password spray: check the user\'s risk and reset the password.' },
  { code: 53003, name: 'blocked by Conditional Access', outcome: 'failure', meaning: 'Access was blocked by a Conditional Access policy.', action: 'Open the sign-in\'s Conditional Access details to see which policy blocked it (device compliance, location, app); fix the condition rather than the policy.' },
  { code: 50074, name: 'MFA required', outcome: 'interrupted', meaning: 'Strong authentication (MFA) is required and was not completed.', action: 'Usually an interruption, not a failure. If it repeats, check the user has a working MFA method registered.' },
  { code: 500121, name: 'MFA failed', outcome: 'failure', meaning: 'Authentication failed during the strong authentication (MFA) request.', action: 'Ask the user whether they denied or missed the prompt. Prompts they did not start mean someone has the password: reset it and review risk.' },
  { code: 50053, name: 'account locked', outcome: 'failure', meaning: 'The account is locked (smart lockout) after too many failed attempts, or the IP is known to be malicious.', action: 'Look at the IPs of the failed attempts. If they are the user\'s own, wait for the lockout to expire or reset the password; if not, treat as an attack.' },
  { code: 50057, name: 'account disabled', outcome: 'failure', meaning: 'The user account is disabled.', action: 'Check whether the account was disabled on purpose (leaver, compromise) before re-enabling it.' },
  { code: 50076, name: 'MFA required (location or policy)', outcome: 'interrupted', meaning: 'Because of a configuration change or a new location, the user must use MFA.', action: 'The user should complete MFA; make sure they have a method registered.' },
  { code: 50055, name: 'password expired', outcome: 'failure', meaning: 'The password has expired.', action: 'Have the user change the password (self-service password reset) or reset it for them.' },
  { code: 50097, name: 'device authentication required', outcome: 'interrupted', meaning: 'Device authentication is required.', action: 'Check that the device is registered or joined to Microsoft Entra and compliant.' },
  { code: 50105, name: 'not assigned to the app', outcome: 'failure', meaning: 'The user is not assigned to a role for this application.', action: 'Assign the user, or a group they are in, to the application if they should have access.' },
  { code: 50133, name: 'session invalid after password change', outcome: 'failure', meaning: 'The session is invalid because the password changed or expired.', action: 'The user signs in again with the new password.' },
  { code: 70044, name: 'session expired', outcome: 'failure', meaning: 'The session expired or failed a Conditional Access sign-in frequency check.', action: 'The user signs in again; expected after a sign-in frequency policy.' },
  { code: 90072, name: 'account not in tenant', outcome: 'failure', meaning: 'The account from the identity provider does not exist in this tenant (not invited as a guest).', action: 'Invite the user as a guest, or have them sign in with the account that was invited.' },
  { code: 530032, name: 'blocked by security policy', outcome: 'failure', meaning: 'A tenant security policy (for example security defaults or a security-info registration policy) blocked the request.', action: 'Check the tenant-level security policies and whether the request meets them.' },
];

const BY_CODE = new Map(CODES.map((c) => [c.code, c]));

export function errorCodeInfo(code: number): ErrorCodeInfo | undefined {
  return BY_CODE.get(code);
}

export function allErrorCodes(): readonly ErrorCodeInfo[] {
  return CODES;
}

/** "50126 bad password", or the bare number when unknown. */
export function describeErrorCode(code: number): string {
  const info = BY_CODE.get(code);
  return info ? `${code} ${info.name}` : String(code);
}
