/**
 * Graph's error envelope and the catalogue of errors this endpoint answers with. Every failure
 * a client can cause is a `GraphError` (status, code, message); anything else is a bug and
 * becomes a 500 `generalException`.
 */

/** A failure with Graph's wire shape: HTTP status, error code and message. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** `{ error: { code, message, innerError: { date, request-id, client-request-id } } }` */
export interface GraphErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innerError: {
      readonly date: string;
      readonly 'request-id': string;
      readonly 'client-request-id': string;
    };
  };
}

/** Graph's envelope for an error, stamped with the request's ids. */
export function errorBody(err: GraphError, requestId: string, clientRequestId: string, now: Date): GraphErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      innerError: {
        date: now.toISOString().slice(0, 19),
        'request-id': requestId,
        'client-request-id': clientRequestId,
      },
    },
  };
}

/** Whether errors follow the directory (AAD Graph) dialect or the newer workloads' dialect. */
export type ErrorDialect = 'directory' | 'service';

const badRequestCode = (d: ErrorDialect): string => (d === 'directory' ? 'Request_BadRequest' : 'BadRequest');

/** The catalogue: one function per error Graph answers with. */
export const graphErrors = {
  segmentNotFound: (segment: string): GraphError =>
    new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
  resourceNotFound: (id: string): GraphError =>
    new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  serviceNotFound: (entity: string, id: string): GraphError =>
    new GraphError(404, 'ResourceNotFound', `${entity} with id '${id}' was not found.`),
  methodNotAllowed: (): GraphError =>
    new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.'),
  tooManyClauses: (n: number, max: number): GraphError =>
    new GraphError(
      400,
      'Request_UnsupportedQuery',
      `Too many child clauses specified in search filter expression containing 'OR' operators: ${n}. Max allowed: ${max}.`,
    ),
  unsupportedQuery: (): GraphError => new GraphError(400, 'Request_UnsupportedQuery', 'Unsupported Query.'),
  unsupportedFilterProperty: (property: string, entity: string, d: ErrorDialect): GraphError =>
    d === 'directory'
      ? new GraphError(
          400,
          'Request_UnsupportedQuery',
          `Unsupported or invalid query filter clause specified for property '${property}' of resource '${entity}'.`,
        )
      : new GraphError(400, 'BadRequest', `Invalid filter clause: the property '${property}' does not support this filter.`),
  invalidFilter: (detail: string, d: ErrorDialect): GraphError =>
    new GraphError(400, badRequestCode(d), `Invalid filter clause: ${detail}`),
  invalidOrderBy: (property: string, d: ErrorDialect): GraphError =>
    d === 'directory'
      ? new GraphError(400, 'Request_UnsupportedQuery', `Sorting not supported for '${property}'.`)
      : new GraphError(400, 'BadRequest', `Invalid $orderby: sorting by '${property}' is not supported.`),
  orderByWithFilter: (): GraphError =>
    new GraphError(400, 'Request_UnsupportedQuery', 'Sorting not supported for current query.'),
  invalidTop: (value: string, max: number, d: ErrorDialect): GraphError =>
    new GraphError(400, badRequestCode(d), `Invalid page size specified: '${value}'. Must be between 1 and ${max} inclusive.`),
  notSupportedOption: (option: string, d: ErrorDialect): GraphError =>
    new GraphError(400, badRequestCode(d), `'${option}' is not supported by the service.`),
  countNeedsConsistency: (): GraphError =>
    new GraphError(400, 'Request_BadRequest', '$count is not currently supported.'),
  searchNeedsConsistency: (): GraphError =>
    new GraphError(
      400,
      'Request_UnsupportedQuery',
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    ),
  invalidSearch: (detail: string): GraphError => new GraphError(400, 'Request_UnsupportedQuery', `Invalid $search: ${detail}`),
  unknownProperty: (property: string, entityType: string, d: ErrorDialect): GraphError =>
    new GraphError(400, badRequestCode(d), `Could not find a property named '${property}' on type 'microsoft.graph.${entityType}'.`),
  invalidExpand: (text: string, d: ErrorDialect): GraphError =>
    new GraphError(400, badRequestCode(d), `Invalid $expand: '${text}'.`),
  expandNotSupported: (property: string, d: ErrorDialect): GraphError =>
    new GraphError(400, badRequestCode(d), `Expanding '${property}' is not supported.`),
  invalidSkipToken: (d: ErrorDialect): GraphError =>
    new GraphError(400, badRequestCode(d), 'The provided skip token is invalid or expired.'),
  optionNotAllowed: (option: string): GraphError =>
    new GraphError(
      400,
      'BadRequest',
      `Query option '${option}' is not allowed. To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.`,
    ),
  badQueryOption: (option: string): GraphError =>
    new GraphError(400, 'BadRequest', `Query option '${option}' is not allowed. Make sure that it is supported for the request.`),
  badBatch: (message: string): GraphError => new GraphError(400, 'BadRequest', message),
  throttled: (headers: Readonly<Record<string, string>>): GraphError =>
    new GraphError(429, 'TooManyRequests', 'Too many requests. Please retry after some time.', headers),
  unavailable: (headers: Readonly<Record<string, string>>): GraphError =>
    new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry later.', headers),
  internal: (): GraphError => new GraphError(500, 'generalException', 'An unexpected error occurred.'),
} as const;
