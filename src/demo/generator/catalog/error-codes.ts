/** Sign-in result codes the demo tenant produces, with Entra's failure texts. */

export interface SignInError {
  readonly errorCode: number;
  readonly failureReason: string;
  readonly additionalDetails: string | null;
  /** Whether the sign-in counts as "interrupted" rather than failed (MFA or CA prompts). */
  readonly interrupted: boolean;
}

function e(errorCode: number, failureReason: string, additionalDetails: string | null, interrupted = false): SignInError {
  return { errorCode, failureReason, additionalDetails, interrupted };
}

export const ERRORS = {
  badPassword: e(50126, 'Error validating credentials due to invalid username or password.', "The user didn't enter the right credentials. It's expected to see some number of these errors in your logs due to users making mistakes."),
  mfaRequired: e(50074, 'Strong Authentication is required.', 'The user was presented options to complete multifactor authentication and did not complete it.', true),
  mfaFailed: e(500121, 'Authentication failed during strong authentication request.', 'The user did not complete the MFA prompt. They may have decided not to authenticate, timed out while doing other work, or has an issue with their authentication setup.'),
  blockedByCa: e(53003, 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', 'The sign-in was blocked by a Conditional Access policy that applies to this user, app and location.'),
  locked: e(50053, 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.', 'Smart lockout locked the account after repeated failed sign-in attempts.'),
  disabled: e(50057, 'User account is disabled. The account has been disabled by an administrator.', 'The account is disabled in Microsoft Entra ID. An admin can re-enable it.'),
  mfaRequiredByLocation: e(50076, 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.', 'MFA was required for this sign-in and the user was prompted.', true),
  sessionExpired: e(70044, 'The session has expired or is invalid due to sign-in frequency checks by conditional access.', 'The sign-in frequency of a Conditional Access policy required the user to sign in again.'),
  externalNotInTenant: e(90072, 'User account from identity provider does not exist in tenant and cannot access the application in that tenant. The account needs to be added as an external user in the tenant first.', 'The external account has not been invited to the tenant, or its invitation was removed.'),
} as const;

export type ErrorKey = keyof typeof ERRORS;

/** Outcome mix of an ordinary interactive sign-in (weights out of ~1000). */
export const INTERACTIVE_OUTCOME_WEIGHTS: readonly (readonly [ErrorKey | 'success', number])[] = [
  ['success', 922], ['badPassword', 22], ['mfaRequired', 20], ['mfaRequiredByLocation', 9],
  ['mfaFailed', 5], ['blockedByCa', 9], ['sessionExpired', 9], ['locked', 1],
];

/** Outcome mix of a guest's interactive sign-in: some try with an account that was never invited. */
export const GUEST_OUTCOME_WEIGHTS: readonly (readonly [ErrorKey | 'success', number])[] = [
  ['success', 900], ['externalNotInTenant', 40], ['badPassword', 20], ['mfaRequired', 25], ['blockedByCa', 15],
];

/** Outcome mix of a non-interactive sign-in. */
export const NON_INTERACTIVE_OUTCOME_WEIGHTS: readonly (readonly [ErrorKey | 'success', number])[] = [
  ['success', 970], ['sessionExpired', 18], ['mfaRequiredByLocation', 8], ['blockedByCa', 4],
];
