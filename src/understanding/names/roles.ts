/** Built-in Microsoft Entra directory roles people ask about, known even without a gazetteer. */
export const BUILT_IN_ROLES: readonly string[] = [
  'Global Administrator', 'Global Reader', 'Privileged Role Administrator',
  'Privileged Authentication Administrator', 'User Administrator', 'Helpdesk Administrator',
  'Password Administrator', 'Security Administrator', 'Security Reader', 'Security Operator',
  'Application Administrator', 'Cloud Application Administrator', 'Application Developer',
  'Authentication Administrator', 'Conditional Access Administrator', 'Exchange Administrator',
  'SharePoint Administrator', 'Teams Administrator', 'Intune Administrator', 'Billing Administrator',
  'Groups Administrator', 'License Administrator', 'Compliance Administrator',
  'Identity Governance Administrator', 'Hybrid Identity Administrator', 'Reports Reader',
];

const SHORT: Readonly<Record<string, readonly string[]>> = {
  'Global Administrator': ['ga', 'gas', 'global admin', 'tenant admin', 'company administrator'],
  'Helpdesk Administrator': ['help desk admin', 'helpdesk admin', 'help desk administrator'],
  'Privileged Role Administrator': ['pra', 'privileged role admin'],
  'Cloud Application Administrator': ['cloud app admin'],
  'Application Administrator': ['app admin', 'application admin'],
  'Conditional Access Administrator': ['ca admin'],
};

/** Everyday names of a role: "global admins", "helpdesk admin", "app admin". */
export function roleAliases(role: string): string[] {
  const lower = role.toLowerCase();
  const out = new Set<string>([lower]);
  if (lower.endsWith(' administrator')) {
    const base = lower.slice(0, -' administrator'.length);
    for (const suffix of ['admin', 'admins', 'administrators']) out.add(`${base} ${suffix}`);
  } else {
    out.add(`${lower}s`);
  }
  for (const alias of SHORT[role] ?? []) {
    out.add(alias);
    if (!alias.endsWith('s') && alias.length > 3) out.add(`${alias}s`);
  }
  return [...out];
}
