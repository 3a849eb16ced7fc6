import { describe, expect, it } from 'vitest';
import { resolveEntity, type ResolveTrace } from '../../src/planning/resolve/resolver';
import { accessPackageSpec, roleSpec } from '../../src/planning/resolve/specs';
import { createGraphSource } from '../../src/sources/graph';
import { checkRequest } from '../../src/sources/graph/capabilities';
import { useServer } from '../graph-server/harness';

/** Name prefixes for roles and access packages, with the filters their pages document (issue 17). */
describe('resolving a role or an access package by the start of its name, against the strict endpoint', () => {
  const { server } = useServer({ strict: {} });
  const resolve = async (spec: typeof roleSpec, text: string) => {
    const graph = createGraphSource({ mode: 'demo', baseUrl: server().url });
    const trace: ResolveTrace = { requests: [] };
    const out = await resolveEntity(spec, text, (r) => graph.execute(r), trace);
    for (const r of trace.requests) expect(checkRequest({ method: 'GET', url: r.path }, 'delegated').violations, r.path).toEqual([]);
    return out;
  };

  it('finds a role by a prefix (roleDefinitions: eq and in only; the prefix is matched here)', async () => {
    const r = await resolve(roleSpec, 'global adm');
    expect(r).toMatchObject({ outcome: 'found', ref: { kind: 'role', displayName: 'Global Administrator' } });
    expect(await resolve(roleSpec, 'administrator')).toEqual({ outcome: 'notFound' }); // a word inside is not a prefix
  });

  it('finds an access package by a prefix (accessPackages: eq and contains; the prefix is matched here)', async () => {
    expect(await resolve(accessPackageSpec, 'project f')).toMatchObject({ outcome: 'found', ref: { displayName: 'Project Falcon' } });
    expect(await resolve(accessPackageSpec, 'falcon')).toEqual({ outcome: 'notFound' });
  });
});
