/**
 * Three-way merge of a conversation's stored state, for when two instances answered the same
 * conversation at once and the second write met the first one's eTag (412). `base` is what this
 * turn read, `ours` what it would write, `theirs` what the other instance wrote meanwhile. Pure.
 */
import type { ConversationContext, Subject } from '../understanding/conversation';

export type StateObject = Record<string, unknown>;

/** JSON with sorted keys: equal values compare equal whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as StateObject).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}

const same = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b);

/** How to merge one top-level key both sides changed; the default keeps ours (the later write). */
export type KeyMerger = (base: unknown, ours: unknown, theirs: unknown) => unknown;

/**
 * Per top-level key: what only one side changed is kept; what both changed goes to `mergers[key]`,
 * or ours wins (this turn writes last). `eTag` is never part of the value.
 */
export function mergeState(base: StateObject, ours: StateObject, theirs: StateObject, mergers: Readonly<Record<string, KeyMerger>> = {}): StateObject {
  const out: StateObject = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)]);
  keys.delete('eTag');
  for (const key of keys) {
    const b = base[key];
    const o = ours[key];
    const t = theirs[key];
    let v: unknown;
    if (same(o, b)) v = t;
    else if (same(t, b) || same(t, o)) v = o;
    else v = mergers[key] ? mergers[key](b, o, t) : o;
    if (v !== undefined) out[key] = v;
  }
  return out;
}

const SUBJECT_LISTS = ['users', 'groups', 'apps', 'roles', 'accessPackages'] as const;

function mergeSubjects(base: readonly Subject[] = [], ours: readonly Subject[] = [], theirs: readonly Subject[] = []): readonly Subject[] | undefined {
  const known = new Set(base.map((s) => s.id));
  const seen = new Set<string>();
  const out: Subject[] = [];
  // What each answer brought up comes first (ours, then theirs), then what both remembered.
  for (const s of [...ours.filter((x) => !known.has(x.id)), ...theirs.filter((x) => !known.has(x.id)), ...ours, ...theirs]) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    out.push(s);
  }
  const limit = Math.max(5, ours.length, theirs.length);
  return out.length ? out.slice(0, limit) : undefined;
}

/**
 * Two answers given at once in one conversation: the one being saved now (ours) is the last
 * question, so its question, intent, slots, window and page stand; the people, groups, apps, roles
 * and access packages *both* answers brought up are remembered, ours first.
 */
export function mergeContexts(base: ConversationContext = {}, ours: ConversationContext = {}, theirs: ConversationContext = {}): ConversationContext {
  const out: Record<string, unknown> = { ...ours };
  for (const key of SUBJECT_LISTS) {
    const merged = mergeSubjects(base[key], ours[key], theirs[key]);
    if (merged) out[key] = merged;
    else delete out[key];
  }
  return out as ConversationContext;
}
