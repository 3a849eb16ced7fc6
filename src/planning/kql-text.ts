import { kqlString } from '../kql/literal';
import type { ConcreteWindow } from './time';
import { isoSeconds } from './time';

/** `where TimeGenerated between (datetime(…) .. datetime(…))` for a concrete window. */
export function kqlWindow(window: ConcreteWindow): string {
  return `| where TimeGenerated between (datetime(${isoSeconds(window.from)}) .. datetime(${isoSeconds(window.to)}))`;
}

/** `("a", "b")` — every value a KQL string literal from the one escaping function. */
export function kqlList(values: readonly string[]): string {
  return `(${values.map(kqlString).join(', ')})`;
}

/** Sign-in status as KQL over `ResultType` (a string in Log Analytics). */
export function kqlStatus(status: 'success' | 'failure' | 'interrupted' | undefined, errorCode: number | undefined): string[] {
  if (errorCode !== undefined) return [`| where ResultType == ${kqlString(String(Math.trunc(errorCode)))}`];
  if (status === 'success') return ['| where ResultType == "0"'];
  if (status === 'failure') return ['| where ResultType != "0"'];
  if (status === 'interrupted') return ['| where ResultType in ("50074", "50076", "50097")'];
  return [];
}

/**
 * SigninLogs lines for "without MFA" / "that required MFA" (`AuthenticationRequirement`) and
 * "from (non-)compliant devices" (`DeviceDetail.isCompliant`; a device Entra does not know has
 * none, so it is not a compliant one).
 */
export function kqlSignInConditions(slots: { readonly authRequirement?: 'singleFactor' | 'multiFactor'; readonly deviceCompliant?: boolean }): string[] {
  return [
    ...(slots.authRequirement ? [`| where AuthenticationRequirement == "${slots.authRequirement === 'singleFactor' ? 'singleFactorAuthentication' : 'multiFactorAuthentication'}"`] : []),
    ...(slots.deviceCompliant !== undefined ? [`| where tostring(DeviceDetail.isCompliant) ${slots.deviceCompliant ? '==' : '!='} "true"`] : []),
  ];
}
