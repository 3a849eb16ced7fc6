import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { graphPath, segment } from '../../planning/graph-path';
import { get } from '../../planning/graph-get';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { skuPartOf } from './sku-names';

export const SKU_SELECT = 'skuId,skuPartNumber,capabilityStatus,consumedUnits,prepaidUnits,appliesTo';
export const LICENSED_USER_SELECT = 'id,displayName,userPrincipalName,department,userType,assignedLicenses';
export const USER_LIMIT = 20_000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const skus = () => get('skus', graphPath('/subscribedSkus', { $select: SKU_SELECT }), { maxRows: 1000, reads: ['directory'] });

/** licenses.summary: the tenant's subscriptions with bought (prepaid enabled) and used (consumed) seats. */
export function planLicensesSummary(): QueryPlan {
  return { queries: [skus()], sourceNote: 'Microsoft Graph subscribedSkus: prepaidUnits.enabled are the seats bought, consumedUnits those assigned.' };
}

/**
 * users.licenses: a person's licences (`/users/{id}/licenseDetails`; app-only, where Microsoft
 * documents that API as delegated only, their `assignedLicenses` named through `/subscribedSkus`);
 * who holds a licence (a second round once the SKU's id is known:
 * `assignedLicenses/any(x:x/skuId eq …)`); or every user with their licences, for "users without a
 * licence" (Graph's `assignedLicenses/$count eq 0` is not in the documented filters, so the answer
 * counts them).
 */
export function planUsersLicenses(ctx: PlanContext): QueryPlan {
  const user = ctx.resolved.user;
  if (user) {
    const base = `/users/${segment(user.id)}`;
    const own = ctx.graphAuth === 'appOnly'
      ? get('user', graphPath(base, { $select: 'id,displayName,assignedLicenses' }), { reads: ['directory'] })
      : get('licences', graphPath(`${base}/licenseDetails`, { $select: 'skuId,skuPartNumber' }), { maxRows: 100, reads: ['directory'] });
    return { queries: [skus(), own] };
  }
  if (ctx.intent.slots.sku !== undefined && ctx.intent.slots.unlicensed !== true) return { queries: [skus()] };
  return { queries: [skus(), get('users', graphPath('/users', { $select: LICENSED_USER_SELECT, $top: 999 }), { maxRows: USER_LIMIT, reads: ['directory'] })] };
}

/** Second round for a SKU: its holders, once the tenant's subscription names its id. */
export function nextUsersLicenses(input: AnswerInput): QueryPlan | undefined {
  const { sku, unlicensed } = input.intent.slots;
  if (input.resolved.user || sku === undefined || unlicensed === true) return undefined;
  const part = skuPartOf(sku).toLowerCase();
  const found = graphRows(input, 'skus').find((s) => typeof s.skuPartNumber === 'string' && s.skuPartNumber.toLowerCase() === part);
  const id = typeof found?.skuId === 'string' ? found.skuId : '';
  if (!GUID.test(id)) return undefined;
  return {
    queries: [get('holders', graphPath('/users', {
      $filter: `assignedLicenses/any(x:x/skuId eq ${id.toLowerCase()})`, $select: LICENSED_USER_SELECT, $top: 999,
    }), { maxRows: USER_LIMIT, reads: ['directory'] })],
  };
}
