import type { Place } from '../catalog/places';
import type { DeviceFacts } from './profiles';

/**
 * Shared, frozen sub-objects of sign-ins. Millions of sign-ins repeat a few hundred distinct
 * `status`, `location`, `deviceDetail` and Conditional Access values; sharing them saves
 * allocation, and the store's serializer caches the JSON of frozen objects (see
 * `store/json-writer.ts`). Frozen, so a consumer cannot change one sign-in through another.
 */

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value as object)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function memo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = deepFreeze(make());
    map.set(key, v);
  }
  return v;
}

export const EMPTY_LIST: readonly never[] = Object.freeze([]);

// Keyed by the (interned) strings themselves in nested maps: no key string is built per call.
const statuses = new Map<number, Map<string, Map<string | null, Record<string, unknown>>>>();
export function statusPart(errorCode: number, failureReason: string, additionalDetails: string | null): Record<string, unknown> {
  let byReason = statuses.get(errorCode);
  if (!byReason) statuses.set(errorCode, (byReason = new Map()));
  let byDetails = byReason.get(failureReason);
  if (!byDetails) byReason.set(failureReason, (byDetails = new Map()));
  return memo(byDetails, additionalDetails, () => ({ errorCode, failureReason, additionalDetails }));
}

const locations = new Map<Place, Record<string, unknown>>();
export function locationPart(place: Place): Record<string, unknown> {
  return memo(locations, place, () => ({
    city: place.city, state: place.state, countryOrRegion: place.countryOrRegion,
    geoCoordinates: { altitude: null, latitude: place.latitude, longitude: place.longitude },
  }));
}

const devices = new WeakMap<DeviceFacts, Map<string, Record<string, unknown>>>();
export function devicePart(device: DeviceFacts, browser: string): Record<string, unknown> {
  let byBrowser = devices.get(device);
  if (!byBrowser) {
    byBrowser = new Map();
    devices.set(device, byBrowser);
  }
  return memo(byBrowser, browser, () => ({
    deviceId: device.deviceId, displayName: device.displayName, operatingSystem: device.operatingSystem, browser,
    isCompliant: device.isCompliant, isManaged: device.isManaged, trustType: device.trustType,
  }));
}

const mfaDetails = new Map<string, Record<string, unknown>>();
export function mfaPart(authMethod: string): Record<string, unknown> {
  return memo(mfaDetails, authMethod, () => ({ authMethod, authDetail: null }));
}

const keyed = new WeakMap<object, Map<number, unknown>>();
/** Any other shared value, built once per owner object and numeric key (e.g. CA results). */
export function sharedPart<T>(owner: object, key: number, make: () => T): T {
  let byKey = keyed.get(owner);
  if (!byKey) keyed.set(owner, (byKey = new Map()));
  return memo(byKey, key, make) as T;
}
