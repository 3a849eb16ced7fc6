import type { GraphObject } from '../model';
import type { GenContext } from './context';
import type { Person } from './person';

/**
 * Licences: the tenant's subscriptions (Graph `subscribedSku`) and each person's `assignedLicenses`.
 * SKU and service-plan ids and part numbers are Microsoft's (learn.microsoft.com/entra/identity/users/
 * licensing-service-plan-reference). The story: most members hold Microsoft 365 E3, admins and the
 * security team E5, the admins and the risky-user personas Entra ID P2 (25 P2 seats bought, about
 * half in use: 12 in the 120-user test tenant), Finance has Power BI Pro, and a few members hold no licence at all (plus guests and the
 * break-glass accounts, which never do).
 */
interface Plan { readonly id: string; readonly name: string }
interface Sku { readonly skuId: string; readonly part: string; readonly plans: readonly Plan[] }

const P = (id: string, name: string): Plan => ({ id, name });
const AAD_P1 = P('41781fb2-bc02-4b7c-bd55-b576c07bb09d', 'AAD_PREMIUM');
const AAD_P2 = P('eec0eb4f-6444-4f95-aba0-50c24d67f998', 'AAD_PREMIUM_P2');
const EXO_P2 = P('efb87545-963c-4e0d-99df-69c6916d9eb0', 'EXCHANGE_S_ENTERPRISE');
const SPO_P2 = P('5dbe027f-2339-4123-9542-606e4d348a72', 'SHAREPOINTENTERPRISE');
const TEAMS = P('57ff2da0-773e-42df-b2af-ffb7a2317929', 'TEAMS1');
const INTUNE = P('c1ec4a95-1f05-45b3-a911-aa3fa01094f5', 'INTUNE_A');
const MFA = P('8a256a2b-b617-496d-b51b-e76466e88db0', 'MFA_PREMIUM');
const BI_PRO = P('70d33638-9c74-4d01-bfd3-562de28bd4ba', 'BI_AZURE_P2');

export const SKUS = {
  e3: { skuId: '05e9a617-0261-4cee-bb44-138d3ef5d965', part: 'SPE_E3', plans: [EXO_P2, SPO_P2, TEAMS, INTUNE, AAD_P1, MFA] },
  e5: { skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06', part: 'SPE_E5', plans: [EXO_P2, SPO_P2, TEAMS, INTUNE, AAD_P1, AAD_P2, MFA] },
  p2: { skuId: '84a661c4-e949-4bd2-a560-ed7766fcaf2b', part: 'AAD_PREMIUM_P2', plans: [AAD_P1, AAD_P2, MFA] },
  biPro: { skuId: 'f8a1db68-be16-40ed-86d5-cb42ce701560', part: 'POWER_BI_PRO', plans: [BI_PRO] },
} as const satisfies Record<string, Sku>;
type SkuKey = keyof typeof SKUS;

/** Seats bought beyond those in use, per SKU (P2: a few left; E3: a fuller buffer). */
const SPARE: Record<SkuKey, number> = { e3: 12, e5: 3, p2: 0, biPro: 5 };
/** P2 seats bought: the story's fixed 25 (at least those in use). */
const P2_SEATS = 25;

/** Which SKUs a person holds (empty: unlicensed). */
export function skusOf(ctx: GenContext, person: Person, index: number): SkuKey[] {
  if (person.kind !== 'member' || person.userType === 'Guest') return [];
  if (person.personaKey === 'alain') return [];
  const rng = ctx.rng('licence', index);
  const roll = rng.next();
  if (person.personaKey === null && roll < 0.06) return [];
  const out: SkuKey[] = [];
  const security = person.department === 'Security' || person.department === 'IT';
  out.push(person.isAdmin || security ? 'e5' : 'e3');
  if (person.isAdmin || person.personaKey === 'karita' || person.personaKey === 'julieta' || person.personaKey === 'giovanna') out.push('p2');
  if (person.department === 'Finance') out.push('biPro');
  return out;
}

/** Graph `assignedLicenses` of a person. */
export function assignedLicenses(skus: readonly SkuKey[]): GraphObject[] {
  return skus.map((k) => ({ disabledPlans: [], skuId: SKUS[k].skuId }) as unknown as GraphObject);
}

const plans = (sku: Sku, status: string): Record<string, string>[] =>
  sku.plans.map((p) => ({ servicePlanId: p.id, servicePlanName: p.name, provisioningStatus: status, appliesTo: 'User' }));

/** The tenant's `subscribedSkus`: consumed units are the assigned seats. */
export function subscribedSkus(ctx: GenContext, tenantId: string, assigned: readonly (readonly SkuKey[])[]): GraphObject[] {
  return (Object.keys(SKUS) as SkuKey[]).map((key) => {
    const sku = SKUS[key];
    const consumed = assigned.filter((a) => a.includes(key)).length;
    const enabled = key === 'p2' ? Math.max(P2_SEATS, consumed) : consumed + SPARE[key];
    return {
      id: `${tenantId}_${sku.skuId}`,
      accountId: tenantId,
      accountName: 'Woodgrove Bank',
      appliesTo: 'User',
      capabilityStatus: 'Enabled',
      consumedUnits: consumed,
      prepaidUnits: { enabled, suspended: 0, warning: key === 'biPro' ? 5 : 0, lockedOut: 0 },
      servicePlans: plans(sku, 'Success'),
      skuId: sku.skuId,
      skuPartNumber: sku.part,
      subscriptionIds: [ctx.guid(`subscription:${sku.part}`)],
    };
  });
}

/** Graph `licenseDetails` of a user, from their `assignedLicenses` and the subscriptions. */
export function licenseDetailsOf(user: GraphObject, skus: readonly GraphObject[]): GraphObject[] {
  const assigned = Array.isArray(user['assignedLicenses']) ? (user['assignedLicenses'] as { skuId: string }[]) : [];
  return assigned.flatMap((a) => {
    const sku = skus.find((s) => s['skuId'] === a.skuId);
    if (!sku) return [];
    return [{
      id: `${a.skuId.replace(/-/g, '').slice(0, 22)}${user.id.replace(/-/g, '').slice(0, 21)}`,
      skuId: a.skuId,
      skuPartNumber: sku['skuPartNumber'],
      servicePlans: sku['servicePlans'],
    } as GraphObject];
  });
}
