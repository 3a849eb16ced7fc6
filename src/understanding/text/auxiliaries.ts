/**
 * A question's opening auxiliary that is also a first name ("Will the changes take effect?", "Will you show me…",
 * "May I see…"): the auxiliary, not a person called Will or May, when what follows is a determiner or a pronoun,
 * where a surname would follow a first name ("Will Turner's sign-ins").
 */

/** Words that open a yes/no question and may also be first names. */
export const AUXILIARIES: ReadonlySet<string> = new Set(['will', 'may', 'can', 'must', 'should', 'shall', 'might', 'could', 'would', 'does', 'do', 'did', 'is', 'are', 'was', 'were', 'has', 'have']);

/** What follows an auxiliary that opens a question: a determiner or a pronoun. */
export const AFTER_AUXILIARY: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'i', 'we', 'you', 'u', 'it', 'this', 'that', 'these', 'those', 'there', 'any', 'all', 'some', 'he', 'she', 'they', 'users', 'guests', 'admins', 'people', 'anyone', 'someone', 'everyone', 'microsoft', 'ms', 'msft', 'entra', 'azure']);

/** Whether words[0] is the question's opening auxiliary rather than a name. */
export function opensWithAuxiliary(words: readonly string[]): boolean {
  return AUXILIARIES.has(words[0] ?? '') && AFTER_AUXILIARY.has(words[1] ?? '');
}
