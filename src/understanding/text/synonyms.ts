/**
 * Everyday words for what the families' own words name, read as those words once names are found (the analysis maps a
 * word the tenant's names did not cover; `AnalysisEnv.everydayWords`). Found by asking the tune part's understood
 * questions again with one word swapped (issue 16, ninth session): "identities" for "users" changed 55 of 152 readings
 * ("How many identities are in my tenant?" was `unknown`), "enumerate" for "list" 9 of 75; now none. Not "employees" nor
 * "people": the intent model's templates use them, and read as "users" they lost what the model had learnt of them
 * ("employees who are suspended" became `unknown`). Plurals only: "identity" is a word of many products ("Identity
 * Protection").
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  identities: 'users',
  personnel: 'users',
  workers: 'users',
  enumerate: 'list',
};

/** Words before "identities" that make them something else ("managed identities", "workload identities", "external identities"). */
const OTHER_IDENTITIES: ReadonlySet<string> = new Set(['managed', 'workload', 'external', 'hybrid', 'federated', 'verified', 'decentralized', 'decentralised', 'digital', 'machine', 'service', 'app', 'application', 'device', 'system', 'assigned']);

/** The families' word for `word` (after `previous`), or undefined when it has none. */
export function synonymOf(word: string, previous: string | undefined): string | undefined {
  const same = SYNONYMS[word];
  if (same === undefined) return undefined;
  if (word === 'identities' && previous !== undefined && OTHER_IDENTITIES.has(previous)) return undefined;
  return same;
}
