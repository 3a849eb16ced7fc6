/** Microsoft Graph permissions (real ids) the demo apps request: app roles and delegated scopes. */

export interface Permission {
  readonly id: string;
  readonly value: string;
  readonly type: 'Role' | 'Scope';
  readonly description: string;
}

const role = (id: string, value: string, description: string): Permission => ({ id, value, type: 'Role', description });
const scope = (id: string, value: string, description: string): Permission => ({ id, value, type: 'Scope', description });

export const GRAPH_APP_ROLES: readonly Permission[] = [
  role('19dbc75e-c2e2-444c-a770-ec69d8559fc7', 'Directory.ReadWrite.All', 'Read and write directory data'),
  role('9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8', 'RoleManagement.ReadWrite.Directory', 'Read and write all directory RBAC settings'),
  role('06b708a9-e830-4db3-a914-8e69da51d44f', 'AppRoleAssignment.ReadWrite.All', 'Manage app permission grants and app role assignments'),
  role('1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9', 'Application.ReadWrite.All', 'Read and write all applications'),
  role('741f803b-c850-494e-b5df-cde7c675a1ca', 'User.ReadWrite.All', 'Read and write all users\' full profiles'),
  role('62a82d76-70ea-41e2-9197-370581804d09', 'Group.ReadWrite.All', 'Read and write all groups'),
  role('df021288-bdef-4463-88db-98f22de89214', 'User.Read.All', 'Read all users\' full profiles'),
  role('7ab1d382-f21e-4acd-a863-ba3e13f7da61', 'Directory.Read.All', 'Read directory data'),
  role('b0afded3-3588-46d8-8b3d-9842eff778da', 'AuditLog.Read.All', 'Read all audit log data'),
  role('810c84a8-4a9e-49e6-bf7d-12d183f40d01', 'Mail.Read', 'Read mail in all mailboxes'),
  role('01d4889c-1287-42c6-ac1f-5d1e02578ef6', 'Files.Read.All', 'Read files in all site collections'),
  role('75359482-378d-4052-8f01-80520e7db3cd', 'Files.ReadWrite.All', 'Read and write files in all site collections'),
];

export const GRAPH_SCOPES: readonly Permission[] = [
  scope('e1fe6dd8-ba31-4d61-89e7-88639da4683d', 'User.Read', 'Sign in and read user profile'),
  scope('37f7f235-527c-4136-accd-4a02d197296e', 'openid', 'Sign users in'),
  scope('14dad69e-099b-42c9-810b-d002981feec1', 'profile', 'View users\' basic profile'),
  scope('7427e0e9-2fba-42fe-b0c0-848c9e6a8182', 'offline_access', 'Maintain access to data you have given it access to'),
  scope('64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0', 'email', 'View users\' email address'),
  scope('570282fd-fa5c-430d-a7fd-fc8dc98a9dca', 'Mail.Read', 'Read user mail'),
  scope('e383f46e-2787-4529-855e-0e479a3ffac0', 'Mail.Send', 'Send mail as a user'),
  scope('ff74d97f-43af-4b68-9f2a-b77ee6968c5d', 'Contacts.Read', 'Read user contacts'),
  scope('06da0dbc-49e2-44d2-8312-53f166ab848a', 'Directory.Read.All', 'Read directory data'),
  scope('e4c9e354-4dc5-45b8-9e7c-e1393b0b1a20', 'AuditLog.Read.All', 'Read audit log data'),
  scope('0e263e50-5827-48a4-b97c-d940288653c7', 'Directory.AccessAsUser.All', 'Access directory as the signed in user'),
  scope('863451e7-0667-486c-a5d6-d135439485f0', 'Files.ReadWrite.All', 'Have full access to all files user can access'),
];

export function graphRole(value: string): Permission {
  const p = GRAPH_APP_ROLES.find((x) => x.value === value);
  if (!p) throw new Error(`unknown Graph app role ${value}`);
  return p;
}

export function graphScope(value: string): Permission {
  const p = GRAPH_SCOPES.find((x) => x.value === value);
  if (!p) throw new Error(`unknown Graph scope ${value}`);
  return p;
}
