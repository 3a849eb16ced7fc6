/**
 * A bot in its own process, for tests of what survives a restart or is shared between instances
 * (test/helpers/bot-process.ts starts it). Settings come from the environment, as in production;
 * it prints `{"url": …}` on stdout once it listens.
 */
import { startBot } from '../../src/cli/serve-command';
import { readSettings } from '../../src/config/settings';

async function main(): Promise<void> {
  const bot = await startBot(readSettings(process.env), (line) => process.stderr.write(`${line}\n`), { warm: false });
  process.stdout.write(`${JSON.stringify({ url: bot.server.url, pid: process.pid })}\n`);
  process.once('SIGTERM', () => { void bot.close().then(() => process.exit(0)); });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
