import type { Intent, IntentName, Slots } from './intent';

/** An intent with its slots and only the extras that say something (no undefined, no empty list). */
export function buildIntent(name: IntentName, slots: Slots, extra: Omit<Intent, 'name' | 'slots'>): Intent {
  const out: Record<string, unknown> = { name, slots };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  return out as unknown as Intent;
}
