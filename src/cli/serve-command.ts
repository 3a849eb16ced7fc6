import { parseArgs } from 'node:util';
import { createAdapter } from '../bot/adapter';
import { startBotServer, type BotServer } from '../bot/server';
import { createTeamsApp, runTurn } from '../bot/teams-app';
import { describeSettings, readSettings, type Settings } from '../config/settings';
import { checkServeAuthentication } from '../config/serve-guard';
import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { createStateStores } from '../runtime/state-stores';
import { UsageError, type CliIo } from './io';
import { watchParent } from './parent-watch';

export interface RunningBot {
  readonly server: BotServer;
  readonly runtime: Runtime;
  close(): Promise<void>;
}

/**
 * Starts the runtime and the bot endpoint; used by `entra-ask serve` and by tests. `warm: false`
 * leaves the KQL store to the first KQL question (test bots that never ask one).
 */
export async function startBot(settings: Settings, log: (line: string) => void, options: { warm?: boolean; demoGraphWorker?: boolean } = {}): Promise<RunningBot> {
  // Fail closed: live data is never served unauthenticated, except on loopback when asked for.
  checkServeAuthentication(settings);
  const runtime = await createRuntime(settings, { log, warm: options.warm ?? true, demoGraphWorker: options.demoGraphWorker ?? false });
  const adapter = createAdapter(settings, log);
  const { storage, exports } = createStateStores(settings.stateStorage, { log });
  const app = createTeamsApp({
    storage,
    exports,
    adapter,
    pipeline: runtime.pipeline,
    askerFor: (context) => runtime.askerForObjectId(context.activity.from?.aadObjectId, context.activity.from?.name),
    helpFamilies: (context) => runtime.helpFamiliesFor(runtime.askerForObjectId(context.activity.from?.aadObjectId, context.activity.from?.name)),
    log,
    botId: settings.botId,
    recordVerb: (verb, asker, channel, rows) => runtime.recordVerb(verb, asker, channel, rows),
    channelDetails: settings.channelDetails,
    ...(settings.ssoConnectionName ? { ssoConnectionName: settings.ssoConnectionName } : {}),
  });
  const server = await startBotServer({
    adapter,
    logic: (context) => runTurn(app, context, log),
    host: settings.host, port: settings.port,
    maxBodyBytes: settings.maxBodyBytes, allowedTenants: settings.allowedTenants, log, exports,
    onCsvDownload: (owner, rows, channel) => runtime.recordVerb('csvDownload', runtime.askerForObjectId(owner), channel, rows),
  });
  exports.setBaseUrl(settings.publicUrl ?? server.url);
  return {
    server, runtime,
    close: async () => { await server.close(); await runtime.close(); },
  };
}

export async function serveCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: { port: { type: 'string' } } }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\nusage: entra-ask serve [--port N]`);
  }
  const env = values.port ? { ...io.env, PORT: values.port } : io.env;
  const settings = readSettings(env, io.cwd);
  const log = (line: string) => io.stderr(`${new Date().toISOString()} ${line}\n`);
  const started = performance.now();
  const bot = await startBot(settings, log, { demoGraphWorker: true });
  log(`Entra Ask is listening on ${bot.server.url}/api/messages (${describeSettings(settings)}) — ready in ${Math.round(performance.now() - started)} ms`);
  if (bot.runtime.graphUrl) log(`demo tenant Graph endpoint: ${bot.runtime.graphUrl}`);
  log('talk to it: `npm run playground` (Microsoft 365 Agents Playground) or `npx entra-ask ask "help"`');
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      log('stopping');
      void bot.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // Under npm, the shell between npm and node may die on SIGTERM without passing it on.
    if (io.env['npm_lifecycle_event']) watchParent(() => { log('the npm process that started me is gone'); stop(); });
  });
  return 0;
}
