#!/usr/bin/env node
/* global process, console */
// Run by `npm run test:e2e` before the browser tests: makes sure Debian's `chromium` is installed
// at /usr/bin/chromium (playwright-core drives it; no browser is downloaded from anywhere else).
// Installs it with apt-get when missing (through sudo when not root). Exits non-zero with a clear
// message when it cannot. CHROMIUM_PATH overrides the path (then nothing is installed).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function version() {
  const r = spawnSync(path, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function run(cmd, args) {
  console.log(`ensure-chromium: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

function fail(message) {
  console.error(`\nensure-chromium: ${message}\n` +
    'The browser tests need Debian\'s chromium package. Install it yourself with\n' +
    '  sudo apt-get update && sudo apt-get install -y chromium\n' +
    'or point CHROMIUM_PATH at a Chromium/Chrome binary, then run `npm run test:e2e` again.\n');
  process.exit(1);
}

if (existsSync(path)) {
  const v = version();
  if (!v) fail(`${path} exists but does not run (\`${path} --version\` failed).`);
  console.log(`ensure-chromium: ${v} at ${path}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH=${path} does not exist.`);
if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
  fail(`${path} is missing and this is not a Debian-like system with apt-get.`);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let prefix = [];
if (!isRoot) {
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  if (sudo.error || sudo.status !== 0) fail(`${path} is missing, this user is not root and sudo needs a password (or is not installed).`);
  prefix = ['sudo', '-n'];
}
const apt = (args) => (prefix.length ? run(prefix[0], [...prefix.slice(1), 'apt-get', ...args]) : run('apt-get', args));

console.log(`ensure-chromium: ${path} is missing; installing Debian's chromium package…`);
// A fresh machine may have no package lists yet; update first, then install.
if (!apt(['update'])) fail('`apt-get update` failed.');
if (!apt(['install', '-y', 'chromium'])) fail('`apt-get install -y chromium` failed.');
if (!existsSync(path)) fail(`the chromium package installed, but ${path} is still missing.`);
const v = version();
if (!v) fail(`${path} was installed but does not run.`);
console.log(`ensure-chromium: installed ${v}`);
