/**
 * The Graph permissions the app registration needs, derived from the capability table per mode:
 * for each API, the least privileged permission its page lists (or the set the page says must be
 * granted together), plus the least privileged permission of each property the product reads
 * that needs its own (`propertyPermissions`, e.g. appliedConditionalAccessPolicies), with one
 * reasoned exception: where a page's least privileged is `User.Read` (the signed-in user only) or
 * `User.ReadBasic.All` (basic properties only), the product reads other users' full profiles and
 * takes the page's next one, `User.Read.All`.
 */
import { CAPABILITIES } from '../../src/sources/graph/capability-table';
import type { ApiPermissions, GraphApiCapabilities } from '../../src/sources/graph/capability-table';

export type RegistrationMode = 'delegated' | 'application';

/** Why a documented least privileged permission is not the one taken, per permission. */
export const TAKEN_INSTEAD: Readonly<Record<string, { readonly take: string; readonly why: string; readonly paths: RegExp }>> = {
  'User.Read': { take: 'User.Read.All', why: 'User.Read reads the signed-in user only; the product reads other users', paths: /^\/users/ },
  'User.ReadBasic.All': { take: 'User.Read.All', why: 'User.ReadBasic.All reads basic properties only; the product reads full profiles', paths: /^\/users/ },
};

const listFor = (p: ApiPermissions, mode: RegistrationMode): readonly string[] | null => (mode === 'delegated' ? p.delegated : p.application);

/** The permissions one API needs in one mode; `null` when Microsoft documents no permission of that type. */
export function derivedFor(api: GraphApiCapabilities, mode: RegistrationMode): string[] | null {
  const list = listFor(api.permissions, mode);
  if (list === null) return null;
  const least = list[0];
  if (least === undefined) return [];
  const swap = TAKEN_INSTEAD[least];
  const base = api.permissions.together ?? [swap && swap.paths.test(api.path) && list.includes(swap.take) ? swap.take : least];
  const props = Object.values(api.propertyPermissions ?? {}).map((pp) => listFor(pp, mode)?.[0]).filter((p): p is string => p !== undefined);
  return [...new Set([...base, ...props])];
}

/** Every permission of one mode, sorted. */
export function derivedUnion(mode: RegistrationMode, apis: readonly GraphApiCapabilities[] = CAPABILITIES): string[] {
  return [...new Set(apis.flatMap((a) => derivedFor(a, mode) ?? []))].sort();
}
