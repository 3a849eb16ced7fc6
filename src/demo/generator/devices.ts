import type { GraphObject, UserDevices } from '../model';
import type { GenContext } from './context';
import type { Person } from './person';
import { DAY, HOUR, iso } from './time';

/** Registered devices and who owns them. */
export interface Devices {
  readonly devices: GraphObject[];
  readonly userDevices: UserDevices[];
}

const INTUNE_APP_ID = '0000000a-0000-0000-c000-000000000000';

/**
 * Members get a company laptop (Windows, or a Mac) most of the time and often a registered phone;
 * Karita has exactly one device (her laptop); guests and break-glass accounts have none.
 */
export function buildDevices(ctx: GenContext, people: readonly Person[]): Devices {
  const devices: GraphObject[] = [];
  const userDevices: UserDevices[] = [];
  people.forEach((person, index) => {
    if (person.kind !== 'member' || !person.accountEnabled) return;
    const rng = ctx.rng('devices', index);
    const ids: string[] = [];
    const karita = person.personaKey === 'karita';
    const hasLaptop = karita || person.personaKey !== null || rng.chance(0.88);
    const hasPhone = !karita && rng.chance(0.45);
    const registered = person.createdMs + rng.int(1, 20) * DAY;
    if (hasLaptop) {
      const mac = !karita && rng.chance(0.15);
      const compliant = karita || rng.chance(0.92);
      const id = ctx.guid(`device:${person.upn}:laptop`);
      devices.push({
        id,
        deviceId: ctx.guid(`device-id:${person.upn}:laptop`),
        displayName: mac ? `WGB-MAC-${String(10000 + index).slice(-5)}` : `WGB-LT-${String(10000 + index).slice(-5)}`,
        operatingSystem: mac ? 'MacMDM' : 'Windows',
        operatingSystemVersion: mac ? '14.6.1' : rng.pick(['10.0.22631.4460', '10.0.26100.2314', '10.0.19045.5131']),
        accountEnabled: true,
        approximateLastSignInDateTime: iso(ctx.anchorMs - rng.int(1, 72) * HOUR),
        registrationDateTime: iso(Math.min(registered, ctx.anchorMs - DAY)),
        trustType: 'AzureAd',
        isCompliant: compliant,
        isManaged: true,
        manufacturer: mac ? 'Apple' : rng.pick(['Microsoft Corporation', 'Dell Inc.', 'Lenovo', 'HP']),
        model: mac ? 'MacBook Pro' : rng.pick(['Surface Laptop 6', 'Latitude 7450', 'ThinkPad T14 Gen 5', 'EliteBook 840 G11']),
        profileType: 'RegisteredDevice',
        deviceOwnership: 'Company',
        enrollmentType: mac ? 'AppleBulkWithUser' : 'AzureDomainJoined',
        mdmAppId: INTUNE_APP_ID,
        physicalIds: [],
        systemLabels: [],
      });
      ids.push(id);
    }
    if (hasPhone) {
      const android = rng.chance(0.4);
      const id = ctx.guid(`device:${person.upn}:phone`);
      devices.push({
        id,
        deviceId: ctx.guid(`device-id:${person.upn}:phone`),
        displayName: `${person.givenName ?? 'User'}'s ${android ? 'Pixel 8' : 'iPhone'}`,
        operatingSystem: android ? 'Android' : 'iOS',
        operatingSystemVersion: android ? '15.0' : '18.1',
        accountEnabled: true,
        approximateLastSignInDateTime: iso(ctx.anchorMs - rng.int(1, 96) * HOUR),
        registrationDateTime: iso(Math.min(registered + 3 * DAY, ctx.anchorMs - DAY)),
        trustType: 'Workplace',
        isCompliant: rng.chance(0.8),
        isManaged: true,
        manufacturer: android ? 'Google' : 'Apple',
        model: android ? 'Pixel 8' : 'iPhone 15',
        profileType: 'RegisteredDevice',
        deviceOwnership: 'Personal',
        enrollmentType: 'UserEnrollment',
        mdmAppId: INTUNE_APP_ID,
        physicalIds: [],
        systemLabels: [],
      });
      ids.push(id);
    }
    if (ids.length > 0) userDevices.push({ userId: person.id, deviceIds: ids });
  });
  return { devices, userDevices };
}
