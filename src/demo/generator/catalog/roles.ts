/** Built-in Microsoft Entra roles (real template ids) the demo tenant uses. */

export interface BuiltInRole {
  readonly templateId: string;
  readonly displayName: string;
  readonly description: string;
  readonly privileged: boolean;
  readonly actions: readonly string[];
}

const r = (templateId: string, displayName: string, description: string, privileged: boolean, actions: string[]): BuiltInRole =>
  ({ templateId, displayName, description, privileged, actions });

export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  r('62e90394-69f5-4237-9190-012177145e10', 'Global Administrator', 'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.', true, ['microsoft.directory/allEntities/allProperties/allTasks']),
  r('e8611ab8-c189-46e8-94e1-60213ab1f814', 'Privileged Role Administrator', 'Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.', true, ['microsoft.directory/roleAssignments/allProperties/allTasks', 'microsoft.directory/privilegedIdentityManagement/allProperties/allTasks']),
  r('7be44c8a-adaf-4e2a-84d6-ab2649e08a13', 'Privileged Authentication Administrator', 'Can access to view, set and reset authentication method information for any user (admin or non-admin).', true, ['microsoft.directory/users/authenticationMethods/create', 'microsoft.directory/users/password/update']),
  r('194ae4cb-b126-40b2-bd5b-6091b380977d', 'Security Administrator', 'Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365.', true, ['microsoft.directory/identityProtection/allProperties/allTasks', 'microsoft.directory/conditionalAccessPolicies/create']),
  r('5d6b6bb7-de71-4623-b4af-96380a352509', 'Security Reader', 'Can read security information and reports in Microsoft Entra ID and Office 365.', false, ['microsoft.directory/identityProtection/allProperties/read', 'microsoft.directory/signInReports/allProperties/read', 'microsoft.directory/auditLogs/allProperties/read']),
  r('5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', 'Security Operator', 'Creates and manages security events.', false, ['microsoft.directory/identityProtection/riskyUsers/update']),
  r('fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator', 'Can manage all aspects of users and groups, including resetting passwords for limited admins.', true, ['microsoft.directory/users/allProperties/allTasks', 'microsoft.directory/groups/allProperties/allTasks']),
  r('729827e3-9c14-49f7-bb1b-9608f156bbb8', 'Helpdesk Administrator', 'Can reset passwords for non-administrators and Helpdesk Administrators.', true, ['microsoft.directory/users/password/update', 'microsoft.directory/users/invalidateAllRefreshTokens']),
  r('c4e39bd9-1100-46d3-8c65-fb160da0071f', 'Authentication Administrator', 'Can access to view, set and reset authentication method information for any non-admin user.', true, ['microsoft.directory/users/authenticationMethods/create', 'microsoft.directory/users/authenticationMethods/delete']),
  r('9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Application Administrator', 'Can create and manage all aspects of app registrations and enterprise apps.', true, ['microsoft.directory/applications/allProperties/allTasks', 'microsoft.directory/servicePrincipals/allProperties/allTasks']),
  r('158c047a-c907-4556-b7ef-446551a6b5f7', 'Cloud Application Administrator', 'Can create and manage all aspects of app registrations and enterprise apps except App Proxy.', true, ['microsoft.directory/applications/allProperties/allTasks']),
  r('b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'Conditional Access Administrator', 'Can manage Conditional Access capabilities.', true, ['microsoft.directory/conditionalAccessPolicies/allProperties/allTasks']),
  r('f2ef992c-3afb-46b9-b7cf-a126ee74c451', 'Global Reader', 'Can read everything that a Global Administrator can, but not update anything.', false, ['microsoft.directory/allEntities/allProperties/read']),
  r('29232cdf-9323-42fd-ade2-1d097af3e4de', 'Exchange Administrator', 'Can manage all aspects of the Exchange product.', false, ['microsoft.office365.exchange/allEntities/basic/allTasks']),
  r('fdd7a751-b60b-444a-984c-02652fe8fa1c', 'Groups Administrator', 'Members of this role can create/manage groups, create/manage groups settings like naming and expiration policies, and view groups activity and audit reports.', false, ['microsoft.directory/groups/allProperties/allTasks']),
  r('b0f54661-2d74-4c50-afa3-1ec803f12efe', 'Billing Administrator', 'Can perform common billing related tasks like updating payment information.', false, ['microsoft.commerce.billing/allEntities/allProperties/allTasks']),
  r('88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 'Directory Readers', 'Can read basic directory information. Commonly used to grant directory read access to applications and guests.', false, ['microsoft.directory/users/standard/read']),
];

export function roleByName(name: string): BuiltInRole {
  const role = BUILT_IN_ROLES.find((x) => x.displayName === name);
  if (!role) throw new Error(`unknown role ${name}`);
  return role;
}
