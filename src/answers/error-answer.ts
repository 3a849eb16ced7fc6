import type { Answer } from './answer';
import { cutAtWord } from '../cards/text';
import { followUp, followUpFields } from './answer-kit';

/** The shape of a typed source failure (GraphRequestError, KqlError): what a card needs. */
export interface SourceFailure {
  readonly status?: number;
  readonly code: string;
  readonly message: string;
  readonly kind?: string;
  readonly requestId?: string;
  /** `KqlError` for KQL problems. */
  readonly name?: string;
}

/** True for the typed errors sources raise on purpose (Graph, KQL); anything else is a bug. */
export function isSourceFailure(err: unknown): err is SourceFailure & Error {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'string'
    && ('status' in err || 'kind' in err || err.name === 'KqlError');
}

/** The line of `text` that contains character `offset`. */
function lineAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, end < 0 ? undefined : end);
}

/** Read-only refusals (src/kql/language/read-only.ts): management commands, other stores, plugins, `set`. */
const REFUSED = new Set(['EA001', 'EA002', 'EA005', 'EA006', 'EA007']);

/** A KQL problem (syntax, unknown column, refused command) pointing at where it is. */
function kqlProblem(err: SourceFailure & { start?: number; length?: number }, query: string | undefined): Answer {
  const at = err.start !== undefined && query !== undefined ? lineAt(query, err.start) : undefined;
  return {
    kind: 'error', title: REFUSED.has(err.code) ? 'This KQL query is not allowed' : 'The KQL query has a problem',
    summary: `${err.code}: ${err.message}`,
    columns: [], rows: [],
    facts: [
      ...(err.start !== undefined ? [{ title: 'Position', value: `character ${err.start + 1}${err.length ? `, ${err.length} long` : ''}` }] : []),
      ...(at ? [{ title: 'In line', value: at.slice(0, 300) }] : []),
    ],
    ...followUpFields([followUp('SigninLogs | where ResultType != "0" | summarize count() by AppDisplayName', 'Example: failed sign-ins by app (KQL)'), 'help']),
  };
}

const WORDS: Readonly<Record<string, string>> = {
  throttled: 'Microsoft Graph is busy and asked us to slow down (throttled). Try again in a minute.',
  busy: 'Your other log queries were still running and this one waited too long for them. Try again when they finish.',
  unavailable: 'The data source is temporarily unavailable. Try again in a minute.',
  timeout: 'The data source took too long to answer. Try again, or narrow the question (a shorter time range, one user).',
  network: 'Could not reach the data source. Try again in a minute.',
  forbidden: 'The data source refused: the permission to read this data is missing.',
  unauthorized: 'The data source did not accept our sign-in. An admin should check the app registration and its consent.',
  notFound: 'The data source could not find what was asked for.',
  badRequest: 'The data source rejected the request.',
  notSignedIn: 'Sign in first: this question is read with your own account, and Teams has not passed Entra Ask your sign-in for it yet.',
  notConfigured: 'This question is answered from log history read with KQL, and no source holding it is configured for this deployment (the details say which setting an admin sets).',
};

/**
 * KQL codes that are about the source or the moment, not the query. EA022 (the person's own
 * queries held the slots past the queue time, src/pipeline/kql-admission.ts) is one although it
 * sits among the EA0nn codes: the same query answers once their other queries finish.
 */
const KQL_KINDS: Readonly<Record<string, string>> = { EA022: 'busy', EA501: 'timeout', EA502: 'unavailable', EA503: 'notConfigured', EA504: 'notSignedIn' };

export function answerFromFailure(failure: SourceFailure, question: string, kqlText?: string): Answer {
  let err = failure;
  if (failure.name === 'KqlError') {
    // KSnnn (Kusto.Language) and EA0nn/EA1nn are problems with the query; EA5nn with the source.
    if (/^(KS|EA[01])/.test(failure.code) && !(failure.code in KQL_KINDS)) return kqlProblem(failure, kqlText);
    err = { code: failure.code, message: failure.message, kind: KQL_KINDS[failure.code] ?? 'other' };
  }
  const words = (err.kind && WORDS[err.kind]) || 'A data source failed while answering.';
  const retryable = err.kind === 'throttled' || err.kind === 'busy' || err.kind === 'unavailable' || err.kind === 'timeout' || err.kind === 'network';
  const ref = err.requestId ? ` (request id ${err.requestId})` : '';
  return {
    kind: 'error',
    title: `Couldn't answer: ${cutAtWord(question, 120)}`,
    summary: `${words}${ref}`,
    columns: [], rows: [],
    facts: [
      { title: 'Code', value: err.code },
      ...(err.status ? [{ title: 'HTTP status', value: String(err.status) }] : []),
      { title: 'Details', value: err.message.slice(0, 300) },
    ],
    followUps: retryable ? [] : ['help'],
    choices: retryable ? [{ title: 'Try again', question }] : undefined,
  };
}
