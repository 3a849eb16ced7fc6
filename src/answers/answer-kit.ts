import { FOLLOW_UP_TITLE_CHARS, type Answer, type Cell, type Fact } from './answer';
import { cutAtWord } from '../cards/text';
import type { TimeWindow } from '../understanding/intent';
import { describeWindow } from '../planning/time';
import { isDefaultAppRole } from '../planning/app-roles';
import type { AnswerInput, Row } from './answer-input';
import { formatDateTime, obj, str } from './format';

/** The parts every answer of an intent shares, before it is known whether rows were found. */
export interface AnswerBase {
  readonly title: string;
  readonly followUps: readonly string[];
  /** Short button titles of long follow-ups, by question (`Answer.followUpTitles`). */
  readonly followUpTitles?: Readonly<Record<string, string>>;
  readonly sourceNote?: string;
}

/** A follow-up question and the title of its button (at most `FOLLOW_UP_TITLE_CHARS`). */
export interface FollowUp {
  readonly question: string;
  readonly title: string;
}

/**
 * A follow-up whose button title fits a phone by construction: the first of `titles` (most
 * specific first, e.g. with a name, then without) of at most FOLLOW_UP_TITLE_CHARS characters; when
 * none fits (a very long name), the last cut at a word. Without titles, the question itself.
 * Pressing the button always asks the whole `question`.
 */
export function followUp(question: string, ...titles: string[]): FollowUp {
  const options = titles.length > 0 ? titles : [question];
  const fits = options.find((t) => t.length <= FOLLOW_UP_TITLE_CHARS);
  return { question, title: fits ?? cutAtWord(options[options.length - 1]!, FOLLOW_UP_TITLE_CHARS) };
}

/**
 * `followUps` and `followUpTitles` of an answer from follow-ups (a plain string: a question short
 * enough to be its own title). Repeated questions are kept once.
 */
export function followUpFields(list: readonly (FollowUp | string)[]): Pick<Answer, 'followUps' | 'followUpTitles'> {
  const questions: string[] = [];
  const titles: Record<string, string> = {};
  for (const item of list) {
    const f = typeof item === 'string' ? followUp(item) : item;
    if (questions.includes(f.question)) continue;
    questions.push(f.question);
    if (f.title !== f.question) titles[f.question] = f.title;
  }
  return Object.keys(titles).length > 0 ? { followUps: questions, followUpTitles: titles } : { followUps: questions };
}

export function emptyAnswer(base: AnswerBase, summary: string, facts: readonly Fact[] = []): Answer {
  return { ...base, kind: 'empty', summary, columns: [], rows: [], facts };
}

/** A table answer; `columns` are `[name, title]` pairs. */
export function tableAnswer(
  base: AnswerBase, summary: string, columns: readonly (readonly [string, string])[], rows: readonly (readonly Cell[])[],
  extra: Partial<Answer> = {},
): Answer {
  return {
    ...base, kind: 'table', summary, facts: [], rows,
    columns: columns.map((c) => c[0]), columnTitles: columns.map((c) => c[1]),
    ...extra,
  };
}

export function fact(title: string, value: unknown): Fact | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return { title, value: String(value) };
}

export function facts(...list: (Fact | undefined)[]): Fact[] {
  return list.filter((f): f is Fact => f !== undefined);
}

/** "Karita" from "Karita Niemi"; the whole name when it has one word. */
export function firstName(name: string): string {
  return name.split(' ')[0] || name;
}

/** Rows of every Graph result whose id starts with `prefix` (a second round's per-item requests). */
export function rowsWithPrefix(input: AnswerInput, prefix: string): Row[] {
  const out: Row[] = [];
  for (const [id, result] of input.results) {
    if (id.startsWith(prefix) && result.source === 'graph') out.push(...result.rows);
  }
  return out;
}

/** Whether any Graph result whose id starts with `prefix` stopped at its row cap. */
export function truncatedWithPrefix(input: AnswerInput, prefix: string): boolean {
  for (const [id, result] of input.results) if (id.startsWith(prefix) && result.truncated) return true;
  return false;
}

export function byId(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.map((r) => [str(r.id), r]));
}

export function sortBy<T>(rows: readonly T[], key: (r: T) => string, desc = false): T[] {
  return [...rows].sort((a, b) => (desc ? key(b).localeCompare(key(a)) : key(a).localeCompare(key(b))));
}

/** "User", "Group", "App", "Device" from a directory object's `@odata.type`. */
export function objectKind(row: unknown): string {
  const t = str(obj(row)['@odata.type']).replace('#microsoft.graph.', '');
  return t === 'servicePrincipal' ? 'App' : t === 'group' ? 'Group' : t === 'device' ? 'Device' : t === 'user' || t === '' ? 'User' : t;
}

/** The name of an app role of a resource service principal: "Admin", or "Default access". */
export function appRoleName(resource: Row | undefined, appRoleId: unknown): string {
  if (isDefaultAppRole(appRoleId)) return 'Default access';
  const id = str(appRoleId);
  const roles = Array.isArray(resource?.appRoles) ? (resource.appRoles as Row[]) : [];
  const role = roles.find((r) => r.id === id);
  return role ? str(role.displayName) || str(role.value) : `App role ${id.slice(0, 8)}`;
}

/** "… (showing the first N)" when a source stopped at its cap. */
export function capNote(truncated: boolean, shown: number): string {
  return truncated ? ` (showing the first ${shown.toLocaleString('en-US')}; there are more)` : '';
}

/** The window as a phrase after a verb: "in the last 7 days", "on 2026-11-21", "from 2026-11-16 to 2026-11-22". */
export function inWindow(window: TimeWindow | undefined, fallback: string): string {
  const text = describeWindow(window, fallback);
  if (text.startsWith('the day ')) return `on ${text.slice('the day '.length)}`;
  if (text.startsWith('the period ')) return `from ${text.slice('the period '.length)}`;
  return `in ${text}`;
}

/** When an access package assignment expires, or "Never". */
export function expiresText(assignment: Row): Cell {
  const expiration = obj(obj(assignment.schedule).expiration);
  const end = formatDateTime(expiration.endDateTime);
  if (end) return end;
  return str(expiration.type) === 'noExpiration' || str(expiration.type) === '' ? 'Never' : str(expiration.type);
}
