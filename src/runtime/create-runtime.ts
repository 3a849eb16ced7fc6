import { SettingsError, type Settings } from '../config/settings';
import { SHARED_PACER } from '../sources/graph/api-pacer';
import { BREAK_GLASS_UPNS, DEFAULT_ASKER_UPN } from '../demo/personas';
import { statSync } from 'node:fs';
import path from 'node:path';
import { REALISTIC, startGraphServer, startGraphServerInWorker, strictFromEnv, type FaultConfig, type RealismConfig, type RequestLogEntry, type SignInSnapshot } from '../demo/graph-server';
import type { TenantModel } from '../demo/model';
import { loadOrCreateDemoTenant, readSignIns, type DemoTenant } from '../demo/store';
import { createPipeline, type Pipeline } from '../pipeline/ask';
import type { Asker } from '../planning/entities';
import { createCredential, createGraphSource } from '../sources/graph';
import { graphConfigFromEnv } from '../sources/graph/config';
import { buildGazetteer, understand, understandAs } from '../understanding';
import type { ConversationContext } from '../understanding/conversation';
import type { Intent, IntentName } from '../understanding/intent';
import { createLlmUnderstander, describeLlmConfig, llmConfigFromEnv } from '../understanding/llm';
import type { Understand, UnderstandScope } from '../pipeline/ask';
import { LazyDemoKql } from './kql-store';
import { describeLiveKql, LiveKql, liveKqlSettingsFromEnv, type LiveKqlOptions } from './live-kql';
import { ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import { createAuditSink, verbRecord, withAudit } from '../audit';
import { delegatedGraph } from './delegated';
import { DirectoryCache, withDirectoryCache, withKqlCache } from '../pipeline/directory-cache';
import { cachedFacts, demoFactsProvider, graphFactsProvider, type AskerFactsProvider } from '../policy/asker-facts';
import { familiesFor } from '../policy/help-access';
import { DEFAULT_POLICY } from '../policy/policy';
import { QUESTION_FAMILIES } from '../families/registry';
import type { HelpFamily } from '../cards';
import { createAuthorizer } from '../policy/authorize';

/** Everything a command or the bot needs to answer questions, started and ready. */
export interface Runtime {
  readonly mode: 'demo' | 'live';
  readonly pipeline: Pipeline;
  readonly tenantId: string;
  /** The asker for a UPN (default: the demo Global Administrator); undefined if unknown. */
  askerFor(upn?: string): Asker | undefined;
  /**
   * The asker for a Teams activity's `from.aadObjectId`. An unknown person is the demo Global
   * Administrator only in local mode (no BOT_ID: the Agents Playground); otherwise they are
   * unknown to the policy and may ask for help only.
   */
  askerForObjectId(objectId: string | undefined, name?: string): Asker;
  /** The demo tenant's Graph endpoint (demo mode only). */
  readonly graphUrl?: string;
  /** Switches the demo Graph endpoint's fault mode (demo mode only; reliability tests). */
  readonly setDemoGraphFaults?: (faults: FaultConfig | undefined) => void;
  /** Demo mode: switch the local Graph endpoint's imitation of real Graph (latency, throttling). */
  readonly setDemoGraphRealism?: (realism: RealismConfig | undefined) => void;
  /** Demo mode: how many HTTP requests the local Graph endpoint has answered. */
  readonly demoGraphRequests?: () => number;
  /** The directory lookups shared by every conversation (absent in delegated mode or with a TTL of 0). */
  readonly directoryCache?: DirectoryCache;
  readonly model?: TenantModel;
  /** The help card's families for this person, each marked with what the policy lets them ask. */
  helpFamiliesFor(asker: Asker): Promise<readonly HelpFamily[]>;
  /** Leaves an audit line for a verb that runs no question (help, a page of an answer, a CSV download). */
  recordVerb(verb: 'help' | 'showMore' | 'csvDownload', asker: Asker | undefined, channel: string, rowCount?: number): void;
  close(): Promise<void>;
}

/** Help families for an asker from a facts provider (unknown people may ask for help only). */
function helpFrom(facts: AskerFactsProvider | undefined): (asker: Asker) => Promise<readonly HelpFamily[]> {
  if (!facts) return () => Promise.resolve(QUESTION_FAMILIES);
  return async (asker) => {
    // A failed lookup (Graph busy) lists every family unmarked: the answers still apply the policy.
    try {
      return familiesFor(QUESTION_FAMILIES, DEFAULT_POLICY, await facts.factsFor(asker));
    } catch {
      return QUESTION_FAMILIES;
    }
  };
}

export interface RuntimeOptions {
  readonly log: (line: string) => void;
  /** Don't report progress (command line `--json`). */
  readonly quiet?: boolean;
  /** Prepare slow stores (sign-ins) in the background now: for a long-running server. */
  readonly warm?: boolean;
  /** Where the Graph settings are read (live mode); default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Delegated mode: the credential for a user's token (tests); default on-behalf-of. */
  readonly credentialFor?: (userAssertion: string) => TokenCredential;
  /** App-only mode: the bot's credential (tests, hosting); default the configured one. */
  readonly credential?: TokenCredential;
  /** Live mode: the Log Analytics / ADX executors (tests); default the real clients. */
  readonly liveKqlExecutors?: Pick<LiveKqlOptions, 'logAnalytics' | 'adx'>;
  /** Demo mode: told about every request the local Graph endpoint answers (benchmarks). */
  readonly onDemoGraphRequest?: (entry: RequestLogEntry) => void;
  /**
   * Demo mode: serve the local Graph endpoint from a worker thread when the settings say so
   * (`entra-ask serve`); otherwise it shares this thread (commands, tests that set faults and read
   * the endpoint's state synchronously).
   */
  readonly demoGraphWorker?: boolean;
}

/** The live KQL settings; a mistake in them is a SettingsError (said plainly, no stack). */
function liveKqlFromEnv(env: NodeJS.ProcessEnv) {
  try {
    return liveKqlSettingsFromEnv(env);
  } catch (err) {
    throw new SettingsError((err as Error).message);
  }
}

/** Someone the tenant does not know: the policy lets them see help and nothing else. */
function unknownAsker(objectId: string | undefined, name?: string): Asker {
  return { upn: 'unknown', objectId: objectId || undefined, displayName: name };
}

function demoAskers(model: TenantModel, defaultUpn: string, localMode: boolean) {
  const byUpn = new Map<string, Asker>();
  const byId = new Map<string, Asker>();
  for (const u of model.users) {
    const asker: Asker = { upn: String(u.userPrincipalName), objectId: u.id, displayName: String(u.displayName) };
    byUpn.set(asker.upn.toLowerCase(), asker);
    byId.set(u.id, asker);
  }
  const fallback = byUpn.get(defaultUpn.toLowerCase());
  if (!fallback) throw new Error(`bug: the demo tenant has no default asker ${defaultUpn}`);
  return {
    byUpn: (upn?: string) => (upn ? byUpn.get(upn.toLowerCase()) : fallback),
    byId: (id: string | undefined, name?: string) => (id && byId.get(id)) || (localMode ? { ...fallback, anonymous: true } : unknownAsker(id, name)),
  };
}

/** The deterministic parser, or the LLM planner in front of it when OPENAI_* / AZURE_OPENAI_* are set. */
function understandingStage(
  deterministic: Understand & ((t: string, c: ConversationContext, now: Date, scope?: UnderstandScope) => Intent), options: RuntimeOptions,
  deterministicAs?: (name: IntentName, t: string, c: ConversationContext, now: Date) => Intent,
): Understand {
  let llm;
  try {
    llm = llmConfigFromEnv(process.env);
  } catch (err) {
    // A configuration mistake a person fixes: said plainly, no stack.
    throw new SettingsError((err as Error).message);
  }
  if (!llm) return deterministic;
  if (!options.quiet) options.log(`understanding: LLM planner (${describeLlmConfig(llm)}) with the deterministic parser as fallback`);
  const planner = createLlmUnderstander(llm, { fallback: deterministic, ...(deterministicAs ? { fallbackAs: deterministicAs } : {}), log: options.quiet ? undefined : options.log });
  // Someone who may not read the directory gets the parser without the tenant's names (no name oracle).
  return (text, context, now, scope) => (scope?.tenantNames === false ? deterministic(text, context, now, scope) : planner(text, context, now));
}

/**
 * The built sign-in store is kept in the data folder (`signIns.store.bin`) for the sign-ins file
 * it came from (size and time) and the tenant: restarts read it instead of rebuilding it.
 */
function signInSnapshotFor(demo: DemoTenant): SignInSnapshot | undefined {
  try {
    const st = statSync(demo.signInsFile);
    const t = demo.model.tenant;
    return {
      file: path.join(demo.dataDir, 'signIns.store.bin'),
      key: JSON.stringify([st.size, st.mtimeMs, t.tenantId, t.seed, t.anchorTime, t.users, t.days]),
    };
  } catch {
    return undefined;
  }
}

/** The process's shared directory cache, unless DIRECTORY_CACHE_TTL_SECONDS is 0. */
function directoryCacheFor(settings: Settings): DirectoryCache | undefined {
  return settings.directoryCacheTtlMs > 0 ? new DirectoryCache({ ttlMs: settings.directoryCacheTtlMs }) : undefined;
}

/** How long a server waits for a first question before warming the KQL store anyway. */
const KQL_WARM_DELAY_MS = 5_000;

export async function createRuntime(settings: Settings, options: RuntimeOptions): Promise<Runtime> {
  const audit = createAuditSink(settings, options.log);
  if (settings.tenantMode === 'live') {
    const env = options.env ?? process.env;
    const config = graphConfigFromEnv(env);
    const tenantId = env.AZURE_TENANT_ID ?? '';
    const understandLive = understandingStage((text, context, now) => understand(text, context, { now }), options, (name, text, context, now) => understandAs(name, text, context, { now }));
    const kqlSettings = liveKqlFromEnv(env);
    const base = { understand: understandLive, now: () => new Date(), tenantId, breakGlassAccounts: settings.breakGlassAccounts, kqlDatabase: describeLiveKql(kqlSettings) };
    let pipeline: Pipeline;
    let kql: LiveKql;
    // Delegated mode has no facts of its own (Graph decides), so help lists every family.
    let facts: AskerFactsProvider | undefined;
    let directoryCache: DirectoryCache | undefined;
    if (config.mode === 'delegated') {
      // Delegated: each question reads Graph — and Log Analytics / ADX — with the asker's own token,
      // so the services enforce their roles; the bot's policy (which would need to read their
      // roles with that same token) is not applied on top.
      const delegated = delegatedGraph(config, { credentialFor: options.credentialFor });
      kql = new LiveKql(kqlSettings, { credential: delegated.credential, dataDir: settings.dataDir, ...options.liveKqlExecutors });
      pipeline = delegated.wrap(createPipeline({ ...base, graph: delegated.graph, kql, graphAuth: 'delegated' }));
    } else {
      // App-only: the bot reads with its own identity, so it enforces the policy itself, with the
      // asker's roles read from Graph and cached per asker.
      const credential = options.credential ?? createCredential(config);
      const graph = createGraphSource(config, { credential, pacer: SHARED_PACER });
      // KQL reads with the user-assigned managed identity infra grants Log Analytics Reader (and ADX
      // viewer) to, when there is one; else with the app registration's credential.
      const miClientId = env.MANAGED_IDENTITY_CLIENT_ID?.trim();
      const kqlCredential = miClientId ? new ManagedIdentityCredential({ clientId: miClientId }) : credential;
      kql = new LiveKql(kqlSettings, { credential: () => kqlCredential, dataDir: settings.dataDir, ...options.liveKqlExecutors });
      facts = cachedFacts(graphFactsProvider(graph), settings.askerFactsTtlMs);
      const authorize = createAuthorizer(facts);
      directoryCache = directoryCacheFor(settings);
      pipeline = createPipeline({ ...base, graph: withDirectoryCache(graph, directoryCache), kql: withKqlCache(kql, directoryCache), authorize, graphAuth: 'appOnly' });
    }
    if (!options.quiet) options.log(`KQL: ${kqlSettings.workspaceId || kqlSettings.adx ? describeLiveKql(kqlSettings) : 'no Log Analytics workspace or ADX cluster configured (history questions will say so); snapshots from the data folder'}`);
    return {
      mode: 'live', pipeline: withAudit(pipeline, audit, tenantId), tenantId,
      recordVerb: (verb, asker, channel, rowCount) => audit.record(verbRecord(verb, asker, channel, tenantId, new Date(), { rowCount })),
      askerFor: (upn) => (upn ? { upn } : undefined),
      askerForObjectId: (id, name) => (id ? { upn: id, objectId: id, displayName: name } : unknownAsker(undefined, name)),
      helpFamiliesFor: helpFrom(facts),
      ...(directoryCache ? { directoryCache } : {}),
      close: async () => { await kql.close(); await audit.close(); },
    };
  }
  if (!options.quiet) options.log(`loading the demo tenant from ${settings.dataDir} (generated on first use)`);
  const demo = await loadOrCreateDemoTenant(settings.dataDir);
  const { model } = demo;
  const realism = settings.demoGraphProfile === 'realistic' ? REALISTIC : undefined;
  const signInSnapshot = signInSnapshotFor(demo);
  const onRequest = options.onDemoGraphRequest ? { onRequest: options.onDemoGraphRequest } : {};
  const server = options.demoGraphWorker && settings.demoGraphThread === 'worker'
    ? await startGraphServerInWorker({
      dataDir: demo.dataDir, signInsFile: demo.signInsFile, ...(signInSnapshot ? { signInSnapshot } : {}),
      warmSignIns: options.warm ?? false, ...(realism ? { realism } : {}), ...onRequest,
    })
    : await startGraphServer({
      model,
      signIns: () => readSignIns(demo.signInsFile),
      signInSnapshot,
      host: '127.0.0.1', port: 0,
      warmSignIns: options.warm ?? false,
      realism,
      ...onRequest,
    });
  // The local endpoint answers in milliseconds, except that the first sign-in question waits
  // while the sign-in store is built (seconds for a large tenant): allow for that.
  const graph = createGraphSource({ mode: 'demo', baseUrl: server.url }, {
    timeoutMs: 60_000, budgetMs: 90_000,
    // The realistic profile throttles as Graph documents: pace as against real Graph.
    ...(settings.demoGraphProfile === 'realistic' ? { pacer: SHARED_PACER } : {}),
  });
  const anchor = new Date(model.tenant.anchorTime);
  const gazetteer = buildGazetteer(model);
  const askers = demoAskers(model, settings.demoAskerUpn ?? DEFAULT_ASKER_UPN, !settings.botId);
  const kql = new LazyDemoKql(demo, options.quiet ? undefined : options.log);
  const demoFacts = demoFactsProvider(model);
  const directoryCache = directoryCacheFor(settings);
  const inner = createPipeline({
    understand: understandingStage(
      (text, context, now, scope) => understand(text, context, { now, gazetteer: scope?.tenantNames === false ? undefined : gazetteer }), options,
      (name, text, context, now) => understandAs(name, text, context, { now, gazetteer }),
    ),
    graph: withDirectoryCache(graph, directoryCache), kql: withKqlCache(kql, directoryCache), kqlDatabase: 'demo', now: () => anchor, tenantId: model.tenant.tenantId,
    breakGlassAccounts: settings.breakGlassAccounts.length ? settings.breakGlassAccounts : BREAK_GLASS_UPNS,
    authorize: createAuthorizer(demoFacts),
    // The demo endpoint plays an app-only caller when told to (DEMO_GRAPH_AUTH=appOnly): plan as one.
    graphAuth: strictFromEnv(process.env)?.authMode,
  });
  // Opening the KQL store starts the Kusto parser, which holds the event loop for seconds: a
  // server warms it once the first question is answered, or after a few quiet seconds, so that the
  // first question after start-up does not wait behind it.
  let warmTimer: NodeJS.Timeout | undefined;
  let warmed = !options.warm;
  const warmKql = () => {
    if (warmed) return;
    warmed = true;
    if (warmTimer) clearTimeout(warmTimer);
    kql.warm();
  };
  if (options.warm) warmTimer = setTimeout(warmKql, KQL_WARM_DELAY_MS).unref();
  const pipeline: Pipeline = warmed ? inner : {
    ...inner,
    ask: async (...args: Parameters<Pipeline['ask']>) => {
      try {
        return await inner.ask(...args);
      } finally {
        setImmediate(warmKql);
      }
    },
  };
  return {
    mode: 'demo', pipeline: withAudit(pipeline, audit, model.tenant.tenantId), tenantId: model.tenant.tenantId, graphUrl: server.url, model,
    recordVerb: (verb, asker, channel, rowCount) => audit.record(verbRecord(verb, asker, channel, model.tenant.tenantId, new Date(), { rowCount })),
    setDemoGraphFaults: (faults) => server.setFaults(faults),
    setDemoGraphRealism: (realism) => server.setRealism(realism),
    demoGraphRequests: () => server.requestCount(),
    ...(directoryCache ? { directoryCache } : {}),
    askerFor: askers.byUpn,
    askerForObjectId: (id, name) => askers.byId(id, name),
    helpFamiliesFor: helpFrom(demoFacts),
    close: async () => { if (warmTimer) clearTimeout(warmTimer); await kql.close(); await server.close(); await audit.close(); },
  };
}
