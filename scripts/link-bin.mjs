#!/usr/bin/env node
// npm does not link a package's own `bin` into its node_modules/.bin, so `npx entra-ask` in this
// repository would look for a package on the registry. Link it (run by `prepare`, after install).
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const binDir = path.join(root, 'node_modules', '.bin');
const target = path.join(root, 'bin', 'entra-ask.js');
const link = path.join(binDir, 'entra-ask');
if (!existsSync(path.join(root, 'node_modules'))) process.exit(0);
mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync(path.relative(binDir, target), link);
chmodSync(target, 0o755);
