/**
 * Setup without surprises on Node 20 (issue 20): `npm ci` printed EBADENGINE for three packages
 * that need Node >= 22 (@azure/monitor-opentelemetry 1.20, its exporter beta.45 and
 * @azure/core-process, pulled in by applicationinsights 3.16). npm warns when a package's
 * `engines.node` does not accept the running Node; this reads the same field for every package the
 * lockfile installs, with semver as npm does, and checks it against the oldest Node the project
 * claims (package.json `engines.node`) and against the Node running the test when it is a 20.x.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

/** `name@version needs <range>` for every locked package whose engines.node does not accept `node`. */
function refusing(node: string): string[] {
  const out: string[] = [];
  for (const [where, p] of Object.entries(lock.packages)) {
    if (where === '') continue;
    const range = p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
    if (range === undefined) continue;
    if (!semver.satisfies(node, range, { includePrerelease: true })) out.push(`${where.replace(/^.*node_modules\//, '')}@${p.version ?? '?'} needs node ${range}`);
  }
  return out;
}

describe('Node 20 engines', () => {
  const oldest = semver.minVersion(pkg.engines.node)?.version ?? '';

  it('the project claims a Node 20 as its oldest Node', () => {
    expect(semver.major(oldest)).toBe(20);
  });

  it('every locked package accepts the oldest Node the project claims (no EBADENGINE)', () => {
    expect(refusing(oldest)).toEqual([]);
  });

  it('every locked package accepts the newest Node 20 the project was tried on (20.20.2)', () => {
    expect(refusing('20.20.2')).toEqual([]);
  });

  it.skipIf(semver.major(process.version) !== 20)('every locked package accepts the running Node 20', () => {
    expect(refusing(process.version)).toEqual([]);
  });

  it('the check finds a package that needs Node 22 (it can fail)', () => {
    expect(semver.satisfies('20.20.2', '>=22.0.0')).toBe(false);
    expect(refusing('18.0.0').length).toBeGreaterThan(0);
  });
});
