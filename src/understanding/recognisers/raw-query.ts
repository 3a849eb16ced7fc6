/** Tables a pasted KQL query may start with (Log Analytics and the snapshot tables). */
export const KQL_TABLES: readonly string[] = [
  'SigninLogs', 'AADNonInteractiveUserSignInLogs', 'AADServicePrincipalSignInLogs',
  'AADManagedIdentitySignInLogs', 'AuditLogs', 'AADRiskyUsers', 'AADUserRiskEvents',
  'AADRiskyServicePrincipals', 'AADServicePrincipalRiskEvents', 'IdentityInfo', 'EntraUsers',
  'EntraGroups', 'EntraGroupMembership', 'Applications', 'AppRoles', 'AppRoleAssignments',
  'MicrosoftGraphActivityLogs', 'BehaviorAnalytics', 'SecurityEvent', 'OfficeActivity', 'union',
  'print', 'range', 'datatable',
];

const TABLE_RE = new RegExp(`^(?:${KQL_TABLES.join('|')})\\b`, 'i');

/** The KQL of a message that is a query: a ```kql block, or text starting with a table and a pipe. */
export function detectKql(text: string): string | undefined {
  const block = /```(?:kql|kusto)?\s*\n?([\s\S]*?)```/i.exec(text);
  if (block !== null && block[1] !== undefined && block[1].trim() !== '') {
    const body = block[1].trim();
    if (/^```kql|^```kusto/i.test(block[0]) || body.includes('|') || TABLE_RE.test(body)) return body;
  }
  let t = text.trim();
  const prefixed = /^(?:kql|run kql|run this kql|run this query|run query|query)\s*[:>-]?\s*/i.exec(t);
  if (prefixed !== null && prefixed[0] !== '') {
    const rest = t.slice(prefixed[0].length).trim();
    if (TABLE_RE.test(rest) || /^let\s/i.test(rest)) t = rest;
  }
  if (looksLikeKqlControl(t)) return t;
  if ((TABLE_RE.test(t) && (t.includes('|') || /^\w+\s*$/.test(t))) || (/^let\s+\w+\s*=/.test(t) && /[|;]/.test(t))) {
    const first = /^(\w+)/.exec(t)?.[1] ?? '';
    if (/^\w+\s*$/.test(t) && !KQL_TABLES.slice(0, -4).some((x) => x === first)) return undefined;
    return t;
  }
  return undefined;
}

/**
 * KQL that is not a query of a known table but must reach the read-only check (and its refusal
 * card) rather than be read as a question: a management command (`.drop table X`), a query of
 * another cluster, database or workspace, `externaldata`, a plugin, a `set` statement — also
 * after leading `//` comment lines.
 */
function looksLikeKqlControl(text: string): boolean {
  const t = text.replace(/^(\s*\/\/[^\n]*(\n|$))+/, '').trim();
  return /^\.[a-z][\w-]*\s/i.test(t)
    || /^(cluster|database|workspace|app|adx|resource|external_table)\s*\(\s*['"@h]/i.test(t)
    || /^external_?data\s*\(/i.test(t)
    || /^evaluate\s+(hint\.\w+\s*=\s*\w+\s+)*\w+\s*\(/i.test(t)
    || /^set\s+\w+(\s*=\s*[^;\n]*)?\s*;/i.test(t);
}

/** The path of a Graph GET ("GET /users?$filter=...", or a graph.microsoft.com URL). */
export function detectGraphGet(text: string): string | undefined {
  const t = text.trim();
  // Another method, or a URL of another host, is kept whole so that the read-only check refuses it.
  if (/^(POST|PUT|PATCH|DELETE|HEAD|OPTIONS|MERGE)\s+(\/|https?:\/\/)\S*$/i.test(t)) return t;
  if (/^GET\s+(https?:)?\/\/\S+$/i.test(t) && !/^GET\s+https?:\/\/graph\.microsoft\.com([/?]|$)/i.test(t)) return t.replace(/^GET\s+/i, '');
  const m = /^(?:GET\s+)?(?:https?:\/\/graph\.microsoft\.com)?(\/[A-Za-z0-9.$]+(?:[/?][^\n]*)?)$/i.exec(t);
  if (m === null) return undefined;
  if (!/^GET\s/i.test(t) && !/graph\.microsoft\.com/i.test(t)) return undefined;
  return m[1]!.replace(/^\/v1\.0(?=\/)/i, '').trim();
}
