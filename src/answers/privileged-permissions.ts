/**
 * What counts as highly privileged, for flagging in answers. A maintained list, not a guess:
 *
 * - Application / delegated Microsoft Graph permissions: the permissions Microsoft documents as
 *   allowing tenant takeover or broad data access — "Microsoft Graph permissions reference"
 *   (learn.microsoft.com/graph/permissions-reference) and the ones the Microsoft Entra app
 *   consent guidance calls high risk ("Protect against consent phishing", "Review permissions
 *   granted to enterprise applications", learn.microsoft.com/entra/identity/enterprise-apps/).
 * - Directory roles: the built-in roles marked PRIVILEGED in "Microsoft Entra built-in roles"
 *   and "Privileged roles and permissions in Microsoft Entra ID"
 *   (learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions),
 *   by template id, which is the same in every tenant.
 */
export const PRIVILEGED_PERMISSIONS_SOURCE =
  'https://learn.microsoft.com/graph/permissions-reference and https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions';

/** Permission value → why it is highly privileged. */
const PERMISSIONS: Readonly<Record<string, string>> = {
  'Directory.ReadWrite.All': 'Write access to the whole directory',
  'RoleManagement.ReadWrite.Directory': 'Can assign any directory role, including Global Administrator',
  'AppRoleAssignment.ReadWrite.All': 'Can grant itself or any app any application permission',
  'Application.ReadWrite.All': 'Can add credentials to any app and act as it',
  'Application.ReadWrite.OwnedBy': 'Can add credentials to the apps it owns',
  'Policy.ReadWrite.ConditionalAccess': 'Can change or switch off Conditional Access',
  'Policy.ReadWrite.AuthenticationMethod': 'Can change which sign-in methods are allowed',
  'Policy.ReadWrite.PermissionGrant': 'Can change who may consent to apps',
  'UserAuthenticationMethod.ReadWrite.All': 'Can add sign-in methods (e.g. Temporary Access Pass) to any user',
  'User.ReadWrite.All': 'Can change any user, including their sign-in names',
  'Group.ReadWrite.All': 'Can change any group, including role-assignable and app-granting groups',
  'GroupMember.ReadWrite.All': 'Can add anyone to groups that grant access',
  'Domain.ReadWrite.All': 'Can add federated domains (sign in as anyone)',
  'Organization.ReadWrite.All': 'Can change tenant-wide settings',
  'PrivilegedAccess.ReadWrite.AzureADGroup': 'Can manage PIM for groups',
  'PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup': 'Can activate PIM group assignments',
  'RoleAssignmentSchedule.ReadWrite.Directory': 'Can create PIM role assignments',
  'RoleEligibilitySchedule.ReadWrite.Directory': 'Can create PIM role eligibilities',
  'DelegatedPermissionGrant.ReadWrite.All': 'Can grant delegated permissions without consent',
  'IdentityRiskyUser.ReadWrite.All': 'Can dismiss user risk',
  'Mail.ReadWrite': 'Read and change every mailbox',
  'Mail.Read': 'Read every mailbox',
  'Mail.Send': 'Send mail as any user',
  'MailboxSettings.ReadWrite': 'Change any mailbox settings (forwarding rules)',
  'full_access_as_app': 'Full access to every mailbox (Exchange)',
  'Files.ReadWrite.All': 'Read and change every file in OneDrive and SharePoint',
  'Files.Read.All': 'Read every file in OneDrive and SharePoint',
  'Sites.FullControl.All': 'Full control of every SharePoint site',
  'Sites.ReadWrite.All': 'Read and change every SharePoint site',
  'Sites.Read.All': 'Read every SharePoint site',
  'Chat.ReadWrite.All': 'Read and change every Teams chat',
  'Chat.Read.All': 'Read every Teams chat',
  'ChannelMessage.Read.All': 'Read every Teams channel message',
  'Calendars.ReadWrite': 'Read and change every calendar',
  'Contacts.ReadWrite': 'Read and change every contact list',
  'Notes.ReadWrite.All': 'Read and change every OneNote notebook',
  'AuditLog.Read.All': 'Read all audit and sign-in logs',
  'Directory.AccessAsUser.All': 'Acts as the signed-in user with all their directory rights',
};

/** Why a permission is highly privileged, or undefined when it is not on the list. */
export function privilegedPermission(value: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, value) ? PERMISSIONS[value] : undefined;
}

export function privilegedPermissionNames(): readonly string[] {
  return Object.keys(PERMISSIONS);
}

/** Built-in privileged directory roles by template id. */
const ROLES: Readonly<Record<string, string>> = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  'e8611ab8-c189-46e8-94e1-60213ab1f814': 'Privileged Role Administrator',
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13': 'Privileged Authentication Administrator',
  '194ae4cb-b126-40b2-bd5b-6091b380977d': 'Security Administrator',
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': 'Helpdesk Administrator',
  'c4e39bd9-1100-46d3-8c65-fb160da0071f': 'Authentication Administrator',
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3': 'Application Administrator',
  '158c047a-c907-4556-b7ef-446551a6b5f7': 'Cloud Application Administrator',
  'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9': 'Conditional Access Administrator',
  '29232cdf-9323-42fd-ade2-1d097af3e4de': 'Exchange Administrator',
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c': 'SharePoint Administrator',
  '3a2c62db-5318-420d-8d74-23affee5d9d5': 'Intune Administrator',
  '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2': 'Hybrid Identity Administrator',
  'be2f45a1-457d-42af-a067-6ec1fa63bc45': 'External Identity Provider Administrator',
  '8329153b-31d0-4727-b945-745eb3bc5f31': 'Domain Name Administrator',
  '9360feb5-f418-4baa-8175-e2a00bac4301': 'Directory Writers',
  'e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8': 'Partner Tier2 Support',
  '4ba39ca4-527c-499a-b93d-d9b492c50246': 'Partner Tier1 Support',
  '966707d0-3269-4727-9be2-8c3a10f19b9d': 'Password Administrator',
  '7698a772-787b-4ac8-901f-60d6b08affd2': 'Cloud Device Administrator',
  'd29b2b05-8046-44ba-8758-1e26182fcf32': 'Directory Synchronization Accounts',
};

export function isPrivilegedRole(templateId: string): boolean {
  return Object.prototype.hasOwnProperty.call(ROLES, templateId.toLowerCase());
}

export function privilegedRoleTemplateIds(): readonly string[] {
  return Object.keys(ROLES);
}
