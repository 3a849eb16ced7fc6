/** The Graph client layer: the bot's one way to Microsoft Graph (see README.md). */
export { createGraphSource, CALLER_HEADER } from './graph-source';
export type { GraphSource, GraphSourceOptions } from './graph-source';
export { graphConfigFromEnv, withUserAssertion, validateGraphConfig, GraphConfigError, GRAPH_V1_ROOT, DEFAULT_DEMO_BASE_URL } from './config';
export type { GraphConfig, DemoGraphConfig, AppOnlyGraphConfig, DelegatedGraphConfig } from './config';
export { GraphRequestError, isGraphRequestError, kindForStatus, parseErrorEnvelope } from './errors';
export type { GraphErrorKind, GraphRequestErrorInit } from './errors';
export { odataString, odataLiteral, odataFilter, odataSearch, odataQuery, odataPathSegment, encodeQueryValue } from './odata';
export type { ODataQueryOptions, ODataValue } from './odata';
export { shownUrl } from './urls';
export { createCredential } from './credentials';
export { MAX_BATCH_SIZE } from './batch';
export type { GraphHttpEvent, GraphHttpObserver } from './http-event';
