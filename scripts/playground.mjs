#!/usr/bin/env node
// `npm run playground`: builds and starts the bot on the demo tenant, then the Microsoft 365
// Agents Playground (a local Teams-like client, offline) pointed at it. Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const port = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const bot = spawn(process.execPath, ['bin/entra-ask.js', 'serve'], { stdio: 'inherit', env: { ...process.env, PORT: port } });
let ready = false;
for (let i = 0; i < 240 && !ready; i++) {
  await sleep(500);
  ready = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
  if (bot.exitCode !== null) process.exit(bot.exitCode);
}
if (!ready) {
  console.error('the bot did not start within two minutes');
  bot.kill();
  process.exit(1);
}
const playground = spawn('npx', ['agentsplayground', '-p', playgroundPort, '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams'], {
  stdio: 'inherit',
  env: { ...process.env, BOT_ENDPOINT: `http://127.0.0.1:${port}/api/messages`, TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none' },
});
console.log(`\nAgents Playground: open http://localhost:${playgroundPort} in a browser and ask "help".\n`);
const stop = () => { playground.kill(); bot.kill(); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
playground.on('exit', () => { bot.kill(); process.exit(0); });
