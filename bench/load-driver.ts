/**
 * Drives the served bot the way Teams does: POST message activities to `/api/messages` with
 * `deliveryMode: expectReplies` and read the Adaptive Card from the response body. Shared by the
 * benchmark (bench/served.ts: end-to-end latency and throughput) and the load test of the default
 * test suite (test/load/), so both send the same questions and judge the answers the same way.
 *
 * Nothing here measures against a target or reads the wall clock for a verdict: it sends, times
 * and classifies; the callers decide.
 */
import { randomUUID } from 'node:crypto';

/** One question of the mix, with the card title its family answers with. */
export interface MixQuestion {
  /** Question family (shared/spec/questions.md), used to report per family. */
  readonly family: string;
  readonly text: string;
  /** The card's title (its first line) for this question: proves the right family answered. */
  readonly title: RegExp;
}

/**
 * A mix over every question family, in the demo tenant's names (the personas exist in every
 * generated tenant, whatever its size or seed). Graph-backed and KQL-backed questions both.
 */
export const QUESTION_MIX: readonly MixQuestion[] = [
  { family: 'users', text: 'Give me all user details for karita@woodgrovebank.com', title: /^Karita Lehtonen/ },
  { family: 'users', text: 'Which groups is Karita a member of?', title: /^Groups Karita Lehtonen .*member of/ },
  { family: 'users', text: 'Is Alain registered for MFA?', title: /Alain Charon/ },
  { family: 'users', text: 'List guest users', title: /guest/i },
  { family: 'groups', text: 'Who owns the Finance Department group?', title: /^Owners of Finance Department/ },
  { family: 'groups', text: 'Who is in Finance Department?', title: /^Members of Finance Department/ },
  { family: 'groups', text: 'Which groups have no owners?', title: /^Groups without owners/ },
  { family: 'sign-ins', text: 'Sign-ins for Karita in the past 48 hours', title: /^Sign-ins .*Karita Lehtonen/ },
  { family: 'sign-ins', text: 'Show failed sign-ins for karita@woodgrovebank.com for the past 7 days', title: /^Failed sign-ins .*Karita Lehtonen/ },
  { family: 'troubleshoot', text: "Why can't Alain sign in?", title: /Alain Charon/ },
  { family: 'risk', text: 'Show high risk users', title: /risk/i },
  { family: 'risk', text: 'What is the risk history for karita@woodgrovebank.com?', title: /^Risk history .*Karita Lehtonen/ },
  { family: 'risk', text: "Summarize Julieta's risk", title: /Julieta Oliveira/ },
  { family: 'audit', text: 'Get audit logs for Karita for the past 72 hours', title: /Karita Lehtonen/ },
  { family: 'audit', text: 'Role changes in the last 30 days', title: /role/i },
  { family: 'apps', text: 'Tell me more about the application Salesforce', title: /^Salesforce/ },
  { family: 'apps', text: 'Who has access to Salesforce?', title: /Salesforce/ },
  { family: 'apps', text: 'Show me apps outside my tenant', title: /^Apps from outside/ },
  { family: 'privileged', text: 'Who are the global admins?', title: /Global Administrator/ },
  { family: 'privileged', text: "Which admins aren't registered for MFA?", title: /MFA/ },
  { family: 'privileged', text: 'Was any break-glass account used?', title: /break-glass|emergency/i },
  { family: 'access packages', text: 'List access packages', title: /^Access packages/ },
  { family: 'access packages', text: 'Who has Project Falcon?', title: /Project Falcon/ },
  { family: 'access packages', text: 'Pending access requests', title: /[Pp]ending/ },
  { family: 'KQL history', text: 'How many failed sign-ins this week by app?', title: /[Ff]ailed sign-ins/ },
  { family: 'KQL history', text: 'SigninLogs | where ResultType != "0" | summarize count() by AppDisplayName', title: /KQL|SigninLogs|[Qq]uery/ },
];

/** A Teams personal-chat message activity, as Bot Framework posts it (cf. test/helpers/activities.ts). */
export function messageActivity(text: string, conversationId: string): Record<string, unknown> {
  const tenantId = '00000000-0000-0000-0000-000000000001';
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: '29:load-user', name: 'Load User' },
    recipient: { id: '28:entra-ask', name: 'Entra Ask' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: 'en-US',
    text,
    textFormat: 'plain',
    deliveryMode: 'expectReplies',
  };
}

type Json = Record<string, unknown>;

