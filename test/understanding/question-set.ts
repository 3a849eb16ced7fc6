import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ConversationContext, Gazetteer, IntentName, Slots, Subject, TimeWindow } from '../../src/understanding';
import { isIntentName } from '../../src/understanding';

/** One question of the measured set, with what it must be understood as. */
export interface QuestionCase {
  readonly question: string;
  readonly intent: IntentName;
  readonly slots: Slots;
  readonly context: ConversationContext;
  /** File and line, for messages. */
  readonly where: string;
  /** `tune`: looked at while improving the parser; `heldout`: only ever measured. */
  readonly split: 'tune' | 'heldout';
  /** Questions of one follow-up chain share a chain id (and a split). */
  readonly chain?: string;
}

const DIR = join(__dirname, 'questions');

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** 40 % tune, 60 % held out, fixed by a hash of the question (or of a chain's first question). */
export function splitOf(key: string): 'tune' | 'heldout' {
  return fnv1a(key) % 10 < 4 ? 'tune' : 'heldout';
}

function window(text: string): TimeWindow {
  if (!text.includes('..')) return { last: text };
  const [from, to] = text.split('..') as [string, string];
  const iso = (d: string): string => (d.length === 10 ? `${d}T00:00:00Z` : d);
  return { from: iso(from), to: iso(to) };
}

const NUMBERS = new Set(['top', 'errorCode', 'maxOwners']);
const BOOLEANS = new Set(['accountEnabled', 'highPrivilegeOnly', 'outsideWorkingHours', 'transitive', 'registered', 'unlicensed']);
const LISTS = new Set(['groups', 'apps']);

/** `user=Karita Ojala; window=PT48H` → Slots. */
export function parseSlots(text: string): Slots {
  const out: Record<string, unknown> = {};
  for (const part of text.split(/;\s*/).filter((p) => p.trim() !== '')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 'window' || key === 'createdWithin' || key === 'baseline') out[key] = window(value);
    else if (NUMBERS.has(key)) out[key] = Number(value);
    else if (BOOLEANS.has(key)) out[key] = value === 'true';
    else if (LISTS.has(key)) out[key] = value.split(',').map((v) => v.trim());
    else out[key] = value;
  }
  return out as Slots;
}

function userSubject(gazetteer: Gazetteer, value: string): Subject | undefined {
  const u = gazetteer.users.find((x) => x.upn === value || x.displayName === value);
  return u === undefined ? undefined : { kind: 'user', id: `id-${u.upn}`, displayName: u.displayName, key: u.upn };
}

function named(kind: Subject['kind'], name: string): Subject {
  return { kind, id: `id-${name}`, displayName: name };
}

/** The context the pipeline would keep after an answer to `intent` with `slots`. */
export function contextAfter(previous: ConversationContext, gazetteer: Gazetteer, intent: IntentName, slots: Slots): ConversationContext {
  const next: Record<string, unknown> = { ...previous, lastIntent: intent, lastSlots: slots };
  const user = slots.user !== undefined ? userSubject(gazetteer, slots.user) : undefined;
  if (user !== undefined) next.users = [user, ...(previous.users ?? []).filter((s) => s.id !== user.id)];
  if (slots.group !== undefined) next.groups = [named('group', slots.group), ...(previous.groups ?? [])];
  if (slots.app !== undefined) next.apps = [named('app', slots.app)];
  if (slots.window !== undefined) next.window = slots.window;
  return next as ConversationContext;
}

/** Reads every `questions/*.tsv` file (`tune-*.tsv` files are tune-only, written while tuning). */
export function loadQuestionSet(gazetteer: Gazetteer): QuestionCase[] {
  const cases: QuestionCase[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.tsv')).sort()) {
    const lines = readFileSync(join(DIR, file), 'utf8').split('\n');
    let chain: { id: string; context: ConversationContext } | undefined;
    lines.forEach((line, n) => {
      const where = `${file}:${n + 1}`;
      if (line.trim() === '' || line.startsWith('#')) return;
      if (line.startsWith('@chain')) { chain = { id: where, context: {} }; return; }
      if (line.startsWith('@end')) { chain = undefined; return; }
      if (line.startsWith('@context')) {
        if (chain === undefined) throw new Error(`${where}: @context outside a chain`);
        const extra = parseSlots(line.slice('@context'.length));
        if (extra.apps !== undefined) chain.context = { ...chain.context, apps: extra.apps.map((a) => named('app', a)) };
        if (extra.groups !== undefined) chain.context = { ...chain.context, groups: extra.groups.map((g) => named('group', g)) };
        return;
      }
      const [intent, rawQuestion, slotText = ''] = line.split('\t');
      if (intent === undefined || rawQuestion === undefined || !isIntentName(intent)) throw new Error(`${where}: bad line`);
      const question = rawQuestion.replace(/\\n/g, '\n');
      const slots = parseSlots(slotText);
      const context = chain?.context ?? {};
      const split = file.startsWith('tune-') ? 'tune' : splitOf(chain?.id !== undefined ? `chain ${file} ${chain.id}` : question);
      cases.push({ question, intent, slots, context, where, split, ...(chain !== undefined ? { chain: chain.id } : {}) });
      if (chain !== undefined) chain.context = contextAfter(chain.context, gazetteer, intent, slots);
    });
  }
  return cases;
}
