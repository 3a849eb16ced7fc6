import type { GraphObject } from '../model';
import type { PersonaKey } from '../personas';
import type { GenContext } from './context';
import type { Person } from './person';
import { DAY, iso } from './time';

/** Method kinds the generator registers; each maps to one Graph authenticationMethod type. */
export type MethodKind = 'authenticator' | 'phone' | 'fido2' | 'windowsHello' | 'email' | 'tap';

/** The well-known id Graph gives every user's password method. */
export const PASSWORD_METHOD_ID = '28c10230-6103-485e-b985-444c60001490';

const PERSONA_METHODS: Partial<Record<PersonaKey, MethodKind[]>> = {
  karita: ['authenticator'],
  julieta: ['authenticator'],
  giovanna: ['authenticator', 'phone'],
  natasha: ['authenticator', 'fido2'],
  jason: ['authenticator'],
  alain: ['phone'],
  megan: ['authenticator', 'windowsHello'],
  henrietta: ['authenticator'],
  patti: ['authenticator', 'fido2'],
  nestor: ['authenticator', 'phone'],
  lee: ['authenticator'],
  adele: ['authenticator', 'windowsHello'],
  diego: ['authenticator'],
  isaiah: ['fido2', 'authenticator'],
  grady: ['tap'],
  breakGlass1: ['fido2'],
  breakGlass2: ['fido2'],
  ratih: ['authenticator'],
  sascha: ['authenticator', 'phone'],
};

/** Which methods each person registered (besides the password), in registration order. */
export function methodKinds(ctx: GenContext, person: Person, index: number): MethodKind[] {
  if (person.personaKey) return PERSONA_METHODS[person.personaKey] ?? ['authenticator'];
  if (person.kind === 'guest') return [];
  const rng = ctx.rng('methods', index);
  if (rng.chance(0.08)) return rng.chance(0.5) ? ['email'] : [];
  const kinds: MethodKind[] = ['authenticator'];
  if (rng.chance(0.4)) kinds.push('phone');
  if (rng.chance(0.25)) kinds.push('windowsHello');
  if (rng.chance(0.08)) kinds.push('fido2');
  return kinds;
}

/** The Graph objects of a person's methods, each with `userId` (see TenantModel). */
export function methodObjects(ctx: GenContext, person: Person, kinds: readonly MethodKind[], index: number): GraphObject[] {
  const rng = ctx.rng('method-objects', index);
  const created = (): string => iso(Math.min(ctx.anchorMs - DAY, person.createdMs + rng.int(1, 60) * DAY));
  const out: GraphObject[] = [{
    userId: person.id, '@odata.type': '#microsoft.graph.passwordAuthenticationMethod', id: PASSWORD_METHOD_ID,
    password: null, createdDateTime: iso(person.passwordChangeMs),
  }];
  for (const kind of kinds) {
    const id = ctx.guid(`method:${person.upn}:${kind}`);
    if (kind === 'authenticator') {
      out.push({ userId: person.id, '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod', id,
        displayName: rng.pick(['iPhone 15', 'iPhone 14 Pro', 'Pixel 8', 'Galaxy S24']), deviceTag: 'SoftwareTokenActivated',
        phoneAppVersion: rng.pick(['6.8.16', '6.8.17', '6.2411.7410']), createdDateTime: created() });
    } else if (kind === 'phone') {
      out.push({ userId: person.id, '@odata.type': '#microsoft.graph.phoneAuthenticationMethod', id: '3179e48a-750b-4051-897c-87b9720928f7',
        phoneNumber: `+1 206555${String(rng.int(100, 9999)).padStart(4, '0')}`, phoneType: 'mobile', smsSignInState: 'notAllowedByPolicy' });
    } else if (kind === 'fido2') {
      out.push({ userId: person.id, '@odata.type': '#microsoft.graph.fido2AuthenticationMethod', id,
        displayName: 'YubiKey 5 NFC', createdDateTime: created(), aaGuid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8',
        model: 'YubiKey 5 Series with Firmware 5.1', attestationCertificates: [], attestationLevel: 'attested' });
    } else if (kind === 'windowsHello') {
      out.push({ userId: person.id, '@odata.type': '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod', id,
        displayName: `WGB-LT-${String(10000 + index).slice(-5)}`, createdDateTime: created(), keyStrength: 'normal' });
    } else if (kind === 'email') {
      out.push({ userId: person.id, '@odata.type': '#microsoft.graph.emailAuthenticationMethod', id: '3ddfcfc8-9383-446f-83cc-3ab9be4be18f',
        emailAddress: `${person.upn.split('@')[0] ?? 'user'}@outlook.com` });
    } else {
      const start = ctx.anchorMs - DAY - 3 * 3_600_000;
      out.push({ userId: person.id, '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod', id,
        temporaryAccessPass: null, createdDateTime: iso(start), startDateTime: iso(start), lifetimeInMinutes: 480,
        isUsableOnce: true, isUsable: false, methodUsabilityReason: 'Expired' });
    }
  }
  return out;
}

const REGISTERED_NAME: Record<MethodKind, string[]> = {
  authenticator: ['microsoftAuthenticatorPush', 'softwareOneTimePasscode'],
  phone: ['mobilePhone'],
  fido2: ['passKeyDeviceBound'],
  windowsHello: ['windowsHelloForBusiness'],
  email: ['email'],
  tap: ['temporaryAccessPass'],
};

/** `userRegistrationDetails` of a person (id = user id). */
export function registrationDetails(person: Person, kinds: readonly MethodKind[], isAdmin: boolean, lastUpdatedMs: number): GraphObject {
  const strong = kinds.filter((k) => k !== 'email' && k !== 'tap');
  const methodsRegistered = kinds.flatMap((k) => REGISTERED_NAME[k]);
  const sspr = kinds.some((k) => k === 'authenticator' || k === 'phone' || k === 'email');
  const passwordless = kinds.some((k) => k === 'fido2' || k === 'windowsHello');
  const preferred = strong[0] === 'authenticator' ? 'push' : strong[0] === 'phone' ? 'sms' : strong[0] === 'fido2' ? 'none' : 'none';
  return {
    id: person.id,
    userPrincipalName: person.upn,
    userDisplayName: person.displayName,
    userType: person.userType === 'Guest' ? 'guest' : 'member',
    isAdmin,
    isSsprRegistered: sspr,
    isSsprEnabled: person.kind === 'member',
    isSsprCapable: sspr && person.kind === 'member',
    isMfaRegistered: strong.length > 0,
    isMfaCapable: strong.length > 0,
    isPasswordlessCapable: passwordless,
    methodsRegistered,
    isSystemPreferredAuthenticationMethodEnabled: true,
    systemPreferredAuthenticationMethods: strong.length > 0 ? [passwordless ? 'Fido2' : strong[0] === 'phone' ? 'Sms' : 'PushNotification'] : [],
    userPreferredMethodForSecondaryAuthentication: preferred,
    lastUpdatedDateTime: iso(lastUpdatedMs),
  };
}
