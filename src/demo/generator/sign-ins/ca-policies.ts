import { stableGuid } from '../prng';

/** The tenant's Conditional Access policies as sign-ins report them. */
export interface CaPolicy {
  readonly id: string;
  readonly displayName: string;
  readonly enforcedGrantControls: readonly string[];
  readonly enforcedSessionControls: readonly string[];
}

export interface CaPolicies {
  readonly mfaAll: CaPolicy;
  readonly blockLegacy: CaPolicy;
  readonly compliantAdmins: CaPolicy;
  readonly blockCountries: CaPolicy;
  readonly signInFrequency: CaPolicy;
}

export function caPolicies(seed: number): CaPolicies {
  const p = (key: string, displayName: string, grant: string[], session: string[]): CaPolicy => ({
    id: stableGuid(seed, `ca:${key}`), displayName, enforcedGrantControls: grant, enforcedSessionControls: session,
  });
  return {
    mfaAll: p('mfa-all', 'CA001: Require MFA for all users', ['Mfa'], []),
    blockLegacy: p('block-legacy', 'CA002: Block legacy authentication', ['Block'], []),
    compliantAdmins: p('compliant-admins', 'CA003: Require compliant device for administrators', ['RequireCompliantDevice'], []),
    blockCountries: p('block-countries', 'CA004: Block sign-ins from high-risk countries', ['Block'], []),
    signInFrequency: p('sif', 'CA005: Sign-in frequency 12 hours for browser sessions', [], ['SignInFrequency']),
  };
}

/**
 * `appliedConditionalAccessPolicies` entries: the policies with the result each had. The legacy
 * authentication block never applies to modern clients and is left out to keep rows small.
 */
export function appliedPolicies(
  policies: CaPolicies,
  results: { readonly mfaAll: string; readonly compliantAdmins: string; readonly blockCountries: string; readonly signInFrequency: string },
): Record<string, unknown>[] {
  const entry = (p: CaPolicy, result: string): Record<string, unknown> => ({
    id: p.id,
    displayName: p.displayName,
    enforcedGrantControls: result === 'notApplied' || result === 'notEnabled' ? [] : [...p.enforcedGrantControls],
    enforcedSessionControls: result === 'notApplied' || result === 'notEnabled' ? [] : [...p.enforcedSessionControls],
    result,
  });
  return [
    entry(policies.mfaAll, results.mfaAll),
    entry(policies.compliantAdmins, results.compliantAdmins),
    entry(policies.blockCountries, results.blockCountries),
    entry(policies.signInFrequency, results.signInFrequency),
  ];
}
