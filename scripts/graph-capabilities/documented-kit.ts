/** Shared pieces of the documented facts: source labels, filter-spec helpers, common permission sets. */
import type { DocumentedPermissions } from './documented-types';

export const LEARN = (page: string): string => `learn.microsoft.com/graph/api/${page} (2026-12-06)`;
export const CONTRIB = (commit: string, file: string): string => `docs-contrib@${commit.slice(0, 12)} api-reference/${file}`;

export const DIR_STRING = 'eq ge le in startsWith | ne not eqNull';
export const DIR_VALUE = 'eq in | ne not eqNull';
export const DIR_DATE = 'eq ge le | ne not in eqNull';
export const DIR_PARAMS = ['$count', '$expand', '$filter', '$orderby', '$search', '$select', '$top'];
export const REL_PARAMS = ['$count', '$expand', '$filter', '$orderby', '$search', '$select', '$top'];
export const same = (spec: string, names: readonly string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, spec]));

export const USER_READ: DocumentedPermissions = { delegated: ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], application: ['User.Read.All', 'Directory.Read.All'] };
export const GROUP_MEMBER_READ: DocumentedPermissions = { delegated: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'], application: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'] };
export const APP_READ: DocumentedPermissions = { delegated: ['Application.Read.All', 'Directory.Read.All'], application: ['Application.Read.All', 'Directory.Read.All'] };
export const ROLE_READ: DocumentedPermissions = { delegated: ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All'], application: ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All'] };
export const EM_READ: DocumentedPermissions = { delegated: ['EntitlementManagement.Read.All', 'EntitlementManagement.ReadWrite.All'], application: ['EntitlementManagement.Read.All', 'EntitlementManagement.ReadWrite.All'] };
export const AUDIT_READ: DocumentedPermissions = { delegated: ['AuditLog.Read.All'], application: ['AuditLog.Read.All'] };
