/**
 * A light English stemmer for intent features: folds plurals and common verb endings so that
 * "owns / owned / owner / owners" meet. Not a linguistic stemmer; stable and fast.
 */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', has: 'have', had: 'have', does: 'do',
  did: 'do', done: 'do', doing: 'do', its: 'it', this: 'this', has_: 'have', access: 'access',
  process: 'process', status: 'status', address: 'address', addresses: 'address', less: 'less',
  unless: 'unless', always: 'always', analysis: 'analysis', whose: 'whose', those: 'those',
  these: 'these', series: 'series', news: 'news', yes: 'yes', us: 'us', ms: 'ms', os: 'os',
  ownz: 'own', admins: 'admin', policies: 'policy', entries: 'entry', activities: 'activity',
  identities: 'identity', children: 'child', people: 'person', persons: 'person',
};

export function stem(word: string): string {
  const exception = EXCEPTIONS[word];
  if (exception !== undefined) return exception;
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('er') && w.length > 5) w = w.slice(0, -2);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1]!)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
