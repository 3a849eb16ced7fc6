import path from 'node:path';

/**
 * Everything Entra Ask reads from its environment, read once. Secrets are read here and passed
 * on; they are never logged (see `describeSettings`).
 */
export interface Settings {
  readonly port: number;
  /** Bind address of the bot endpoint. */
  readonly host: string;
  /**
   * ALLOW_UNAUTHENTICATED_LOCAL=1: serve live Graph data without BOT_ID (no token validation) on a
   * loopback address only, for a developer's machine. Without it `serve` refuses (serve-guard.ts).
   */
  readonly allowUnauthenticatedLocal: boolean;
  /** Bot Framework app id; unset means local mode (no token validation). */
  readonly botId?: string;
  readonly botPassword?: string;
  readonly botTenantId?: string;
  readonly botAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** Tenants whose messages are accepted; empty means any. */
  readonly allowedTenants: readonly string[];
  readonly dataDir: string;
  /** `demo` unless Graph credentials are configured. */
  readonly tenantMode: 'demo' | 'live';
  /** UPN used as the asker when none is known (demo mode). */
  readonly demoAskerUpn?: string;
  /** Emergency-access account UPNs to watch (privileged.breakGlass). */
  readonly breakGlassAccounts: readonly string[];
  /** Largest request body accepted on /api/messages, in bytes. */
  readonly maxBodyBytes: number;
  /** Where the audit trail goes (AUDIT_LOG): off, daily files in a folder, or one file. */
  readonly audit: AuditSetting;
  /** Application Insights connection string (APPLICATIONINSIGHTS_CONNECTION_STRING); a secret-ish value, never logged. */
  readonly appInsightsConnectionString?: string;
  /** How long an asker's roles, owned groups and reports are cached in live mode (ASKER_FACTS_TTL_SECONDS). */
  readonly askerFactsTtlMs: number;
  /**
   * How long a read (Graph GET, KQL query) made with the bot's own identity is reused across
   * conversations (DIRECTORY_CACHE_TTL_SECONDS; 0: off). Not used in delegated mode.
   */
  readonly directoryCacheTtlMs: number;
  /** Answers about people in channels and group chats: summary + private details, or inline. */
  readonly channelDetails: 'private' | 'inline';
  /** The bot's externally reachable base URL (https://…), for links it serves (CSV downloads). Unset: its own listen URL. */
  readonly publicUrl?: string;
  /**
   * Delegated mode: the Azure Bot OAuth connection (SSO_CONNECTION_NAME) whose token — the Teams
   * user's SSO token for this app — is exchanged on-behalf-of for Graph each turn.
   */
  readonly ssoConnectionName?: string;
  /** Where conversation state and CSV downloads live (STATE_STORAGE): this process's memory, or Azure Blob Storage. */
  readonly stateStorage: StateStorageSetting;
  /**
   * Demo mode: how the local Graph endpoint behaves (DEMO_GRAPH_PROFILE). `local` answers in
   * milliseconds; `realistic` imitates real Graph: 150 ms median / 450 ms p95 service time per
   * request and Microsoft's documented throttling limits (src/demo/graph-server/realism/).
   */
  readonly demoGraphProfile: 'local' | 'realistic';
  /**
   * Demo mode, `entra-ask serve`: run the local Graph endpoint on its own thread
   * (DEMO_GRAPH_THREAD, `worker` by default; `main` keeps it on the bot's thread).
   */
  readonly demoGraphThread: 'worker' | 'main';
}

/**
 * `memory` (the demo default: lost on restart, one instance only) or an Azure Blob Storage
 * container shared by every instance, reached with the managed identity (`accountUrl`) or a
 * connection string (a secret: never logged).
 */
export type StateStorageSetting =
  | { readonly kind: 'memory' }
  | { readonly kind: 'blob'; readonly container: string; readonly accountUrl?: string; readonly connectionString?: string };