/** The Adaptive Cards among the replies of an expectReplies response. */
export function cardsOf(body: unknown): Json[] {
  const activities = ((body as { activities?: unknown[] } | null)?.activities ?? []) as { type?: string; attachments?: { contentType?: string; content?: Json }[] }[];
  return activities
    .filter((a) => a.type === 'message')
    .flatMap((a) => a.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive' && a.content)
    .map((a) => a.content!);
}

/** The card's first line (its title). */
export function cardTitle(card: Json): string {
  const first = (card.body as Json[] | undefined)?.[0];
  const inlines = first?.inlines as { text?: string }[] | undefined;
  return String(inlines?.[0]?.text ?? first?.text ?? '');
}

/** Whether a card reports a failure: the error cards are the only ones that use the Attention colour. */
export function isErrorCard(card: Json): boolean {
  if (cardTitle(card) === 'Something went wrong') return true;
  let found = false;
  const walk = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(walk); return; }
    const o = node as Json;
    if (o.color === 'Attention') { found = true; return; }
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
  };
  walk(card.body);
  return found;
}

export interface AskResult {
  readonly question: MixQuestion;
  readonly conversationId: string;
  /** HTTP status, 0 when the request failed or timed out. */
  readonly status: number;
  /** Round trip, milliseconds (request sent → body read). */
  readonly ms: number;
  readonly title?: string;
  /** Why this answer counts as an error; undefined for a good answer. */
  readonly error?: string;
  /** The card, when one came back. */
  readonly card?: Json;
}

/** Sends one question and judges the reply: 200, exactly one card, not an error card, the expected title. */
export async function askOnce(url: string, question: MixQuestion, conversationId: string, timeoutMs = 120_000): Promise<AskResult> {
  const t0 = performance.now();
  let res: Response;
  let body: unknown;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(question.text, conversationId)),
      signal: AbortSignal.timeout(Math.max(1, Math.round(timeoutMs))),
    });
    const text = await res.text();
    body = res.status === 200 ? JSON.parse(text) : text;
  } catch (err) {
    return { question, conversationId, status: 0, ms: performance.now() - t0, error: `request failed: ${(err as Error).message}${(err as Error).cause ? ` (${String((err as Error).cause)})` : ''}` };
  }
  const ms = performance.now() - t0;
  if (res.status !== 200) return { question, conversationId, status: res.status, ms, error: `HTTP ${res.status}: ${String(body).slice(0, 200)}` };
  const cards = cardsOf(body);
  if (cards.length !== 1) return { question, conversationId, status: res.status, ms, error: `${cards.length} cards in the reply` };
  const card = cards[0]!;
  const title = cardTitle(card);
  if (isErrorCard(card)) return { question, conversationId, status: res.status, ms, title, card, error: `error card: ${title}` };
  if (!question.title.test(title)) return { question, conversationId, status: res.status, ms, title, card, error: `unexpected card "${title}" (expected ${question.title})` };
  return { question, conversationId, status: res.status, ms, title, card };
}

export interface LoadOptions {
  /** `http://127.0.0.1:PORT/api/messages` */
  readonly url: string;
  readonly conversations: number;
  /** Questions in all, spread evenly over the conversations. */
  readonly questions: number;
  readonly mix?: readonly MixQuestion[];
  /** Per request. */
  readonly requestTimeoutMs?: number;
  /** No new question is sent after this long; unsent questions are reported. */
  readonly deadlineMs?: number;
  /** Keep the cards of the results (the load test checks them); dropped by default to save memory. */
  readonly keepCards?: boolean;
}

export interface LoadReport {
  readonly conversations: number;
  readonly planned: number;
  readonly sent: number;
  readonly results: readonly AskResult[];
  readonly errors: readonly AskResult[];
  readonly wallMs: number;
  /** Good answers per second of wall time. */
  readonly answersPerSecond: number;
}

/**
 * `conversations` concurrent conversations, each asking its share of `questions` one after the
 * other (a person waits for the answer before asking again), each starting at a different place
 * in the mix so that every family is in flight at once.
 */
export async function runLoad(o: LoadOptions): Promise<LoadReport> {
  const mix = o.mix ?? QUESTION_MIX;
  const deadline = performance.now() + (o.deadlineMs ?? 10 * 60_000);
  const results: AskResult[] = [];
  const t0 = performance.now();
  const conversation = async (c: number): Promise<void> => {
    const conversationId = `a:load-${c}-${randomUUID()}`;
    const share = Math.floor(o.questions / o.conversations) + (c < o.questions % o.conversations ? 1 : 0);
    for (let k = 0; k < share; k += 1) {
      if (performance.now() > deadline) return;
      const q = mix[(c * 7 + k) % mix.length]!;
      const r = await askOnce(o.url, q, conversationId, o.requestTimeoutMs);
      results.push(o.keepCards ? r : { ...r, card: undefined });
    }
  };
  await Promise.all(Array.from({ length: o.conversations }, (_, c) => conversation(c)));
  const wallMs = performance.now() - t0;
  const errors = results.filter((r) => r.error !== undefined);
  return {
    conversations: o.conversations, planned: o.questions, sent: results.length, results, errors, wallMs,
    answersPerSecond: (results.length - errors.length) / (wallMs / 1000),
  };
}
