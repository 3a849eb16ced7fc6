#!/usr/bin/env node
// `npm run playground`: builds and starts the bot on the demo tenant, then the Microsoft 365
// Agents Playground (a local Teams-like client, offline) pointed at it. Ctrl+C stops both.
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawnGroup, stopGroups } from './process-group.mjs';

const port = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Each child runs in its own process group (npx starts the Playground server as a grandchild):
// a signal to this script alone stops every process it started, then exits — also during start-up.
const children = [];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  void stopGroups(children).then(() => process.exit(code));
};
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));

const bot = spawnGroup(process.execPath, ['bin/entra-ask.js', 'serve'], { stdio: 'inherit', env: { ...process.env, PORT: port } });
children.push(bot);
let ready = false;
for (let i = 0; i < 240 && !ready; i++) {
  await sleep(500);
  ready = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
  if (bot.exitCode !== null) process.exit(bot.exitCode);
  if (stopping) break;
}
if (stopping) await new Promise(() => {}); // stop() exits once the children are gone
if (!ready) {
  console.error('the bot did not start within two minutes');
  await stopGroups([bot]);
  process.exit(1);
}
const playground = spawnGroup('npx', ['agentsplayground', '-p', playgroundPort, '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams'], {
  stdio: 'inherit',
  env: { ...process.env, BOT_ENDPOINT: `http://127.0.0.1:${port}/api/messages`, TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none' },
});
console.log(`\nAgents Playground: open http://localhost:${playgroundPort} in a browser and ask "help".\n`);
children.push(playground);
playground.on('exit', () => stop(0));
bot.on('exit', () => stop(1));