export type AuditSetting =
  | { readonly kind: 'off' }
  | { readonly kind: 'dir'; readonly dir: string }
  | { readonly kind: 'file'; readonly file: string };

/**
 * On App Service (`WEBSITE_INSTANCE_ID`) the data folder is one network share for every instance:
 * each instance writes its daily audit files in its own subfolder, so no two processes append to
 * one file.
 */
function auditSetting(value: string | undefined, dataDir: string, cwd: string, instanceId: string | undefined): AuditSetting {
  const v = (value ?? '').trim();
  const perInstance = (dir: string) => (instanceId ? path.join(dir, `instance-${instanceId.replace(/[^A-Za-z0-9]/g, '').slice(0, 12)}`) : dir);
  if (v === '') return { kind: 'dir', dir: perInstance(path.join(dataDir, 'audit')) };
  if (/^(off|false|0|no|none)$/i.test(v)) return { kind: 'off' };
  const resolved = path.resolve(cwd, v);
  return /\.jsonl?$/i.test(v) ? { kind: 'file', file: resolved } : { kind: 'dir', dir: perInstance(resolved) };
}

function intFromEnv(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535 * 1000) {
    throw new SettingsError(`${name} must be a whole number, got "${value}"`);
  }
  return n;
}

/** A configuration mistake a person can fix; the CLI prints its message without a stack. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

export function readSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Settings {
  const botId = env.BOT_ID || undefined;
  const appType = env.BOT_TYPE ?? 'MultiTenant';
  if (appType !== 'MultiTenant' && appType !== 'SingleTenant' && appType !== 'UserAssignedMSI') {
    throw new SettingsError(`BOT_TYPE must be MultiTenant, SingleTenant or UserAssignedMSI, got "${appType}"`);
  }
  const dataDir = path.resolve(cwd, env.ENTRA_ASK_DATA ?? path.join('.data', 'demo'));
  const channelDetails = env.CHANNEL_DETAILS || 'private';
  if (channelDetails !== 'private' && channelDetails !== 'inline') {
    throw new SettingsError(`CHANNEL_DETAILS must be private or inline, got "${channelDetails}"`);
  }
  const demoGraphProfile = env.DEMO_GRAPH_PROFILE || 'local';
  if (demoGraphProfile !== 'local' && demoGraphProfile !== 'realistic') {
    throw new SettingsError(`DEMO_GRAPH_PROFILE must be local or realistic, got "${demoGraphProfile}"`);
  }
  const demoGraphThread = env.DEMO_GRAPH_THREAD || 'worker';
  if (demoGraphThread !== 'worker' && demoGraphThread !== 'main') {
    throw new SettingsError(`DEMO_GRAPH_THREAD must be worker or main, got "${demoGraphThread}"`);
  }
  const live = Boolean(env.AZURE_CLIENT_ID || env.GRAPH_MODE === 'appOnly' || env.GRAPH_MODE === 'delegated');
  return {
    port: intFromEnv(env.PORT, 3978, 'PORT'),
    host: env.HOST ?? (botId ? '0.0.0.0' : '127.0.0.1'),
    botId,
    allowUnauthenticatedLocal: env.ALLOW_UNAUTHENTICATED_LOCAL === '1',
    botPassword: env.BOT_PASSWORD || undefined,
    botTenantId: env.BOT_TENANT_ID || undefined,
    botAppType: appType,
    allowedTenants: (env.ALLOWED_TENANTS ?? '').split(',').map((t) => t.trim()).filter(Boolean),
    dataDir,
    tenantMode: live ? 'live' : 'demo',
    demoAskerUpn: env.DEMO_ASKER_UPN || undefined,
    breakGlassAccounts: (env.BREAK_GLASS_ACCOUNTS ?? '').split(',').map((t) => t.trim()).filter(Boolean),
    maxBodyBytes: intFromEnv(env.MAX_BODY_BYTES, 256 * 1024, 'MAX_BODY_BYTES'),
    audit: auditSetting(env.AUDIT_LOG, dataDir, cwd, env.WEBSITE_INSTANCE_ID?.trim() || undefined),
    appInsightsConnectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING || undefined,
    askerFactsTtlMs: intFromEnv(env.ASKER_FACTS_TTL_SECONDS, 300, 'ASKER_FACTS_TTL_SECONDS') * 1000,
    directoryCacheTtlMs: intFromEnv(env.DIRECTORY_CACHE_TTL_SECONDS, 60, 'DIRECTORY_CACHE_TTL_SECONDS') * 1000,
    channelDetails,
    publicUrl: publicUrlFromEnv(env.PUBLIC_URL),
    ssoConnectionName: env.SSO_CONNECTION_NAME || undefined,
    stateStorage: stateStorageFromEnv(env),
    demoGraphProfile,
    demoGraphThread,
  };
}

/** Blob container names: 3–63 lowercase letters, digits and single hyphens, starting and ending alphanumeric. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

function stateStorageFromEnv(env: NodeJS.ProcessEnv): StateStorageSetting {
  const kind = (env.STATE_STORAGE ?? '').trim().toLowerCase() || 'memory';
  if (kind === 'memory') return { kind: 'memory' };
  if (kind !== 'blob') throw new SettingsError(`STATE_STORAGE must be memory or blob, got "${env.STATE_STORAGE}"`);
  const accountUrl = env.STATE_STORAGE_ACCOUNT_URL?.trim() || undefined;
  const connectionString = env.STATE_STORAGE_CONNECTION_STRING?.trim() || undefined;
  if (!accountUrl === !connectionString) {
    throw new SettingsError('STATE_STORAGE=blob needs either STATE_STORAGE_ACCOUNT_URL (https://<account>.blob.core.windows.net, read with the managed identity) or STATE_STORAGE_CONNECTION_STRING, not both');
  }
  if (accountUrl) {
    let url: URL;
    try {
      url = new URL(accountUrl);
    } catch {
      throw new SettingsError(`STATE_STORAGE_ACCOUNT_URL must be the storage account's blob endpoint (https://<account>.blob.core.windows.net), got "${accountUrl}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SettingsError(`STATE_STORAGE_ACCOUNT_URL must be an https URL, got "${accountUrl}"`);
  }
  const container = env.STATE_STORAGE_CONTAINER?.trim() || 'entra-ask-state';
  if (!CONTAINER_NAME.test(container)) {
    throw new SettingsError(`STATE_STORAGE_CONTAINER must be a blob container name (3-63 lowercase letters, digits and hyphens), got "${container}"`);
  }
  return { kind: 'blob', container, accountUrl, connectionString };
}

/** Where state lives, for the start-up line: never the connection string. */
function describeStateStorage(s: StateStorageSetting): string {
  if (s.kind === 'memory') return 'memory';
  return `blob:${s.accountUrl ? `${s.accountUrl.replace(/\/+$/, '')}/${s.container} (managed identity)` : `${s.container} (connection string)`}`;
}

function publicUrlFromEnv(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError(`PUBLIC_URL must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SettingsError(`PUBLIC_URL must be an http(s) URL, got "${value}"`);
  return url.toString().replace(/\/+$/, '');
}

/** A log-safe description: no secrets. */
export function describeSettings(s: Settings): string {
  return [
    `mode=${s.tenantMode}`,
    `bot=${s.botId ? `authenticated (${s.botAppType})` : 'local (no BOT_ID)'}`,
    `listen=${s.host}:${s.port}`,
    `data=${s.dataDir}`,
    `state=${describeStateStorage(s.stateStorage)}`,
    `audit=${s.audit.kind === 'off' ? 'off' : s.audit.kind === 'dir' ? s.audit.dir : s.audit.file}${s.appInsightsConnectionString ? '+appInsights' : ''}`,
  ].join(' ');
}
