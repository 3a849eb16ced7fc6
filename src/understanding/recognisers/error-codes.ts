/** Everyday names of Entra sign-in error codes (AADSTS), as people say them. */
export const ERROR_CODE_PHRASES: readonly (readonly [RegExp, number])[] = [
  [/\b(bad|wrong|invalid|incorrect|mistyped|expired?)? ?(password|pwd|credential)s? (failure|error|attempt)s?\b|\b(bad|wrong|invalid|incorrect|mistyped) (password|pwd|credential|username or password)s?\b/, 50126],
  [/\bpassword (has )?expired\b|\bexpired password/, 50055],
  [/\b(unsatisfied|failed|not satisfied) (conditional access|ca)\b|\b(failures?|failed|blocked) (due to|because of) (a |an |the )?(specific )?(conditional access|ca)\b|\b(blocked|block|denied|stopped|failed) ((signins?|sign-ins?|logins?|attempts|authentications) )?(by|due to|because of) (a )?(conditional access|ca)( polic(y|ies))?\b|\b(conditional access|ca) (block|blocks|blocked|failure|failures|denial)s?\b|\b(did not|didnt|didn't|does not|doesnt|failed to|could not|couldnt) (satisfy|meet|pass) (the |a )?(conditional access|ca)\b|\b(conditional access|ca) status (was |is |of )?(a )?(failure|failed)\b|\bfail(ing|ed|s)? (the )?(most )?(conditional access|ca)( polic(y|ies))?\b/, 53003],
  [/\b(locked out|lock out|lockout|lockouts|account (is |was )?locked|smart lockout|locked accounts?|got locked|is locked|are locked|were locked)\b/, 50053],
  [/\b(account|user) (is |was )?disabled\b|\bdisabled (account|user)s? (sign ?in|login|failure)/, 50057],
  [/\b(mfa|multi ?factor|strong auth(entication)?) (was )?(failed|failure|denied|rejected)s?\b|\bfailed (mfa|multi ?factor)\b/, 500121],
  [/\b(mfa|multi ?factor|strong auth(entication)?|2fa) (is |was )?(required|needed|prompt|challenge)s?\b/, 50074],
  [/\bdevice (auth(entication)?|registration) required\b/, 50097],
  [/\bnot assigned (to|a role)\b/, 50105],
  [/\bsession (is )?(invalid|expired)\b/, 50133],
];

/** The error code a phrase names, if any (text: lower-case, single spaces). */
export function errorCodeFromPhrase(text: string): number | undefined {
  for (const [re, code] of ERROR_CODE_PHRASES) if (re.test(text)) return code;
  return undefined;
}

/** A number that looks like an AADSTS code ("50126", "AADSTS53003", "error 0"). */
export function errorCodeFromToken(norm: string, previous: string | undefined): number | undefined {
  const m = /^(?:aadsts)?(\d{5,6})$/.exec(norm);
  if (m !== null) {
    const n = Number(m[1]);
    if (n >= 16000 && n <= 999999) return n;
  }
  if (norm === '0' && (previous === 'code' || previous === 'error')) return 0;
  return undefined;
}
