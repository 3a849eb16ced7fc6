/* global process, console */
/**
 * `npm run test:mutation [module ...]`: StrykerJS over the modules that guard people and data
 * (test/mutation/modules.mjs), one module at a time with concurrency 1, incremental (results kept
 * in test/mutation/incremental/<module>.json, so a re-run after a small change only tests the
 * changed mutants; `--force` for a full run, other `--` options go to Stryker, e.g. `--ignoreStatic`). Prints the score per module; exits 1 when a zero-survivor module has a
 * surviving mutant that TESTING.md does not list as equivalent, or a module scores below 85 %.
 * Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODULES } from '../test/mutation/modules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--'));
for (const n of names) if (!MODULES[n]) { console.error(`unknown module ${n}; known: ${Object.keys(MODULES).join(', ')}`); process.exit(2); }
const chosen = names.length ? names : Object.keys(MODULES);

/**
 * Equivalent mutants listed in TESTING.md as `equivalent: <file>:<line>:<col> <mutator>`, or in a
 * double-backtick span (``equivalent: `` … `` ``) when the replacement itself holds a backtick.
 */
function equivalents() {
  const file = path.join(root, 'TESTING.md');
  if (!existsSync(file)) return new Set();
  return new Set([...readFileSync(file, 'utf8').matchAll(/equivalent: (?:`` (.+?) ``|`([^`]+)`)/g)].map((m) => m[1] ?? m[2]));
}

function summarise(name) {
  const report = JSON.parse(readFileSync(path.join(root, 'reports', 'mutation', `${name}.json`), 'utf8'));
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
  const survivors = [];
  const details = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      counts[m.status] = (counts[m.status] ?? 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        // A survivor that ran no test was not measured (stryker-mutator/stryker-js#6213): said apart.
        const unmeasured = m.status === 'Survived' && m.testsCompleted === 0 ? ' (ran no test)' : '';
        survivors.push(`${path.relative(root, path.resolve(root, file))}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')}`);
        details.set(survivors.at(-1), `${m.status}${unmeasured}`);
      }
    }
  }
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  const known = equivalents();
  const unexplained = survivors.filter((s) => !known.has(s));
  const scoreExcludingEquivalent = valid - (survivors.length - unexplained.length) === 0 ? 100
    : (100 * detected) / (valid - (survivors.length - unexplained.length));
  return { name, details, detected, valid, score: valid ? (100 * detected) / valid : 100, scoreExcludingEquivalent, survivors, unexplained };
}

const results = [];
for (const name of chosen) {
  console.log(`\n=== mutation: ${name} (${MODULES[name].mutate.join(', ')}) ===`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...args.filter((a) => a.startsWith('--'))], {
    cwd: root, stdio: 'inherit', env: { ...process.env, MUTATION_MODULE: name },
  });
  if (run.status !== 0) { console.error(`stryker failed for ${name} (exit ${run.status})`); process.exit(run.status ?? 1); }
  results.push(summarise(name));
}

let failed = false;
console.log('\nmodule            killed/valid  score   excl. equivalent  unexplained survivors');
for (const r of results) {
  console.log(`${r.name.padEnd(18)}${`${r.detected}/${r.valid}`.padEnd(14)}${r.score.toFixed(1).padStart(5)} %  ${r.scoreExcludingEquivalent.toFixed(1).padStart(5)} %           ${r.unexplained.length}`);
  for (const s of r.unexplained) console.log(`    ${s}  ${r.details.get(s)}`);
  if (r.scoreExcludingEquivalent < 85 || (MODULES[r.name].zeroSurvivors && r.unexplained.length > 0)) failed = true;
}
process.exit(failed ? 1 : 0);
