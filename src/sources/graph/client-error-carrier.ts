import { GraphClientError } from '@microsoft/microsoft-graph-client';
import { GraphRequestError, isGraphRequestError } from './errors';

/**
 * The graph client rewraps any error thrown in the middleware chain into a `GraphError` — except a
 * `GraphClientError`, which it passes through. Our middleware therefore throws a `GraphClientError`
 * carrying the typed error in `customError`, and `unwrapFailure` takes it out again.
 */
export function carry(error: GraphRequestError): GraphClientError {
  const carrier = new GraphClientError(error.message);
  carrier.customError = error;
  return carrier;
}

/** Any failure from the graph client as a typed error. */
export function unwrapFailure(e: unknown): GraphRequestError {
  if (isGraphRequestError(e)) return e;
  if (e instanceof GraphClientError && isGraphRequestError(e.customError)) return e.customError;
  const message = e instanceof Error ? e.message : String(e);
  return new GraphRequestError({ status: 0, code: 'clientError', message, kind: 'other', cause: e });
}
