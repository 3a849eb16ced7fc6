import type { PersonaKey } from '../personas';
import type { Place } from './catalog/places';

/**
 * A person while the tenant is being built: the facts later steps (groups, roles, sign-ins) need,
 * before they become a Graph `user` object. Mutable only inside the generator.
 */
export interface Person {
  readonly id: string;
  readonly upn: string;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly surname: string | null;
  readonly mail: string | null;
  jobTitle: string | null;
  readonly department: string | null;
  readonly companyName: string | null;
  /** Home office (members) or partner location (guests). */
  readonly place: Place;
  userType: 'Member' | 'Guest';
  readonly kind: 'member' | 'guest' | 'breakGlass';
  readonly personaKey: PersonaKey | null;
  readonly accountEnabled: boolean;
  readonly createdMs: number;
  passwordChangeMs: number;
  /** active: signs in daily; inactive: last sign-in before the window; disabled; none: never. */
  readonly activity: 'active' | 'inactive' | 'disabled' | 'none';
  /** Last sign-in for people who do not sign in inside the window (null: never). */
  readonly lastSignInOverrideMs: number | null;
  /** Partner organisation of a guest (or of a guest turned member). */
  readonly partner: string | null;
  readonly externalUserState: string | null;
  readonly isAdmin: boolean;
}
