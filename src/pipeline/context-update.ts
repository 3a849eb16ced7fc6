import type { DirectoryRef, EntityKind, Resolved } from '../planning/entities';
import type { ConversationContext, Subject } from '../understanding/conversation';
import type { Intent } from '../understanding/intent';

function subject(ref: DirectoryRef): Subject {
  return { kind: ref.kind, id: ref.id, displayName: ref.displayName, key: ref.userPrincipalName ?? ref.appId ?? ref.displayName };
}

function merge(fresh: DirectoryRef | undefined, previous: readonly Subject[] | undefined): readonly Subject[] | undefined {
  if (!fresh) return previous;
  const s = subject(fresh);
  return [s, ...(previous ?? []).filter((p) => p.id !== s.id)].slice(0, 5);
}

const KEYS: readonly [EntityKind, 'users' | 'groups' | 'apps' | 'roles' | 'accessPackages'][] = [
  ['user', 'users'], ['group', 'groups'], ['app', 'apps'], ['role', 'roles'], ['accessPackage', 'accessPackages'],
];

/**
 * The conversation after an answer: what it was about comes first, so that "her", "this group"
 * and "these apps" in the next question mean it.
 */
export function nextContext(
  previous: ConversationContext,
  question: string,
  intent: Intent,
  resolved: Resolved,
  extraApps: readonly DirectoryRef[] = [],
): ConversationContext {
  const next: Record<string, unknown> = { ...previous, lastQuestion: question, lastIntent: intent.name, lastSlots: intent.slots, page: 0 };
  for (const [kind, key] of KEYS) next[key] = merge(resolved[kind], previous[key]);
  if (extraApps.length > 0) next.apps = extraApps.map(subject).slice(0, 25);
  if (intent.slots.window) next.window = intent.slots.window;
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  return next as ConversationContext;
}
