import { parseArgs } from 'node:util';
import { createAdapter } from '../bot/adapter';
import { CsvExports } from '../bot/csv-exports';
import { startBotServer, type BotServer } from '../bot/server';
import { createTeamsApp } from '../bot/teams-app';
import { describeSettings, readSettings, type Settings } from '../config/settings';
import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { UsageError, type CliIo } from './io';
import { watchParent } from './parent-watch';

export interface RunningBot {
  readonly server: BotServer;
  readonly runtime: Runtime;
  close(): Promise<void>;
}

/** Starts the runtime and the bot endpoint; used by `entra-ask serve` and by tests. */
export async function startBot(settings: Settings, log: (line: string) => void): Promise<RunningBot> {
  const runtime = await createRuntime(settings, { log, warm: true });
  const adapter = createAdapter(settings, log);
  const exports = new CsvExports();
  const app = createTeamsApp({
    exports,
    adapter,
    pipeline: runtime.pipeline,
    askerFor: (context) => runtime.askerForObjectId(context.activity.from?.aadObjectId, context.activity.from?.name),
    helpFamilies: (context) => runtime.helpFamiliesFor(runtime.askerForObjectId(context.activity.from?.aadObjectId, context.activity.from?.name)),
    log,
    botId: settings.botId,
    channelDetails: settings.channelDetails,
    ...(settings.ssoConnectionName ? { ssoConnectionName: settings.ssoConnectionName } : {}),
  });
  const server = await startBotServer({
    adapter,
    logic: (context) => app.run(context).then(() => undefined),
    host: settings.host, port: settings.port,
    maxBodyBytes: settings.maxBodyBytes, allowedTenants: settings.allowedTenants, log, exports,
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
  const bot = await startBot(settings, log);
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
