/**
 * How the bot reaches Graph, chosen by configuration: the demo tenant on localhost, a real tenant
 * app-only (client secret, certificate, managed identity), or delegated on behalf of the Teams user.
 */

/** The public Graph v1.0 root; the URL shown to people for every request. */
export const GRAPH_V1_ROOT = 'https://graph.microsoft.com/v1.0';

/** The built-in demo tenant served over the Graph protocol on localhost. */
export interface DemoGraphConfig {
  readonly mode: 'demo';
  /** Version root of the local endpoint, e.g. `http://127.0.0.1:5050/v1.0` (`/v1.0` is added when missing). */
  readonly baseUrl: string;
}

/** The bot's own identity (application permissions). */
export interface AppOnlyGraphConfig {
  readonly mode: 'appOnly';
  readonly tenantId: string;
  readonly clientId: string;
  readonly credential: 'secret' | 'certificate' | 'managedIdentity';
  readonly clientSecret?: string;
  /** PEM file holding the certificate and its private key. */
  readonly certificatePath?: string;
  /** For a user-assigned managed identity; system-assigned when absent. */
  readonly managedIdentityClientId?: string;
  /** Version root for national clouds; default `https://graph.microsoft.com/v1.0`. */
  readonly baseUrl?: string;
}

/** On behalf of the signed-in Teams user (SSO token exchanged through OBO). */
export interface DelegatedGraphConfig {
  readonly mode: 'delegated';
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret?: string;
  readonly certificatePath?: string;
  /** The user's SSO token for this turn; empty when read from the environment (see `withUserAssertion`). */
  readonly userAssertion: string;
  readonly baseUrl?: string;
}

export type GraphConfig = DemoGraphConfig | AppOnlyGraphConfig | DelegatedGraphConfig;

/** A configuration that cannot work (a missing secret, an unknown mode). A bug in setup, not a card. */
export class GraphConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphConfigError';
  }
}

/** Default local endpoint of the demo tenant when `GRAPH_BASE_URL` is not set. */
export const DEFAULT_DEMO_BASE_URL = 'http://127.0.0.1:5050/v1.0';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the configuration from environment variables (names in README.md). Demo when nothing is
 * set; app-only when a tenant and client id are set without `GRAPH_MODE`.
 */
export function graphConfigFromEnv(env: Env = process.env): GraphConfig {
  const get = (...names: string[]): string | undefined => {
    for (const name of names) {
      const v = env[name]?.trim();
      if (v !== undefined && v !== '') return v;
    }
    return undefined;
  };
  const mode = normaliseMode(get('GRAPH_MODE'), get('AZURE_TENANT_ID') !== undefined && get('AZURE_CLIENT_ID') !== undefined);
  const baseUrl = get('GRAPH_BASE_URL');
  if (mode === 'demo') return validateGraphConfig({ mode, baseUrl: baseUrl ?? DEFAULT_DEMO_BASE_URL });

  const tenantId = get('AZURE_TENANT_ID', 'AAD_APP_TENANT_ID');
  const clientId = get('AZURE_CLIENT_ID', 'AAD_APP_CLIENT_ID', 'BOT_ID');
  const clientSecret = get('AZURE_CLIENT_SECRET', 'SECRET_AAD_APP_CLIENT_SECRET', 'AAD_APP_CLIENT_SECRET');
  const certificatePath = get('AZURE_CLIENT_CERTIFICATE_PATH');
  const managedIdentityClientId = get('MANAGED_IDENTITY_CLIENT_ID');
  const opt = {
    ...(clientSecret !== undefined ? { clientSecret } : {}),
    ...(certificatePath !== undefined ? { certificatePath } : {}),
    ...(baseUrl !== undefined ? { baseUrl } : {}),
  };

  if (mode === 'appOnly') {
    const credential = credentialKind(get('GRAPH_CREDENTIAL'), clientSecret, certificatePath);
    const config: AppOnlyGraphConfig = {
      mode,
      tenantId: tenantId ?? '',
      clientId: clientId ?? managedIdentityClientId ?? '',
      credential,
      ...opt,
      ...(managedIdentityClientId !== undefined ? { managedIdentityClientId } : {}),
    };
    return validateGraphConfig(config);
  }
  const config: DelegatedGraphConfig = { mode, tenantId: tenantId ?? '', clientId: clientId ?? '', userAssertion: '', ...opt };
  return validateGraphConfig(config);
}

/** The delegated configuration for one turn: the same app, this user's SSO token. */
export function withUserAssertion(config: GraphConfig, userAssertion: string): GraphConfig {
  if (config.mode !== 'delegated') return config;
  return { ...config, userAssertion };
}

/** Throws `GraphConfigError` when a required setting is missing; returns the config otherwise. */
export function validateGraphConfig<C extends GraphConfig>(config: C): C {
  const missing = (what: string): never => {
    throw new GraphConfigError(`Graph ${config.mode} mode needs ${what}.`);
  };
  if (config.mode === 'demo') {
    if (!/^https?:\/\//.test(config.baseUrl)) missing('an http(s) GRAPH_BASE_URL');
    return config;
  }
  // A bearer token travels only over https, or to this machine.
  if (config.baseUrl !== undefined && !/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/])/.test(config.baseUrl)) {
    missing('an https GRAPH_BASE_URL');
  }
  if (config.mode === 'appOnly' && config.credential === 'managedIdentity') return config;
  if (config.tenantId === '') missing('AZURE_TENANT_ID');
  if (config.clientId === '') missing('AZURE_CLIENT_ID');
  const kind = config.mode === 'appOnly' ? config.credential : config.certificatePath !== undefined ? 'certificate' : 'secret';
  if (kind === 'secret' && config.clientSecret === undefined) missing('AZURE_CLIENT_SECRET');
  if (kind === 'certificate' && config.certificatePath === undefined) missing('AZURE_CLIENT_CERTIFICATE_PATH');
  return config;
}

function normaliseMode(raw: string | undefined, hasApp: boolean): GraphConfig['mode'] {
  if (raw === undefined) return hasApp ? 'appOnly' : 'demo';
  const key = raw.toLowerCase().replace(/[-_\s]/g, '');
  if (key === 'demo') return 'demo';
  if (key === 'apponly' || key === 'app') return 'appOnly';
  if (key === 'delegated' || key === 'obo' || key === 'onbehalfof') return 'delegated';
  throw new GraphConfigError(`GRAPH_MODE must be demo, appOnly or delegated, not ${JSON.stringify(raw)}.`);
}

function credentialKind(raw: string | undefined, secret: string | undefined, cert: string | undefined): AppOnlyGraphConfig['credential'] {
  if (raw === undefined) return cert !== undefined ? 'certificate' : secret !== undefined ? 'secret' : 'managedIdentity';
  const key = raw.toLowerCase().replace(/[-_\s]/g, '');
  if (key === 'secret' || key === 'clientsecret') return 'secret';
  if (key === 'certificate' || key === 'cert') return 'certificate';
  if (key === 'managedidentity' || key === 'msi') return 'managedIdentity';
  throw new GraphConfigError(`GRAPH_CREDENTIAL must be secret, certificate or managedIdentity, not ${JSON.stringify(raw)}.`);
}
