import type { GraphObject, TenantModel } from '../../model';
import { BREAK_GLASS_UPNS, PERSONAS } from '../../personas';
import { FOREIGN_PLACES, OFFICES } from '../catalog/places';
import type { Place } from '../catalog/places';
import { PARTNERS } from '../catalog/partners';
import type { SignInApp } from '../catalog/sign-in-apps';
import { Rng, hashString } from '../prng';
import { DAY, iso, parseAnchor } from '../time';

/** What the sign-in stream knows about one user; derived from the model alone. */
export interface SignInProfile {
  readonly index: number;
  readonly id: string;
  readonly upn: string;
  readonly displayName: string;
  readonly place: Place;
  /** Signs in every day (active), rarely and fails (disabled), or not at all (none). */
  readonly activity: 'active' | 'disabled' | 'none';
  readonly guest: boolean;
  readonly admin: boolean;
  readonly createdMs: number;
  /** Daily volume multiplier (0.6–1.4). */
  readonly rate: number;
  readonly homeIp: string;
  readonly desktop: DeviceFacts;
  readonly mobile: DeviceFacts;
  /** Share of sign-ins from the phone. */
  readonly mobileShare: number;
  /** The tenant's own apps this user signs in to now and then (through group access). */
  readonly tenantApps: readonly SignInApp[];
}

export interface DeviceFacts {
  readonly deviceId: string;
  readonly displayName: string;
  readonly operatingSystem: string;
  readonly browser: string;
  readonly isCompliant: boolean;
  readonly isManaged: boolean;
  readonly trustType: string;
}

const ADMIN_UPNS = new Set<string>(
  Object.values(PERSONAS).filter((p) => p.roles.length > 0).map((p) => p.upn),
);
const ADMIN_DEPARTMENTS = new Set(['IT', 'Security', 'Engineering']);
const PLACE_BY_CITY = new Map<string, Place>([...OFFICES, ...FOREIGN_PLACES].map((p) => [p.city, p]));

function placeOf(user: GraphObject): Place {
  const city = typeof user['city'] === 'string' ? user['city'] : null;
  if (city && PLACE_BY_CITY.has(city)) return PLACE_BY_CITY.get(city) as Place;
  const mail = String(user['mail'] ?? '');
  const partner = PARTNERS.find((p) => mail.endsWith(`@${p.domain}`));
  return partner ? partner.place : (OFFICES[0] as Place);
}

function activityOf(user: GraphObject, windowStartIso: string): SignInProfile['activity'] {
  if (BREAK_GLASS_UPNS.includes(String(user['userPrincipalName']))) return 'none';
  const act = user['signInActivity'] as Record<string, string | null> | null | undefined;
  const last = [act?.['lastSignInDateTime'] ?? '', act?.['lastNonInteractiveSignInDateTime'] ?? ''].sort()[1] ?? '';
  if (last < windowStartIso) return 'none';
  return user['accountEnabled'] === false ? 'disabled' : 'active';
}

function deviceFacts(device: GraphObject | undefined, fallbackOs: string, browser: string, mobile: boolean): DeviceFacts {
  if (!device) {
    return { deviceId: '', displayName: '', operatingSystem: fallbackOs, browser, isCompliant: false, isManaged: false, trustType: '' };
  }
  const os = String(device['operatingSystem'] ?? fallbackOs);
  return {
    deviceId: String(device['deviceId'] ?? ''),
    displayName: String(device['displayName'] ?? ''),
    operatingSystem: os === 'Windows' ? 'Windows10' : os === 'iOS' ? 'Ios' : os === 'MacMDM' ? 'MacOs' : os,
    browser,
    isCompliant: device['isCompliant'] === true,
    isManaged: device['isManaged'] === true,
    trustType: mobile ? 'Azure AD registered' : 'Azure AD joined',
  };
}

/** Which groups give sign-ins to which of the tenant's apps. */
const APP_BY_GROUP: readonly (readonly [string, string])[] = [
  ['Salesforce Users', 'Salesforce'], ['Sales Team', 'Salesforce'], ['Finance Department', 'Finance Reporting Portal'],
  ['Marketing Campaigns', 'Marketing Analytics Dashboard'], ['Partner Guests - Contoso', 'Contoso Partner Portal'],
];

function tenantAppsByUser(model: TenantModel): Map<string, SignInApp[]> {
  const out = new Map<string, SignInApp[]>();
  for (const [groupName, appName] of APP_BY_GROUP) {
    const group = model.groups.find((g) => g['displayName'] === groupName);
    const sp = model.servicePrincipals.find((s) => s['displayName'] === appName);
    if (!group || !sp) continue;
    const appId = String(sp['appId']);
    const app: SignInApp = { appId, appDisplayName: appName, resourceId: appId, resourceDisplayName: appName, clientAppUsed: 'Browser' };
    for (const id of model.groupMembers.find((m) => m.groupId === group.id)?.memberIds ?? []) {
      const list = out.get(id) ?? [];
      if (!list.some((a) => a.appId === appId)) list.push(app);
      out.set(id, list);
    }
  }
  return out;
}

/** One profile per user, in the model's user order. */
export function buildProfiles(model: TenantModel): SignInProfile[] {
  const appsOf = tenantAppsByUser(model);
  const anchorMs = parseAnchor(model.tenant.anchorTime);
  const windowStartIso = iso(anchorMs - model.tenant.days * DAY);
  const devicesById = new Map(model.devices.map((d) => [d.id, d]));
  const devicesOfUser = new Map(model.userDevices.map((u) => [u.userId, u.deviceIds]));
  return model.users.map((user, index) => {
    const rng = new Rng(model.tenant.seed, hashString('profile'), index);
    const devices = (devicesOfUser.get(user.id) ?? []).map((id) => devicesById.get(id)).filter((d): d is GraphObject => d !== undefined);
    const desktopDevice = devices.find((d) => d['operatingSystem'] === 'Windows' || d['operatingSystem'] === 'MacMDM');
    const mobileDevice = devices.find((d) => d['operatingSystem'] === 'iOS' || d['operatingSystem'] === 'Android');
    const mac = desktopDevice ? desktopDevice['operatingSystem'] === 'MacMDM' : rng.chance(0.2);
    const chromeUser = rng.chance(0.35);
    const desktopBrowser = mac ? (chromeUser ? 'Chrome 131.0.0' : 'Safari 18.1') : chromeUser ? 'Chrome 131.0.0' : 'Edge 131.0.0';
    const android = mobileDevice ? mobileDevice['operatingSystem'] === 'Android' : rng.chance(0.35);
    const place = placeOf(user);
    const upn = String(user['userPrincipalName']);
    return {
      index,
      id: user.id,
      upn,
      displayName: String(user['displayName']),
      place,
      activity: activityOf(user, windowStartIso),
      guest: user['userType'] === 'Guest' || upn.includes('#EXT#'),
      admin: ADMIN_UPNS.has(upn) || ADMIN_DEPARTMENTS.has(String(user['department'])),
      createdMs: Date.parse(String(user['createdDateTime'])),
      rate: 0.6 + rng.next() * 0.8,
      homeIp: `${place.homeIpPrefix}.${2 + (hashString(upn) % 250)}`,
      desktop: deviceFacts(desktopDevice, mac ? 'MacOs' : 'Windows10', desktopBrowser, false),
      mobile: deviceFacts(mobileDevice, android ? 'Android' : 'Ios', android ? 'Chrome Mobile 131.0.0' : 'Mobile Safari 18.1', true),
      mobileShare: 0.15 + rng.next() * 0.25,
      tenantApps: appsOf.get(user.id) ?? [],
    };
  });
}
