/** The demo tenant generator: the whole Woodgrove Bank tenant as Graph-shaped data. */
export { generateTenant, MIN_USERS } from './generate-tenant';
export type { GenerateOptions } from './context';
export { generateSignIns } from './sign-ins/stream';
export type { SignInStreamOptions } from './sign-ins/stream';
export { STORY_IPS } from './sign-ins/stories';
