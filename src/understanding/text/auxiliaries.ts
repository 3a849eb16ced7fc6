/**
 * A question's opening auxiliary that is also a first name ("Will the changes take effect?", "Will you show me…",
 * "May I see…", "Will External ID support…"): the auxiliary, not a person called Will or May, when what follows is a
 * determiner, a pronoun or a product name,
 * where a surname would follow a first name ("Will Turner's sign-ins").
 */

/** Words that open a yes/no question and may also be first names. */
export const AUXILIARIES: ReadonlySet<string> = new Set(['will', 'may', 'can', 'must', 'should', 'shall', 'might', 'could', 'would', 'does', 'do', 'did', 'is', 'are', 'was', 'were', 'has', 'have']);

/** What follows an auxiliary that opens a question: a determiner or a pronoun. */
export const AFTER_AUXILIARY: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'i', 'we', 'you', 'u', 'it', 'this', 'that', 'these', 'those', 'there', 'any', 'all', 'some', 'he', 'she', 'they', 'users', 'guests', 'admins', 'people', 'anyone', 'someone', 'everyone', 'microsoft', 'ms', 'msft', 'entra', 'azure',
  // Product names no surname shares ("Will External ID support…", "Will Conditional Access block…", "Does PIM…").
  'external', 'conditional', 'pim', 'intune', 'defender', 'sharepoint', 'onedrive', 'exchange', 'outlook', 'office', 'windows',
  'b2b', 'b2c', 'sspr', 'mfa', 'passkeys', 'lifecycle', 'workload', 'verified', 'seamless', 'passwordless', 'authenticator']);

/** Whether words[0] is the question's opening auxiliary rather than a name. */
export function opensWithAuxiliary(words: readonly string[]): boolean {
  return AUXILIARIES.has(words[0] ?? '') && AFTER_AUXILIARY.has(words[1] ?? '');
}
