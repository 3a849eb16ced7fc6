/**
 * The applications of the demo tenant: Woodgrove's own registrations and multi-tenant apps of
 * other organisations. Owners and assignees are persona keys or group names, resolved later.
 */

export interface AppSpec {
  readonly displayName: string;
  readonly description: string;
  /** 'tenant': registered in Woodgrove; otherwise the label of the owning organisation. */
  readonly owner: 'tenant' | { readonly name: string; readonly tenantLabel: string; readonly domain: string };
  readonly verifiedPublisher: string | null;
  /** Graph application permissions (admin-consented app role assignments). */
  readonly appPermissions: readonly string[];
  /** Graph delegated scopes and who consented: all users or one persona. */
  readonly delegated: readonly string[];
  readonly delegatedConsent: 'AllPrincipals' | 'karita' | 'julieta' | 'giovanna' | null;
  /** Days since the last sign-in of the service principal; null: never signed in. */
  readonly lastSignInDaysAgo: number | null;
  readonly ownerPersonas: readonly ('jason' | 'lee' | 'megan' | 'julieta' | 'patti' | 'nestor')[];
  /** Directory role of the service principal itself. */
  readonly directoryRole?: string;
  /** A client secret added inside the window, days before the anchor (audited). */
  readonly secretAddedDaysAgo?: number;
}

const CONTOSO = { name: 'Contoso', tenantLabel: 'partner-tenant:contoso', domain: 'contoso.com' };
const FABRIKAM = { name: 'Fabrikam', tenantLabel: 'partner-tenant:fabrikam', domain: 'fabrikam.com' };
const NORTHWIND = { name: 'Northwind Traders', tenantLabel: 'isv-tenant:northwind', domain: 'northwindtraders.com' };
const TAILSPIN = { name: 'Tailspin Toys', tenantLabel: 'isv-tenant:tailspin', domain: 'tailspintoys.com' };
const LITWARE = { name: 'Litware', tenantLabel: 'isv-tenant:litware', domain: 'litware.com' };

export const SALESFORCE = 'Salesforce';
export const COMPROMISED_APP = 'Woodgrove Backup Automation';

export const APP_SPECS: readonly AppSpec[] = [
  { displayName: SALESFORCE, description: 'Salesforce CRM (single sign-on, gallery application).', owner: 'tenant', verifiedPublisher: null, appPermissions: [], delegated: ['User.Read'], delegatedConsent: 'AllPrincipals', lastSignInDaysAgo: 0, ownerPersonas: ['jason'] },
  { displayName: 'Woodgrove Payroll Sync', description: 'Nightly payroll synchronisation daemon.', owner: 'tenant', verifiedPublisher: null, appPermissions: ['Directory.ReadWrite.All', 'User.Read.All'], delegated: [], delegatedConsent: null, lastSignInDaysAgo: 0, ownerPersonas: ['jason'], secretAddedDaysAgo: 8 },
  { displayName: 'Woodgrove Role Automation', description: 'Automates joiner/mover/leaver role assignments.', owner: 'tenant', verifiedPublisher: null, appPermissions: ['RoleManagement.ReadWrite.Directory', 'AppRoleAssignment.ReadWrite.All'], delegated: [], delegatedConsent: null, lastSignInDaysAgo: 1, ownerPersonas: ['lee'], directoryRole: 'Privileged Role Administrator' },
  { displayName: 'HR Provisioning Connector', description: 'Provisions users from the HR system.', owner: 'tenant', verifiedPublisher: null, appPermissions: ['User.ReadWrite.All', 'Group.ReadWrite.All'], delegated: [], delegatedConsent: null, lastSignInDaysAgo: 0, ownerPersonas: ['jason', 'nestor'] },
  { displayName: COMPROMISED_APP, description: 'Backs up mailboxes and files to cold storage.', owner: 'tenant', verifiedPublisher: null, appPermissions: ['Mail.Read', 'Files.Read.All', 'Application.ReadWrite.All'], delegated: [], delegatedConsent: null, lastSignInDaysAgo: 0, ownerPersonas: [], secretAddedDaysAgo: 3 },
  { displayName: 'Finance Reporting Portal', description: 'Internal finance reporting web app.', owner: 'tenant', verifiedPublisher: null, appPermissions: [], delegated: ['User.Read', 'offline_access', 'openid', 'profile'], delegatedConsent: 'AllPrincipals', lastSignInDaysAgo: 0, ownerPersonas: ['megan'] },
  { displayName: 'Legacy Expense Tool', description: 'Old expense reporting tool, replaced last year.', owner: 'tenant', verifiedPublisher: null, appPermissions: ['User.Read.All'], delegated: ['User.Read'], delegatedConsent: 'AllPrincipals', lastSignInDaysAgo: 124, ownerPersonas: [] },
  { displayName: 'Branch Kiosk App', description: 'Self-service kiosk app for bank branches (pilot).', owner: 'tenant', verifiedPublisher: null, appPermissions: ['Directory.Read.All'], delegated: [], delegatedConsent: null, lastSignInDaysAgo: 212, ownerPersonas: ['jason'] },
  { displayName: 'Entra Ask', description: 'Teams bot that answers questions about the tenant.', owner: 'tenant', verifiedPublisher: null, appPermissions: [], delegated: ['User.Read', 'Directory.Read.All', 'AuditLog.Read.All'], delegatedConsent: 'AllPrincipals', lastSignInDaysAgo: 0, ownerPersonas: ['patti'] },
  { displayName: 'Marketing Analytics Dashboard', description: 'Campaign analytics reading marketing mailboxes.', owner: 'tenant', verifiedPublisher: null, appPermissions: [], delegated: ['Mail.Read', 'User.Read'], delegatedConsent: 'julieta', lastSignInDaysAgo: 2, ownerPersonas: ['julieta'] },
  { displayName: 'Contoso Partner Portal', description: 'Contoso\'s partner collaboration portal.', owner: CONTOSO, verifiedPublisher: 'Contoso Ltd', appPermissions: [], delegated: ['User.Read', 'openid', 'profile'], delegatedConsent: 'AllPrincipals', lastSignInDaysAgo: 1, ownerPersonas: [] },
  { displayName: 'Fabrikam Data Connector', description: 'Syncs shared project files with Fabrikam.', owner: FABRIKAM, verifiedPublisher: null, appPermissions: ['Mail.Read', 'Files.ReadWrite.All'], delegated: [], delegatedConsent: null, lastSignInDaysAgo: 0, ownerPersonas: [] },
  { displayName: 'Northwind CRM Sync', description: 'Contact synchronisation with Northwind CRM.', owner: NORTHWIND, verifiedPublisher: 'Northwind Traders', appPermissions: [], delegated: ['Contacts.Read', 'User.Read'], delegatedConsent: 'giovanna', lastSignInDaysAgo: 5, ownerPersonas: [] },
  { displayName: 'Tailspin Survey', description: 'Employee survey tool.', owner: TAILSPIN, verifiedPublisher: null, appPermissions: [], delegated: ['User.Read', 'Mail.Send'], delegatedConsent: 'karita', lastSignInDaysAgo: 96, ownerPersonas: [] },
  { displayName: 'Litware Expense', description: 'Expense management SaaS.', owner: LITWARE, verifiedPublisher: 'Litware Inc.', appPermissions: [], delegated: ['User.Read', 'offline_access'], delegatedConsent: 'AllPrincipals', lastSignInDaysAgo: 140, ownerPersonas: [] },
];
