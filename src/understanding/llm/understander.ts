import type { ConversationContext } from '../conversation';
import type { Intent, IntentName, SlotName, Slots } from '../intent';
import { SCHEMAS } from '../../families/registry';
import { createChatCompleter, type ChatCompleter, type CompleterOptions } from './client';
import { describeLlmConfig, type LlmConfig } from './config';
import { buildSystemPrompt } from './prompt';
import { checkModelAnswer, type CheckedAnswer } from './validate';

export type DeterministicUnderstand = (text: string, context: ConversationContext, now: Date) => Intent;
/** The deterministic parser reading the question as a given intent (`understandAs`). */
export type DeterministicUnderstandAs = (name: IntentName, text: string, context: ConversationContext, now: Date) => Intent;
export type LlmUnderstand = (text: string, context: ConversationContext, now: Date) => Promise<Intent>;

export interface LlmUnderstanderOptions {
  /** The deterministic parser: used for raw queries, and whenever the model fails. */
  readonly fallback: DeterministicUnderstand;
  /**
   * The parser reading the question as the model's intent, when it differs from the parser's:
   * slots the model left out are taken from it, and what that intent cannot apply is named
   * (`notApplied`). Without it, a model answer that disagrees carries no `notApplied`.
   */
  readonly fallbackAs?: DeterministicUnderstandAs;
  /** How long to wait for the model (default 4000 ms). */
  readonly timeoutMs?: number;
  /** One line per question: which path answered and why. Never holds the API key. */
  readonly log?: (line: string) => void;
  /** Replaces the SDK's fetch (tests only). */
  readonly fetch?: CompleterOptions['fetch'];
}

export const DEFAULT_LLM_TIMEOUT_MS = 4000;
/** The confidence given to a model answer (the pipeline treats it like a confident parse). */
export const LLM_CONFIDENCE = 0.9;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function missingSlots(answer: CheckedAnswer, slots: Slots): SlotName[] {
  return (SCHEMAS[answer.name].needs ?? []).filter((s) => slots[s] === undefined);
}

/** The intent to use from a checked model answer; when it agrees with the parser, the parser's slots (canonical names, ambiguity) win. */
function toIntent(answer: CheckedAnswer, deterministic: Intent, asModel: Intent | undefined): Intent {
  if (answer.name === deterministic.name) {
    const slots: Slots = { ...answer.slots, ...deterministic.slots };
    const missing = (deterministic.missing ?? []).filter((s) => slots[s] === undefined);
    return { ...deterministic, slots, confidence: Math.max(deterministic.confidence ?? 0, LLM_CONFIDENCE), missing };
  }
  // The model's slots win; what it left out of the question comes from the parser's reading as that intent.
  let slots: Slots = { ...(asModel?.slots ?? {}), ...answer.slots };
  if (answer.name === 'report.groupMembersByDepartment' && !slots.groups && slots.group) {
    slots = { ...slots, groups: [slots.group] };
  }
  const missing = missingSlots(answer, slots);
  const notApplied = asModel?.notApplied ?? [];
  return {
    name: answer.name, slots, confidence: LLM_CONFIDENCE,
    ...(missing.length > 0 ? { missing } : {}), ...(notApplied.length > 0 ? { notApplied } : {}),
  };
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * An understanding stage that asks the model first and falls back to the deterministic parser on
 * any failure: error, timeout, invalid JSON, an unknown intent name, or `unknown` (the parser's
 * answer then, with its alternatives). Raw KQL / Graph queries (kql.run, graph.get) never go to the model.
 */
export function createLlmUnderstander(config: LlmConfig, options: LlmUnderstanderOptions): LlmUnderstand {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
  const log = options.log ?? (() => undefined);
  const complete: ChatCompleter = createChatCompleter(config, { timeoutMs, ...(options.fetch ? { fetch: options.fetch } : {}) });
  log(`llm planner: ${describeLlmConfig(config)}, timeout ${timeoutMs} ms`);

  return async (text, context, now) => {
    const deterministic = options.fallback(text, context, now);
    if (deterministic.name === 'kql.run' || deterministic.name === 'graph.get') {
      log(`understand: deterministic (${deterministic.name}: raw queries are not sent to the model)`);
      return deterministic;
    }
    if (deterministic.name === 'change.refused') {
      log('understand: deterministic (change.refused: a request to change the tenant is refused by rule, not sent to the model)');
      return deterministic;
    }
    // A topic rule is certain; the learnt gate's guess goes to the model, which follows the same rules.
    if (deterministic.name === 'unknown' && deterministic.outOfScope !== undefined && deterministic.outOfScopeLearnt !== true) {
      log(`understand: deterministic unknown (out of scope: ${deterministic.outOfScope}; not sent to the model)`);
      return deterministic;
    }
    const started = Date.now();
    let reply: string;
    try {
      reply = await withTimeout(complete(buildSystemPrompt(context, now), text), timeoutMs);
    } catch (err) {
      log(`understand: deterministic ${deterministic.name} (model failed after ${Date.now() - started} ms: ${reason(err)})`);
      return deterministic;
    }
    const checked = checkModelAnswer(reply);
    if (!checked.ok) {
      log(`understand: deterministic ${deterministic.name} (model answer rejected: ${checked.reason})`);
      return deterministic;
    }
    const answer = checked.answer;
    if (answer.name === 'unknown') {
      // The parser's answer: its intent when it found one, else its `unknown` with alternatives.
      log(`understand: deterministic ${deterministic.name} (model said unknown)`);
      return deterministic;
    }
    const dropped = answer.dropped.length > 0 ? `, dropped slots ${answer.dropped.join(', ')}` : '';
    log(`understand: llm ${answer.name} in ${Date.now() - started} ms (parser: ${deterministic.name}${dropped})`);
    const asModel = answer.name !== deterministic.name && answer.name !== 'change.refused' ? options.fallbackAs?.(answer.name, text, context, now) : undefined;
    return toIntent(answer, deterministic, asModel);
  };
}
