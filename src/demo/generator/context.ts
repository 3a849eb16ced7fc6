import { Rng, hashString, stableGuid } from './prng';
import { DAY, parseAnchor } from './time';

/** What the generator is asked for. */
export interface GenerateOptions {
  readonly seed: number;
  /** ISO date-time: the tenant's "now"; sign-ins and audit events lie before it. */
  readonly anchorTime: string;
  /** Total number of user objects (personas, crowd and guests). */
  readonly users: number;
  /** Days of sign-in history before the anchor. */
  readonly days: number;
}

export const DOMAIN = 'woodgrovebank.com';
export const INITIAL_DOMAIN = 'woodgrovebank.onmicrosoft.com';
export const COMPANY = 'Woodgrove Bank';

/** Shared, read-only facts every generator step needs. */
export interface GenContext {
  readonly seed: number;
  readonly anchorMs: number;
  readonly days: number;
  /** First instant of the sign-in window: anchor minus `days`. */
  readonly windowStartMs: number;
  readonly tenantId: string;
  readonly options: GenerateOptions;
  /** Stable GUID for a named object ("user:karita", "group:Finance Department"…). */
  guid(label: string): string;
  /** A fresh random stream for one purpose; same purpose and keys, same numbers. */
  rng(purpose: string, ...keys: number[]): Rng;
}

export function createContext(options: GenerateOptions): GenContext {
  const anchorMs = parseAnchor(options.anchorTime);
  const seed = options.seed | 0;
  return {
    seed,
    anchorMs,
    days: options.days,
    windowStartMs: anchorMs - options.days * DAY,
    tenantId: stableGuid(seed, 'tenant'),
    options,
    guid: (label) => stableGuid(seed, label),
    rng: (purpose, ...keys) => new Rng(seed, hashString(purpose), ...keys),
  };
}
