import type { Answer, Choice } from '../answers/answer';
import type { Asker, DirectoryRef, EntityKind, Resolved } from '../planning/entities';
import { resolveEntity, type EntitySpec, type GraphLookup, type ResolveTrace } from '../planning/resolve/resolver';
import { accessPackageSpec, appSpec, groupSpec, roleSpec, userSpec } from '../planning/resolve/specs';
import type { ConversationContext } from '../understanding/conversation';
import type { AmbiguousSlot, Slots } from '../understanding/intent';

const SPECS: Readonly<Record<EntityKind, EntitySpec>> = {
  user: userSpec, group: groupSpec, app: appSpec, role: roleSpec, accessPackage: accessPackageSpec,
};

const NOUN: Readonly<Record<EntityKind, string>> = {
  user: 'user', group: 'group', app: 'app', role: 'role', accessPackage: 'access package',
};

const CONTEXT_KEY = { user: 'users', group: 'groups', app: 'apps', role: 'roles', accessPackage: 'accessPackages' } as const;

/** The rows the lookups found, by slot (with any relationship the lookup expanded). */
export type LookedUpRows = Partial<Record<EntityKind, Readonly<Record<string, unknown>>>>;

export type SlotResolution =
  | { readonly ok: true; readonly resolved: Resolved; readonly rows: LookedUpRows }
  | { readonly ok: false; readonly answer: Answer; readonly resolved: Resolved };

/** What was typed for a slot ("me" is the asker's UPN), or undefined when nothing was. */
export function slotText(slots: Slots, kind: EntityKind, asker: Asker): string | undefined {
  const value = slots[kind];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value.trim().toLowerCase() === 'me' ? asker.upn : value.trim();
}

/** The question with the typed name swapped for an unambiguous one. */
export function rephrase(question: string, typed: string, key: string): string {
  const at = question.toLowerCase().indexOf(typed.toLowerCase());
  if (at >= 0 && typed !== '') return question.slice(0, at) + key + question.slice(at + typed.length);
  return `${question.replace(/[?.!\s]+$/, '')} (${key})`;
}

function keyOf(ref: DirectoryRef, all: readonly DirectoryRef[]): string {
  if (ref.userPrincipalName) return ref.userPrincipalName;
  const twins = all.filter((r) => r.displayName.toLowerCase() === ref.displayName.toLowerCase());
  return twins.length > 1 ? ref.id : ref.displayName;
}

function label(ref: DirectoryRef): string {
  return ref.userPrincipalName ? `${ref.displayName} (${ref.userPrincipalName})` : ref.displayName;
}

function askFor(kind: EntityKind, question: string, context: ConversationContext): Answer {
  const recent = context[CONTEXT_KEY[kind]] ?? [];
  const choices: Choice[] = recent.slice(0, 5).map((s) => ({
    title: s.displayName, question: `${question.replace(/[?.!\s]+$/, '')} for ${s.key ?? s.displayName}`,
  }));
  return {
    kind: 'clarify', title: `Which ${NOUN[kind]}?`,
    summary: `Tell me which ${NOUN[kind]} you mean — a name${kind === 'user' ? ', first name or e-mail address' : ''} is enough.`,
    columns: [], rows: [], facts: [], followUps: [], choices,
    ...(choices.length > 0 ? { choicesFromDirectory: true as const } : {}),
  };
}

/**
 * Resolves the entity slots an intent needs (and the optional ones it was given) to directory
 * objects. A missing, unknown or ambiguous name becomes an answer asking the person.
 */
export async function resolveSlots(args: {
  readonly question: string;
  readonly slots: Slots;
  readonly needs: readonly EntityKind[];
  readonly optional: readonly EntityKind[];
  readonly asker: Asker;
  readonly context: ConversationContext;
  readonly lookup: GraphLookup;
  readonly trace: ResolveTrace;
  /** A relationship to expand in a slot's lookup (src/planning/lookup-reads.ts). */
  readonly expand?: Partial<Record<EntityKind, string>>;
}): Promise<SlotResolution> {
  const resolved: Partial<Record<EntityKind, DirectoryRef>> = {};
  const rows: Partial<Record<EntityKind, Readonly<Record<string, unknown>>>> = {};
  for (const kind of [...args.needs, ...args.optional]) {
    const text = slotText(args.slots, kind, args.asker);
    if (text === undefined) {
      if (args.needs.includes(kind)) return { ok: false, answer: askFor(kind, args.question, args.context), resolved };
      continue;
    }
    const r = await resolveEntity(SPECS[kind], text, args.lookup, args.trace, args.expand?.[kind]);
    if (r.outcome === 'found') {
      resolved[kind] = r.ref;
      if (r.row) rows[kind] = r.row;
    } else if (r.outcome === 'notFound') {
      return {
        ok: false, resolved,
        answer: {
          kind: 'empty', title: `No ${NOUN[kind]} called "${text}"`,
          summary: `I couldn't find a ${NOUN[kind]} matching "${text}". Check the spelling, or use the full name${kind === 'user' ? ' or e-mail address' : ''}.`,
          columns: [], rows: [], facts: [], followUps: [],
        },
      };
    } else {
      const typed = args.slots[kind] ?? text;
      return {
        ok: false, resolved,
        answer: {
          kind: 'clarify', title: `Which ${NOUN[kind]} do you mean?`,
          summary: `${r.candidates.length} ${NOUN[kind]}s match "${text}". Pick one:`,
          columns: [], rows: [], facts: [], followUps: [],
          choices: r.candidates.map((c) => ({ title: label(c), question: rephrase(args.question, String(typed), keyOf(c, r.candidates)) })),
          choicesFromDirectory: true,
        },
      };
    }
  }
  return { ok: true, resolved, rows };
}

/** Understanding found a name that fits several objects: one button per candidate. */
export function clarifyChoices(question: string, ambiguous: AmbiguousSlot): Answer {
  const noun = ambiguous.slot in NOUN ? NOUN[ambiguous.slot as EntityKind] : 'one';
  return {
    kind: 'clarify', title: `Which ${noun} do you mean?`,
    summary: `${ambiguous.choices.length} match "${ambiguous.text}". Pick one:`,
    columns: [], rows: [], facts: [], followUps: [],
    choices: ambiguous.choices.map((c) => ({ title: c.label, question: rephrase(question, ambiguous.text, c.value) })),
    choicesFromDirectory: true,
  };
}
