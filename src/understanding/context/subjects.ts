import type { ConversationContext, Subject } from '../conversation';
import type { IntentName, SlotName } from '../intent';

type Kind = Subject['kind'];

/** Which kind of subject an intent is about, for "it" / "they". */
export function subjectKindOf(intent: IntentName | undefined): Kind | undefined {
  if (intent === undefined) return undefined;
  if (intent.startsWith('group') || intent === 'report.groupMembersByDepartment') return 'group';
  if (intent.startsWith('app.') || intent.startsWith('apps.') || intent === 'riskyApps.list' || intent.startsWith('report.app')) return 'app';
  if (intent.startsWith('accessPackage') || intent === 'assignments.expiring' || intent === 'accessRequests.pending') return 'accessPackage';
  if (intent === 'role.members') return 'role';
  return 'user';
}

export function subjectsOf(context: ConversationContext, kind: Kind): readonly Subject[] {
  switch (kind) {
    case 'user': return context.users ?? [];
    case 'group': return context.groups ?? [];
    case 'app': return context.apps ?? [];
    case 'role': return context.roles ?? [];
    case 'accessPackage': return context.accessPackages ?? [];
  }
}

/** The slot value for a subject: the UPN (key) for users, else the display name. */
export function subjectValue(s: Subject): string {
  return s.kind === 'user' ? (s.key ?? s.displayName) : s.displayName;
}

/** What "it" / "they" most likely points at: the intent's own kind if the context has one. */
export function resolveAny(context: ConversationContext, preferred: Kind | undefined): Kind | undefined {
  if (preferred !== undefined && subjectsOf(context, preferred).length > 0) return preferred;
  const last = subjectKindOf(context.lastIntent);
  if (last !== undefined && subjectsOf(context, last).length > 0) return last;
  return (['user', 'group', 'app', 'accessPackage', 'role'] as const).find((k) => subjectsOf(context, k).length > 0);
}

const ENTITY_SLOTS: readonly ('user' | 'group' | 'app' | 'accessPackage')[] = ['user', 'group', 'app', 'accessPackage'];

/** Needed subjects the question left out come from the conversation; returns what is still missing. */
export function fillFromContext(slots: Record<string, unknown>, missing: readonly SlotName[], context: ConversationContext): SlotName[] {
  const still: SlotName[] = [];
  for (const slot of missing) {
    const kind = (ENTITY_SLOTS as readonly string[]).includes(slot) ? (slot as (typeof ENTITY_SLOTS)[number]) : undefined;
    const subject = kind !== undefined ? subjectsOf(context, kind)[0] : undefined;
    if (subject === undefined) still.push(slot);
    else slots[slot] = subjectValue(subject);
  }
  return still;
}
