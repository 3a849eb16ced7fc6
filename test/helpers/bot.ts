import { inject } from 'vitest';
import { readSettings, type Settings } from '../../src/config/settings';
import { startBot, type RunningBot } from '../../src/cli/serve-command';

/** Settings for a bot on 127.0.0.1, a free port, over the shared test tenant. */
export function testSettings(env: Record<string, string> = {}): Settings {
  return readSettings({ PORT: '0', HOST: '127.0.0.1', ENTRA_ASK_DATA: inject('demoDataDir'), ...env });
}

export async function startTestBot(env: Record<string, string> = {}): Promise<RunningBot & { logs: string[] }> {
  const logs: string[] = [];
  const bot = await startBot(testSettings(env), (l) => logs.push(l));
  return Object.assign(bot, { logs });
}
