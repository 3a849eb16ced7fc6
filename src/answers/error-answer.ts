import type { Answer } from './answer';

/** The shape of a typed source failure (GraphRequestError, KqlError): what a card needs. */
export interface SourceFailure {
  readonly status?: number;
  readonly code: string;
  readonly message: string;
  readonly kind?: string;
  readonly requestId?: string;
}

/** True for the typed errors sources raise on purpose; anything else is a bug. */
export function isSourceFailure(err: unknown): err is SourceFailure & Error {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'string'
    && ('status' in err || 'kind' in err);
}

const WORDS: Readonly<Record<string, string>> = {
  throttled: 'Microsoft Graph is busy and asked us to slow down (throttled). Try again in a minute.',
  unavailable: 'The data source is temporarily unavailable. Try again in a minute.',
  timeout: 'The data source took too long to answer. Try again, or narrow the question (a shorter time range, one user).',
  network: 'Could not reach the data source. Try again in a minute.',
  forbidden: 'The data source refused: the permission to read this data is missing.',
  unauthorized: 'The data source did not accept our sign-in. An admin should check the app registration and its consent.',
  notFound: 'The data source could not find what was asked for.',
  badRequest: 'The data source rejected the request.',
};

export function answerFromFailure(err: SourceFailure, question: string): Answer {
  const words = (err.kind && WORDS[err.kind]) || 'A data source failed while answering.';
  const retryable = err.kind === 'throttled' || err.kind === 'unavailable' || err.kind === 'timeout' || err.kind === 'network';
  const ref = err.requestId ? ` (request id ${err.requestId})` : '';
  return {
    kind: 'error',
    title: `Couldn't answer: ${question.slice(0, 120)}`,
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
