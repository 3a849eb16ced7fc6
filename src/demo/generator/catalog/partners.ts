import { placeByCity } from './places';
import type { Place } from './places';

/** A partner organisation whose people are guests in Woodgrove's tenant. */
export interface Partner {
  readonly name: string;
  readonly domain: string;
  /** Label for the partner's (stable, seed-derived) tenant id. */
  readonly tenantLabel: string;
  readonly place: Place;
}

export const PARTNERS: readonly Partner[] = [
  { name: 'Contoso', domain: 'contoso.com', tenantLabel: 'partner-tenant:contoso', place: placeByCity('Paris') },
  { name: 'Fabrikam', domain: 'fabrikam.com', tenantLabel: 'partner-tenant:fabrikam', place: placeByCity('Toronto') },
];
