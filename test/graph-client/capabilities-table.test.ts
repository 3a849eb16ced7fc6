import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

describe('src/sources/graph/capabilities.json', () => {
  it('is what scripts/graph-capabilities/build.ts writes from the documented facts and the metadata', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'graph-capabilities', 'build.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('up to date');
  }, 60_000);
});
