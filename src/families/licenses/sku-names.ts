/**
 * Product names of the licences (SKUs) people ask about, by `skuPartNumber`, as Microsoft's
 * "Product names and service plan identifiers for licensing" page names them
 * (learn.microsoft.com/entra/identity/users/licensing-service-plan-reference). A part number not
 * listed is shown as it is.
 */
const PRODUCT_NAMES: Readonly<Record<string, string>> = {
  AAD_PREMIUM: 'Microsoft Entra ID P1',
  AAD_PREMIUM_P2: 'Microsoft Entra ID P2',
  SPE_E3: 'Microsoft 365 E3',
  SPE_E5: 'Microsoft 365 E5',
  SPE_F1: 'Microsoft 365 F3',
  ENTERPRISEPACK: 'Office 365 E3',
  ENTERPRISEPREMIUM: 'Office 365 E5',
  STANDARDPACK: 'Office 365 E1',
  EMS: 'Enterprise Mobility + Security E3',
  EMSPREMIUM: 'Enterprise Mobility + Security E5',
  POWER_BI_PRO: 'Power BI Pro',
  POWER_BI_STANDARD: 'Power BI (free)',
  EXCHANGESTANDARD: 'Exchange Online (Plan 1)',
  FLOW_FREE: 'Microsoft Power Automate Free',
  Microsoft_Entra_ID_Governance: 'Microsoft Entra ID Governance',
};

export function productName(skuPartNumber: string): string {
  return PRODUCT_NAMES[skuPartNumber] ?? skuPartNumber;
}

/**
 * The `skuPartNumber` a `sku` slot means: a part number as it is ("AAD_PREMIUM_P2"), or a product
 * name ("Microsoft Entra ID P2", any case), else the value itself.
 */
export function skuPartOf(value: string): string {
  const v = value.trim().toLowerCase();
  const byPart = Object.keys(PRODUCT_NAMES).find((part) => part.toLowerCase() === v);
  if (byPart) return byPart;
  const byName = Object.entries(PRODUCT_NAMES).find(([, name]) => name.toLowerCase() === v);
  return byName ? byName[0] : value;
}
