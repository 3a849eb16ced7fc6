import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
// Microsoft's Graph metadata is reference material beside the repository (shared/reference), not
// part of it: a clone without it cannot rebuild the table and says so.
const METADATA = path.resolve(ROOT, '..', 'shared', 'reference', 'graph-metadata');
const HAVE_METADATA = existsSync(path.join(METADATA, 'v1.0-Prod.csdl'));
if (!HAVE_METADATA) console.warn(`Graph metadata not found at ${METADATA}: the capability table's rebuild check is skipped`);

describe.skipIf(!HAVE_METADATA)('src/sources/graph/capabilities.json', () => {
  it('is what scripts/graph-capabilities/build.ts writes from the documented facts and the metadata', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'graph-capabilities', 'build.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('up to date');
  }, 60_000);
});
