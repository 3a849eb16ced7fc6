/**
 * Words people type into the help search, and what the families' own titles, examples and
 * question kinds call the same thing: "lockout" finds the sign-in questions, "PIM" the privileged
 * ones. Keys and values are lower case, hyphens as spaces (`searchText`).
 */
export const HELP_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  lockout: ['sign in', 'troubleshoot'], locked: ['sign in', 'troubleshoot'], lock: ['sign in', 'troubleshoot'],
  login: ['sign in'], logon: ['sign in'], log: ['sign in', 'audit'], signin: ['sign in'], signins: ['sign in'],
  mfa: ['mfa', 'authentication'], '2fa': ['mfa', 'authentication'], multifactor: ['mfa'], authenticator: ['mfa', 'authentication'],
  guest: ['guest', 'outside my tenant'], guests: ['guest'], external: ['guest', 'outside my tenant'], b2b: ['guest'], partner: ['guest', 'outside my tenant'],
  pim: ['privileged', 'eligible'], eligible: ['privileged', 'eligible'], activation: ['privileged', 'eligible'],
  administrator: ['admin'], administrators: ['admin'], admins: ['admin'], roles: ['role'],
  risky: ['risk'], compromised: ['risk', 'break glass'], threat: ['risk'],
  password: ['password'], reset: ['password', 'audit'],
  owner: ['own'], owners: ['own'], member: ['member', 'who is in'], members: ['member', 'who is in'], membership: ['member'],
  application: ['app'], applications: ['app'], enterprise: ['app'], consent: ['permission', 'consent'], permissions: ['permission'],
  change: ['change', 'audit'], changes: ['change', 'audit'], changed: ['change', 'audit'], history: ['history', 'snapshot', 'audit'],
  kql: ['power users'], query: ['power users'], graph: ['power users'],
  entitlement: ['access package'], entitlements: ['access package'], package: ['access package'],
  snapshot: ['snapshot'], snapshots: ['snapshot'], report: ['snapshot', 'report'], reports: ['snapshot', 'report'],
  emergency: ['break glass'], breakglass: ['break glass'],
  inactive: ["hasn't signed in", 'unused'], stale: ["hasn't signed in", 'unused'], unused: ['unused'],
  device: ['device'], devices: ['device'], laptop: ['device'], phone: ['device', 'mfa'],
};

/** Words that say nothing about which family is meant ("who is locked out" → "locked"). */
export const HELP_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'out', 'up', 'is', 'are', 'was', 'be', 'by', 'with', 'and', 'or', 'my', 'me',
  'i', 'who', 'what', 'when', 'which', 'how', 'show', 'list', 'get', 'find', 'can', 'can\'t', 'cannot', 'why', 'does', 'do', 'user', 'users',
]);

/** Lower case, hyphens, dots and other punctuation as spaces, camelCase split: what search compares. */
export function searchText(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9'\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
