/**
 * The permission policy as data (policy.json beside this file): which data category each intent
 * reads, which Entra roles may read each category, and which subject-dependent exceptions
 * (self, group owner, manager) let an asker in without a role. Loading checks the file against
 * the intent list, so a new intent does not start without a policy line.
 */
import stored from './policy.json';
import { INTENT_NAMES, type IntentName } from '../understanding/intent';
import { isDataCategory } from '../planning/data-category';

export type SubjectSlot = 'user' | 'group';

/** A subject-dependent exception: the asker themselves, a group they own, a direct report. */
export type ExceptionKind = 'self' | 'owner' | 'manager';

export interface CategoryRule {
  /** What the data is, in words ("sign-in logs"). */
  readonly title: string;
  /** Anyone who asks may read it (help). */
  readonly everyone?: boolean;
  /** Every member account may read it (Entra default member permissions); guests may not. */
  readonly members?: boolean;
  /** The least-privileged roles, named in a denied answer. */
  readonly needs: readonly string[];
  /** Every directory role (display name) that may read it, active (not merely PIM-eligible). */
  readonly roles: readonly string[];
  /** Entitlement-management roles scoped to a catalog or package (named, not enforced: see README). */
  readonly scopedRoles: readonly string[];
  /** Where Microsoft documents it. */
  readonly source?: string;
  /**
   * The exceptions that extend to this category when an answer allowed by one of them reads it
   * (e.g. `account`: self and manager; `risk`: none, never self-service). See data-gate.ts.
   */
  readonly exceptions: readonly ExceptionKind[];
  /**
   * Whether an owner's exception reaches into groups nested in the group they own (their members,
   * transitively). Default false: the owner sees their own group's direct members only.
   */
  readonly ownerSeesNested: boolean;
}

export interface IntentRule {
  readonly category: string;
  /** The asker may ask this about themselves: the slot that must resolve to the asker. */
  readonly self?: SubjectSlot;
  /** A group owner may ask this about a group they own. */
  readonly owner?: SubjectSlot;
  /** A manager may ask this about a direct report. */
  readonly manager?: SubjectSlot;
}

export interface Policy {
  readonly version: number;
  readonly categories: Readonly<Record<string, CategoryRule>>;
  readonly intents: Readonly<Record<IntentName, IntentRule>>;
}

export class PolicyError extends Error {
  override readonly name = 'PolicyError';
}

function strings(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new PolicyError(`${where} must be a list of role names`);
  return value as string[];
}

/** Checks a policy document: every intent mapped once, every category known, slots valid. */
export function parsePolicy(doc: unknown): Policy {
  if (typeof doc !== 'object' || doc === null) throw new PolicyError('the policy is not a JSON object');
  const d = doc as Record<string, unknown>;
  const rawCategories = d['categories'];
  const rawIntents = d['intents'];
  if (typeof rawCategories !== 'object' || rawCategories === null) throw new PolicyError('the policy has no categories');
  if (typeof rawIntents !== 'object' || rawIntents === null) throw new PolicyError('the policy has no intents');
  const categories: Record<string, CategoryRule> = {};
  for (const [name, raw] of Object.entries(rawCategories as Record<string, Record<string, unknown>>)) {
    const roles = strings(raw['roles'], `categories.${name}.roles`);
    const needs = strings(raw['needs'], `categories.${name}.needs`);
    for (const n of needs) if (!roles.includes(n)) throw new PolicyError(`categories.${name}: "${n}" is in needs but not in roles`);
    if (typeof raw['title'] !== 'string') throw new PolicyError(`categories.${name} has no title`);
    if (!raw['everyone'] && needs.length === 0) throw new PolicyError(`categories.${name} names no needed role`);
    if (name !== 'public' && !isDataCategory(name)) throw new PolicyError(`categories.${name}: not a data category of src/planning/data-category.ts`);
    const exceptions = strings(raw['exceptions'], `categories.${name}.exceptions`);
    for (const e of exceptions) if (e !== 'self' && e !== 'owner' && e !== 'manager') throw new PolicyError(`categories.${name}.exceptions: "${e}" is not self, owner or manager`);
    categories[name] = {
      title: raw['title'], everyone: raw['everyone'] === true, members: raw['members'] === true,
      needs, roles, scopedRoles: strings(raw['scopedRoles'], `categories.${name}.scopedRoles`),
      source: typeof raw['source'] === 'string' ? raw['source'] : undefined,
      exceptions: exceptions as ExceptionKind[],
      ownerSeesNested: raw['ownerSeesNested'] === true,
    };
  }
  const intents: Partial<Record<IntentName, IntentRule>> = {};
  const known = new Set<string>(INTENT_NAMES);
  for (const [name, raw] of Object.entries(rawIntents as Record<string, Record<string, unknown>>)) {
    if (!known.has(name)) throw new PolicyError(`intents.${name}: no such intent`);
    const category = raw['category'];
    if (typeof category !== 'string' || !categories[category]) throw new PolicyError(`intents.${name}: unknown category ${String(category)}`);
    const slot = (key: 'self' | 'owner' | 'manager'): SubjectSlot | undefined => {
      const v = raw[key];
      if (v === undefined) return undefined;
      if (v !== 'user' && v !== 'group') throw new PolicyError(`intents.${name}.${key} must be "user" or "group"`);
      return v;
    };
    const rule: IntentRule = { category, self: slot('self'), owner: slot('owner'), manager: slot('manager') };
    for (const k of ['self', 'owner', 'manager'] as const) {
      if (rule[k] && !categories[category]!.exceptions.includes(k)) throw new PolicyError(`intents.${name}: the ${k} exception is not one category ${category} allows`);
    }
    intents[name as IntentName] = rule;
  }
  const missing = INTENT_NAMES.filter((n) => !intents[n]);
  if (missing.length > 0) throw new PolicyError(`the policy does not map these intents: ${missing.join(', ')}`);
  return { version: Number(d['version'] ?? 1), categories, intents: intents as Record<IntentName, IntentRule> };
}

/** The policy shipped in the repository (src/policy/policy.json). */
export const DEFAULT_POLICY: Policy = parsePolicy(stored);
