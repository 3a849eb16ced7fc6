import type { Intent } from '../understanding/intent';
import type { Resolved } from '../planning/entities';
import type { QueryPlan } from '../planning/query-plan';
import type { GraphResult, KqlResult, ResultSet } from '../sources/result-set';

/** What an answer builder reads: the question as understood, what it resolved to, the results. */
export interface AnswerInput {
  readonly intent: Intent;
  readonly resolved: Resolved;
  readonly plan: QueryPlan;
  readonly results: ResultSet;
  readonly now: Date;
}

export type Row = Record<string, unknown>;

/** Rows of a planned Graph request; a missing result is a bug (the executor runs every query). */
export function graphRows(input: AnswerInput, id: string): readonly Row[] {
  return graphResult(input, id).rows;
}

export function graphResult(input: AnswerInput, id: string): GraphResult {
  const result = input.results.get(id);
  if (!result || result.source !== 'graph') throw new Error(`bug: no Graph result "${id}"`);
  return result;
}

export function kqlResult(input: AnswerInput, id: string): KqlResult {
  const result = input.results.get(id);
  if (!result || result.source !== 'kql') throw new Error(`bug: no KQL result "${id}"`);
  return result;
}
