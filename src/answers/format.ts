import type { Cell } from './answer';

/** "2024-01-13 14:02 UTC" from an ISO date-time; the text itself when it is not one. */
export function formatDateTime(value: unknown): Cell {
  if (typeof value !== 'string' || value === '') return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function text(value: unknown): Cell {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** A raw value (Graph property, KQL cell) as a table cell: kept as is, objects as JSON, missing as null. */
export function cell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

export function yesNo(value: unknown): Cell {
  return typeof value === 'boolean' ? (value ? 'Yes' : 'No') : null;
}

/** "1 owner" / "3 owners". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export function obj(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** "Security", "Microsoft 365", "Distribution", "Mail-enabled security". */
export function groupKind(group: Record<string, unknown>): string {
  const types = Array.isArray(group.groupTypes) ? group.groupTypes : [];
  if (types.includes('Unified')) return 'Microsoft 365';
  if (group.securityEnabled && group.mailEnabled) return 'Mail-enabled security';
  if (group.securityEnabled) return 'Security';
  return 'Distribution';
}

export function membershipKind(group: Record<string, unknown>): string {
  const types = Array.isArray(group.groupTypes) ? group.groupTypes : [];
  return types.includes('DynamicMembership') ? 'Dynamic' : 'Assigned';
}

const OS_NAMES: Readonly<Record<string, string>> = {
  windows10: 'Windows 10', windows11: 'Windows 11', windows: 'Windows', ios: 'iOS', ipados: 'iPadOS', macos: 'macOS',
  android: 'Android', linux: 'Linux', chromeos: 'ChromeOS',
};

/** "Windows 10", "iOS", "macOS" from the sign-in log's "Windows10", "Ios", "MacOs"; others as given. */
export function osName(value: string): string {
  return OS_NAMES[value.toLowerCase().replace(/\s+/g, '')] ?? value;
}

const CA_STATUS: Readonly<Record<string, string>> = { success: 'Success', failure: 'Failure', notApplied: 'Not applied', unknownFutureValue: 'Unknown' };

/** A sign-in's `conditionalAccessStatus` in words: "Not applied", not "notApplied". */
export function caStatusText(value: string): string {
  return CA_STATUS[value] ?? value;
}

/** Microsoft Graph's `methodsRegistered` values (userRegistrationDetails) in words. */
const METHOD_NAMES: Readonly<Record<string, string>> = {
  microsoftAuthenticatorPush: 'Microsoft Authenticator (push)', microsoftAuthenticatorPasswordless: 'Microsoft Authenticator (passwordless)',
  softwareOneTimePasscode: 'software one-time passcode', hardwareOneTimePasscode: 'hardware one-time passcode',
  mobilePhone: 'mobile phone', alternateMobilePhone: 'alternate mobile phone', officePhone: 'office phone', email: 'email',
  fido2SecurityKey: 'FIDO2 security key', passKeyDeviceBound: 'passkey (device-bound)', passKeyDeviceBoundAuthenticator: 'passkey in Microsoft Authenticator',
  passKeyDeviceBoundWindowsHello: 'passkey in Windows Hello', windowsHelloForBusiness: 'Windows Hello for Business',
  temporaryAccessPass: 'Temporary Access Pass', securityQuestion: 'security questions', macOsSecureEnclaveKey: 'macOS Platform SSO key',
};

/** "Microsoft Authenticator (push)" from "microsoftAuthenticatorPush"; unknown values as given. */
export function methodName(value: string): string {
  return METHOD_NAMES[value] ?? value;
}
