import { odataString } from '../../sources/graph/odata';
import { countryCode, countryName } from '../../planning/countries';
import { graphPath } from '../../planning/graph-path';
import { concreteWindow, isoSeconds } from '../../planning/time';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { get } from '../../planning/graph-get';

export const USER_LIST_SELECT = 'id,displayName,userPrincipalName,mail,jobTitle,department,country,userType,accountEnabled,createdDateTime,externalUserState';
export const USER_LIST_LIMIT = 1000;

/** The `country` property holds a name ("Brazil"); a code ("BR") is turned into that name. */
function countryValue(text: string): string {
  const code = countryCode(text);
  return code ? countryName(code) : text;
}

/** The `$filter` clauses of users.search; every value is an escaped literal. */
export function userSearchFilter(ctx: PlanContext): string[] {
  const s = ctx.intent.slots;
  const clauses: string[] = [];
  if (s.departments && s.departments.length > 0) clauses.push(`department in (${s.departments.map(odataString).join(',')})`);
  else if (s.department) clauses.push(`department eq ${odataString(s.department)}`);
  if (s.jobTitle) clauses.push(`startsWith(jobTitle,${odataString(s.jobTitle)})`);
  if (s.userType) clauses.push(`userType eq ${odataString(s.userType === 'guest' ? 'Guest' : 'Member')}`);
  if (s.accountEnabled !== undefined) clauses.push(`accountEnabled eq ${s.accountEnabled ? 'true' : 'false'}`);
  // Synced: `eq true`; cloud-only: `ne true` (an advanced query, as users.search always sends one), which keeps the null of cloud accounts.
  if (s.onPremisesSyncEnabled !== undefined) clauses.push(s.onPremisesSyncEnabled ? 'onPremisesSyncEnabled eq true' : 'onPremisesSyncEnabled ne true');
  if (s.city) clauses.push(`city eq ${odataString(s.city)}`);
  if (s.country) clauses.push(`country eq ${odataString(countryValue(s.country))}`);
  if (s.createdWithin) {
    const w = concreteWindow(s.createdWithin, ctx.now, 'P30D');
    clauses.push(`createdDateTime ge ${isoSeconds(w.from)}`, `createdDateTime le ${isoSeconds(w.to)}`);
  }
  return clauses;
}

/**
 * users.search: one `/users` request with `$count=true` (which needs `ConsistencyLevel:
 * eventual`) so the answer can say how many match even when it shows the first rows only.
 */
export function planUsersSearch(ctx: PlanContext): QueryPlan {
  const top = ctx.intent.slots.top;
  const filter = userSearchFilter(ctx).join(' and ');
  return {
    queries: [get('users', graphPath('/users', {
      $filter: filter, $select: USER_LIST_SELECT, $count: true, $top: top !== undefined ? Math.min(Math.max(top, 1), 999) : 999,
    }), { eventual: true, maxRows: top ?? USER_LIST_LIMIT, reads: ['directory', 'accountState'] })],
  };
}

export const INACTIVE_DEFAULT_WINDOW = 'P90D';

/**
 * users.inactive: Graph can't combine a `signInActivity` filter with other properties, so
 * `userType` is applied to the returned rows. Users who never signed in have no last sign-in
 * date; they come from a second request on `createdDateTime` (old enough to count as inactive)
 * and are the rows of it without a sign-in date.
 */
export function planUsersInactive(ctx: PlanContext): QueryPlan {
  const w = concreteWindow(ctx.intent.slots.window, ctx.now, INACTIVE_DEFAULT_WINDOW);
  const select = `${USER_LIST_SELECT},signInActivity`;
  const type = ctx.intent.slots.userType;
  const typeClause = type ? ` and userType eq ${odataString(type === 'guest' ? 'Guest' : 'Member')}` : '';
  return {
    queries: [
      get('stale', graphPath('/users', {
        $filter: `signInActivity/lastSignInDateTime le ${isoSeconds(w.from)}`, $select: select, $top: 999,
      }), { maxRows: USER_LIST_LIMIT, reads: ['directory', 'account', 'accountState'] }),
      get('older', graphPath('/users', {
        $filter: `createdDateTime le ${isoSeconds(w.from)}${typeClause}`, $select: select, $top: 999,
      }), { maxRows: 20_000, reads: ['directory', 'account', 'accountState'] }),
    ],
    sourceNote: 'Microsoft Graph signInActivity (last interactive sign-in). Graph cannot combine a signInActivity filter with other filters, so user type and never-signed-in accounts are worked out from the rows.',
  };
}
