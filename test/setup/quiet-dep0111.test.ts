/**
 * No deprecation noise (issue 20: 46 DEP0111 warnings in the test output, from restify's
 * http-deceiver loading). Loading restify prints DEP0111 in a plain Node; with the tests' setup
 * file it prints nothing, and any other warning still prints.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
function run(code: string): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return r.stderr;
}

describe('DEP0111 from restify', () => {
  it('prints in a plain Node (the noise the setup file removes)', () => {
    expect(run("require('restify')")).toMatch(/DEP0111/);
  });

  it('is not printed with the tests\' setup file, and other warnings still are', () => {
    const err = run("require('./test/setup/quiet-dep0111.ts'); require('restify'); process.emitWarning('still here', { code: 'X1' })");
    expect(err).not.toMatch(/DEP0111/);
    expect(err).toMatch(/still here/);
  });
});
