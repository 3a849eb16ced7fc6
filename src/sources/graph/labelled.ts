import { GraphRequestError, isGraphRequestError } from './errors';

/** Any failure as a `GraphRequestError` naming the planned request it belongs to. */
export function labelled(e: unknown, queryId: string): GraphRequestError {
  if (isGraphRequestError(e)) return e.queryId === undefined ? e.withQueryId(queryId) : e;
  const message = e instanceof Error ? e.message : String(e);
  return new GraphRequestError({ status: 0, code: 'clientError', kind: 'other', message, queryId, cause: e });
}
