/** The local Microsoft Graph v1.0 endpoint over the demo tenant. See README.md. */
export { startGraphServer, buildDataContext } from './server';
export type { GraphServer, GraphServerOptions, RequestContext, RequestLogEntry } from './types';
export type { FaultConfig } from './faults';
export { REALISTIC } from './realism/realism';
export type { RealismConfig } from './realism/realism';
export { SignInStore } from './signins/signin-store';
export { loadOrBuildSignInStore, readSignInSnapshot, writeSignInSnapshot } from './signins/snapshot';
export type { SignInSnapshot } from './signins/snapshot';
export { GraphError, graphErrors } from './errors';
export type { GraphErrorBody } from './errors';
export { strictFromEnv } from './strict';
export type { StrictOptions } from './strict';
export { startGraphServerInWorker } from './worker-host';
export type { WorkerGraphServerOptions } from './worker-host';
