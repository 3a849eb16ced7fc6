/**
 * The family contract: what one question family declares. A family is one folder under
 * `src/families/` holding its plans (`*.plan.ts`), its answers (`*.answer.ts`) and an `index.ts`
 * that declares the family with `defineFamily`. The registry (`registry.ts`) lists the families;
 * every other part of the product (the pipeline, help, the slot schema, the LLM catalog, channel
 * privacy, the policy coverage tests) reads the registry instead of listing intents by hand.
 */
import type { Answer } from '../answers/answer';
import type { AnswerInput } from '../answers/answer-input';
import type { EntityKind, PlanContext } from '../planning/entities';
import type { QueryPlan } from '../planning/query-plan';
import type { LookupExpand } from '../planning/lookup-reads';
import type { IntentName, SlotName, Slots } from '../understanding/intent';

/**
 * How one intent is answered: what it must resolve, what it asks, how it reads the results.
 * Every query `plan` and `next` return declares the data categories it reads (`reads` on the
 * Graph request or KQL query, see planning/query-plan.ts); the policy checks each one against the
 * asker before it runs, and a query the asker may not read comes back empty to `answer`.
 */
export interface IntentHandler {
  readonly kind: 'handler';
  /** Entity slots that must be present and resolved before planning. */
  readonly needs: readonly EntityKind[];
  /** Entity slots resolved when present. */
  readonly optional?: readonly EntityKind[];
  plan(ctx: PlanContext): QueryPlan;
  /** Refuses the question before anything runs (e.g. a raw query that is not read-only). */
  refuse?(ctx: PlanContext): Answer | undefined;
  /**
   * Relationships a name's lookup expands (`$expand`), each standing in for a first-round query
   * when the data gate lets that query run unchanged: one sequential round trip fewer
   * (src/planning/lookup-reads.ts, issue 21).
   */
  readonly withLookup?: readonly LookupExpand[];
  /** A second round of queries that depends on the first round's results (e.g. group expansion). */
  next?(input: AnswerInput): QueryPlan | undefined;
  /** A third round that depends on the first two (e.g. sign-ins of the users a group expansion found). */
  last?(input: AnswerInput): QueryPlan | undefined;
  answer(input: AnswerInput): Answer;
}

/** Answered by the pipeline itself (help, unknown). */
export interface MetaHandler { readonly kind: 'meta' }

export const META: MetaHandler = { kind: 'meta' };

export const handler = (h: Omit<IntentHandler, 'kind'>): IntentHandler => ({ kind: 'handler', ...h });

/** Which slots an intent accepts from the understanding stage, and which it cannot run without. */
export interface IntentSchema {
  readonly accepts: readonly SlotName[];
  /** Slots the intent cannot run without: absent ones go to `missing`. */
  readonly needs?: readonly SlotName[];
}

/**
 * One intent of a family. The data category it reads, and who may read it (self, owner,
 * manager), is in `src/policy/policy.json` under the intent's name: a reviewed file an
 * administrator reads without reading code. The policy test fails when an intent is missing there.
 */
export interface IntentDeclaration {
  /** A question that this intent answers on the demo tenant (help, policy matrix, tests). */
  readonly example: string;
  /** One line for the optional LLM planner; absent for intents never planned by a model (raw queries). */
  readonly meaning?: string;
  /** The slots the understanding stage fills for it (questions.md). */
  readonly slots: IntentSchema;
  /**
   * Whether its rows are about people (sign-ins, risk, roles, memberships…): in channels and
   * group chats only a summary is posted and the details go 1:1 (bot/channel-privacy.ts).
   */
  readonly personal: boolean;
  readonly handler: IntentHandler | MetaHandler;
  /**
   * Another intent that answers this question when its slots say so, under that intent's policy
   * and handler ("who had access to Salesforce on March 13": app.users with a date is answered
   * from the snapshots by report.appAccessAsOf). The intent shown stays this one.
   */
  readonly answeredAs?: (slots: Slots) => IntentName | undefined;
}

/** A family as the help and welcome cards present it. */
export interface QuestionFamily {
  readonly title: string;
  readonly intents: readonly IntentName[];
  /** Questions to show as examples (buttons), in the demo tenant's names. */
  readonly examples: readonly string[];
}

export type IntentDeclarations = { readonly [K in IntentName]?: IntentDeclaration };

export interface Family<I extends IntentDeclarations = IntentDeclarations> {
  /** The folder name, e.g. `sign-ins`. */
  readonly id: string;
  /** How help presents the family; absent for families help does not list (help, unknown). */
  readonly help?: { readonly title: string; readonly examples: readonly string[] };
  readonly intents: I;
}

/** Declares a family, keeping the literal intent names so the registry can check it is complete. */
export function defineFamily<const I extends IntentDeclarations>(family: Family<I>): Family<I> {
  return family;
}
