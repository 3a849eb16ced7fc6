import type { ConversationContext, Subject } from '../conversation';
import type { IntentName, Slots } from '../intent';
import { INTENT_MEANINGS, SCHEMAS } from '../../families/registry';
import { SLOT_SHAPES } from './catalog';

function intentLines(): string[] {
  return (Object.keys(INTENT_MEANINGS) as (keyof typeof INTENT_MEANINGS)[]).map((name) => {
    const schema = SCHEMAS[name as IntentName];
    const needs = new Set(schema.needs ?? []);
    const slots = schema.accepts.map((s) => (needs.has(s) ? `${s}*` : s)).join(', ');
    return `- ${name}: ${INTENT_MEANINGS[name]}${slots ? ` [slots: ${slots}]` : ''}`;
  });
}

function subjectLine(label: string, subjects: readonly Subject[] | undefined): string | undefined {
  if (!subjects || subjects.length === 0) return undefined;
  const shown = subjects.slice(0, 10).map((s) => (s.key ? `${s.displayName} (${s.key})` : s.displayName));
  return `- ${label}: ${shown.join('; ')}${subjects.length > 10 ? ` and ${subjects.length - 10} more` : ''}`;
}

/** The last slots without raw query text (a KQL query or Graph path never goes to the model), shortened. */
function lastSlotsJson(slots: Slots): string | undefined {
  const rest: Record<string, unknown> = { ...slots };
  delete rest.query;
  delete rest.path;
  if (Object.keys(rest).length === 0) return undefined;
  const json = JSON.stringify(rest);
  return json.length > 1000 ? `${json.slice(0, 1000)}…` : json;
}

function contextLines(context: ConversationContext): string[] {
  const rawQuery = context.lastIntent === 'kql.run' || context.lastIntent === 'graph.get';
  const slots = context.lastSlots ? lastSlotsJson(context.lastSlots) : undefined;
  const lines = [
    context.lastQuestion && !rawQuery ? `- last question: ${JSON.stringify(context.lastQuestion.slice(0, 300))}` : undefined,
    context.lastIntent ? `- last intent: ${context.lastIntent}` : undefined,
    slots ? `- last slots: ${slots}` : undefined,
    subjectLine('users of the last answer', context.users),
    subjectLine('groups of the last answer', context.groups),
    subjectLine('apps of the last answer', context.apps),
    subjectLine('roles of the last answer', context.roles),
    subjectLine('access packages of the last answer', context.accessPackages),
    context.window ? `- last time window: ${JSON.stringify(context.window)}` : undefined,
  ];
  const present = lines.filter((l): l is string => l !== undefined);
  return present.length > 0 ? present : ['- (no earlier question)'];
}

/** The system message: the intents, the slots, the conversation so far, "now", the answer format. */
export function buildSystemPrompt(context: ConversationContext, now: Date): string {
  const slotLines = Object.entries(SLOT_SHAPES).map(([name, shape]) => `- ${name}: ${shape}`);
  return [
    'You classify questions about a Microsoft Entra ID tenant for the "Entra Ask" bot.',
    'Choose exactly one intent from this list and fill its slots (* = needed; leave out slots the question does not give):',
    ...intentLines(),
    '',
    'Slot shapes:',
    ...slotLines,
    '',
    'Rules: copy names as the person typed them, or "me" for me/my/I. For pronouns and follow-ups',
    '("her", "this group", "these apps", "what about last month?") use the conversation below:',
    'repeat the last intent with what changed, and put the subject\'s UPN or name in the slot.',
    'Windows: "past 48 hours" = {"last":"PT48H"}, "last week" = {"last":"P7D"}, "last month" = {"last":"P30D"};',
    'calendar ranges (yesterday, this week, since Monday, between dates) as {"from","to"} UTC date-times, "to" exclusive.',
    `Now is ${now.toISOString()}.`,
    '',
    'Conversation so far:',
    ...contextLines(context),
    '',
    'Answer with one JSON object and nothing else: {"name": "<intent>", "slots": { ... }}.',
    'If the question fits none of the intents, answer {"name": "unknown", "slots": {}}: never pick the closest intent',
    'for a topic none of them reads (Intune, Exchange, SharePoint, Azure billing, provisioning, access reviews…).',
    'A request to change anything (disable, enable, reset, delete, create, add, remove, assign, revoke…) is',
    '{"name": "change.refused", "slots": {"action": "<verb>"}}: Entra Ask only reads.',
    'Put every constraint of the question in a slot the intent accepts; never drop one silently.',
  ].join('\n');
}
