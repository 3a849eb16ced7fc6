/**
 * Places: Woodgrove's offices (where the crowd lives and signs in from) and foreign places that
 * appear in travel, attacks and partner sign-ins. IP prefixes are fictional but public-looking.
 */

export interface Place {
  readonly city: string;
  readonly state: string;
  /** ISO 3166-1 alpha-2, as Graph's `countryOrRegion`. */
  readonly countryOrRegion: string;
  /** The country's name, as in users' `country` property. */
  readonly countryName: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Standard-time offset from UTC in hours (no daylight saving: good enough for office hours). */
  readonly utcOffset: number;
  /** First three octets of the corporate egress range (offices) or of a local ISP range. */
  readonly ipPrefix: string;
  /** Second ISP range for home-working sign-ins. */
  readonly homeIpPrefix: string;
  /** Region tag used by regional groups ("West", "East", "EMEA", "APAC"). */
  readonly region: string;
}

export const OFFICES: readonly Place[] = [
  { city: 'Seattle', state: 'Washington', countryOrRegion: 'US', countryName: 'United States', latitude: 47.6062, longitude: -122.3321, utcOffset: -8, ipPrefix: '52.160.44', homeIpPrefix: '73.221.18', region: 'West' },
  { city: 'San Francisco', state: 'California', countryOrRegion: 'US', countryName: 'United States', latitude: 37.7749, longitude: -122.4194, utcOffset: -8, ipPrefix: '52.160.45', homeIpPrefix: '98.207.64', region: 'West' },
  { city: 'Denver', state: 'Colorado', countryOrRegion: 'US', countryName: 'United States', latitude: 39.7392, longitude: -104.9903, utcOffset: -7, ipPrefix: '52.160.46', homeIpPrefix: '67.176.92', region: 'West' },
  { city: 'Chicago', state: 'Illinois', countryOrRegion: 'US', countryName: 'United States', latitude: 41.8781, longitude: -87.6298, utcOffset: -6, ipPrefix: '40.122.31', homeIpPrefix: '73.45.130', region: 'East' },
  { city: 'New York', state: 'New York', countryOrRegion: 'US', countryName: 'United States', latitude: 40.7128, longitude: -74.006, utcOffset: -5, ipPrefix: '40.122.32', homeIpPrefix: '68.173.201', region: 'East' },
  { city: 'Charlotte', state: 'North Carolina', countryOrRegion: 'US', countryName: 'United States', latitude: 35.2271, longitude: -80.8431, utcOffset: -5, ipPrefix: '40.122.33', homeIpPrefix: '71.65.210', region: 'East' },
  { city: 'Toronto', state: 'Ontario', countryOrRegion: 'CA', countryName: 'Canada', latitude: 43.6532, longitude: -79.3832, utcOffset: -5, ipPrefix: '40.85.200', homeIpPrefix: '99.228.14', region: 'East' },
  { city: 'London', state: 'England', countryOrRegion: 'GB', countryName: 'United Kingdom', latitude: 51.5074, longitude: -0.1278, utcOffset: 0, ipPrefix: '51.140.72', homeIpPrefix: '86.153.40', region: 'EMEA' },
  { city: 'Dublin', state: 'Dublin', countryOrRegion: 'IE', countryName: 'Ireland', latitude: 53.3498, longitude: -6.2603, utcOffset: 0, ipPrefix: '51.104.12', homeIpPrefix: '89.101.66', region: 'EMEA' },
  { city: 'Frankfurt am Main', state: 'Hessen', countryOrRegion: 'DE', countryName: 'Germany', latitude: 50.1109, longitude: 8.6821, utcOffset: 1, ipPrefix: '51.116.150', homeIpPrefix: '91.64.210', region: 'EMEA' },
  { city: 'Singapore', state: 'Singapore', countryOrRegion: 'SG', countryName: 'Singapore', latitude: 1.3521, longitude: 103.8198, utcOffset: 8, ipPrefix: '52.187.80', homeIpPrefix: '116.87.30', region: 'APAC' },
  { city: 'Sydney', state: 'New South Wales', countryOrRegion: 'AU', countryName: 'Australia', latitude: -33.8688, longitude: 151.2093, utcOffset: 10, ipPrefix: '20.211.40', homeIpPrefix: '110.175.22', region: 'APAC' },
];

/** Share of the crowd in each office, by index in OFFICES. */
export const OFFICE_WEIGHTS: readonly number[] = [20, 8, 5, 10, 14, 8, 6, 10, 4, 6, 5, 4];

/** Places seen in travel, attacks and anonymous-proxy sign-ins. */
export const FOREIGN_PLACES: readonly Place[] = [
  { city: 'Lagos', state: 'Lagos', countryOrRegion: 'NG', countryName: 'Nigeria', latitude: 6.5244, longitude: 3.3792, utcOffset: 1, ipPrefix: '102.89.34', homeIpPrefix: '102.89.35', region: 'Foreign' },
  { city: 'Sao Paulo', state: 'Sao Paulo', countryOrRegion: 'BR', countryName: 'Brazil', latitude: -23.5505, longitude: -46.6333, utcOffset: -3, ipPrefix: '177.37.152', homeIpPrefix: '177.37.153', region: 'Foreign' },
  { city: 'Bucharest', state: 'Bucuresti', countryOrRegion: 'RO', countryName: 'Romania', latitude: 44.4268, longitude: 26.1025, utcOffset: 2, ipPrefix: '86.105.9', homeIpPrefix: '86.105.10', region: 'Foreign' },
  { city: 'Jakarta', state: 'Jakarta', countryOrRegion: 'ID', countryName: 'Indonesia', latitude: -6.2088, longitude: 106.8456, utcOffset: 7, ipPrefix: '36.68.53', homeIpPrefix: '36.68.54', region: 'Foreign' },
  { city: 'Amsterdam', state: 'Noord-Holland', countryOrRegion: 'NL', countryName: 'Netherlands', latitude: 52.3676, longitude: 4.9041, utcOffset: 1, ipPrefix: '185.220.101', homeIpPrefix: '185.220.102', region: 'Foreign' },
  { city: 'Paris', state: 'Ile-de-France', countryOrRegion: 'FR', countryName: 'France', latitude: 48.8566, longitude: 2.3522, utcOffset: 1, ipPrefix: '90.84.160', homeIpPrefix: '90.84.161', region: 'Foreign' },
  { city: 'Mexico City', state: 'Ciudad de Mexico', countryOrRegion: 'MX', countryName: 'Mexico', latitude: 19.4326, longitude: -99.1332, utcOffset: -6, ipPrefix: '189.203.40', homeIpPrefix: '189.203.41', region: 'Foreign' },
  { city: 'Tokyo', state: 'Tokyo', countryOrRegion: 'JP', countryName: 'Japan', latitude: 35.6762, longitude: 139.6503, utcOffset: 9, ipPrefix: '126.0.92', homeIpPrefix: '126.0.93', region: 'Foreign' },
];

/** Looks a place up by city name (throws for an unknown city: a generator bug). */
export function placeByCity(city: string): Place {
  const p = [...OFFICES, ...FOREIGN_PLACES].find((x) => x.city === city);
  if (!p) throw new Error(`unknown place ${city}`);
  return p;
}
