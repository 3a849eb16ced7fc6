import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';

export interface BotProcess {
  readonly url: string;
  readonly pid: number;
  /** What it logged (stderr). */
  readonly logs: () => string;
  /** Ends it at once (SIGKILL to its pid): a crash, a recycled instance. */
  kill(): Promise<void>;
  /** Ends it politely (SIGTERM) and waits. */
  stop(): Promise<void>;
}

const MAIN = path.join(__dirname, 'bot-process-main.ts');
/** Settings of the machine that would change what the bot is (a real tenant, a bot identity, …). */
const INHERITED = /^(AZURE_|BOT_|GRAPH_|OPENAI_|AZURE_OPENAI_|STATE_|PUBLIC_URL|SSO_|ADX_|LOG_ANALYTICS_|MANAGED_IDENTITY_|APPLICATIONINSIGHTS_|ALLOWED_TENANTS|DEMO_ASKER_UPN)/;

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `entra-ask serve`'s code in a new Node process (through tsx) on 127.0.0.1, a free port, the shared test tenant. */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !INHERITED.test(k)));
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...base, PORT: '0', HOST: '127.0.0.1', ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stderr?.on('data', (c: Buffer) => { logs += c.toString(); });
  const started = await new Promise<{ url: string }>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the bot did not start in 150 s:\n${logs}`)); }, 150_000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) { clearTimeout(timer); resolve(JSON.parse(line) as { url: string }); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the bot exited (${code}) before listening:\n${logs}`)); });
  });
  const pid = child.pid as number;
  return {
    url: started.url,
    pid,
    logs: () => logs,
    kill: async () => { process.kill(pid, 'SIGKILL'); await exited(child); },
    stop: async () => { if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGTERM'); await exited(child); },
  };
}
