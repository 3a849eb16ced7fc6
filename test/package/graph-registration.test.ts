import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivedFor, derivedUnion } from '../../scripts/graph-capabilities/derived-permissions';
import { permissionTableFromCapabilities } from '../../scripts/graph-capabilities/readme-permissions';
import { registrationFindings } from '../../scripts/graph-capabilities/registration';
import { CAPABILITIES } from '../../src/sources/graph/capability-table';
import { loadPermissionMap, ROOT } from './graph-permissions';

/**
 * The app registration's permission map (infra/graph-permissions.json, which the manifest is checked
 * against) agrees with the documented permissions of the capability table (issue 17): every path
 * the product calls is in it, no permission the page does not list, the least privileged one, and
 * a property's own permission where the answer reads the property.
 *
 * Accepted on purpose, with the reason: the pages name `User.Read` (only the signed-in user's own
 * object) or `User.ReadBasic.All` (only basic properties) as least privileged; the product reads
 * other users' full profiles, for which the pages' next permission, `User.Read.All`, is needed
 * (the same rule derived-permissions.ts applies).
 */
const ACCEPTED = /^\/users[^:]*: (delegated|application) User\.Read\.All(, AuditLog\.Read\.All)?; least privileged documented is User\.Read(Basic\.All)?$/;
const map = loadPermissionMap();

describe('infra/graph-permissions.json against the capability table', () => {
  it('has no finding apart from the accepted User.Read / User.ReadBasic.All ones', () => {
    const findings = registrationFindings();
    expect(findings.filter((f) => !ACCEPTED.test(f))).toEqual([]);
    expect(findings.length).toBeGreaterThan(0); // the accepted ones are still there (else tighten ACCEPTED)
  });

  it('lists, per path and mode, exactly what the capability table derives', () => {
    const diffs: string[] = [];
    for (const e of map.paths) {
      const apis = CAPABILITIES.filter((a) => a.path === e.path);
      expect(apis.length, e.path).toBeGreaterThan(0);
      for (const mode of ['delegated', 'application'] as const) {
        const derived = apis.map((a) => derivedFor(a, mode));
        const want = derived.every((d) => d === null) ? null : [...new Set(derived.flatMap((d) => d ?? []))].sort();
        const have = e[mode] === null ? null : [...e[mode]].sort();
        if (JSON.stringify(want) !== JSON.stringify(have)) diffs.push(`${e.path} ${mode}: map ${JSON.stringify(have)}, table derives ${JSON.stringify(want)}`);
      }
    }
    expect(diffs).toEqual([]);
    expect(CAPABILITIES.filter((a) => !map.paths.some((e) => e.path === a.path)).map((a) => a.path)).toEqual([]);
  });

  it('the app registration (infra/entra-app.manifest.json) asks per mode for exactly the derived permissions', () => {
    const entra = JSON.parse(readFileSync(path.join(ROOT, 'infra', 'entra-app.manifest.json'), 'utf8')) as {
      requiredResourceAccess: { resourceAccess: { id: string; type: 'Scope' | 'Role' }[] }[];
    };
    const access = entra.requiredResourceAccess.flatMap((r) => r.resourceAccess);
    expect(access.filter((a) => a.type === 'Scope').map((a) => a.id).sort()).toEqual([...new Set([...derivedUnion('delegated'), ...map.signIn.delegated])].sort());
    expect(access.filter((a) => a.type === 'Role').map((a) => a.id).sort()).toEqual(derivedUnion('application'));
  });

  it('the README permission table is the one generated from the capability table (readme-permissions.ts --write)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = permissionTableFromCapabilities();
    expect(readme.includes(table), `README.md should contain this table:\n${table}`).toBe(true);
  });
});
