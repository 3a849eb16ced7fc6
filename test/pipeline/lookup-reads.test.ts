/**
 * Reads that go out with a name's lookup (src/planning/lookup-reads.ts, src/pipeline/lookup-reads.ts,
 * issue 21): the sequential Graph round trips of the intents that use them, measured on the demo
 * endpoint as the bench measures them (fixed service time per request, the longest chain of
 * requests each starting after the one before it ended), and the policy applied to what they read.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { sequentialTrips } from '../../bench/graph-realistic';
import { readSettings } from '../../src/config/settings';
import { PERSONAS } from '../../src/demo/personas';
import { INTENT_EXAMPLES } from '../../src/families/registry';
import { createPipeline, type AskOutcome } from '../../src/pipeline/ask';
import type { GraphRequest } from '../../src/planning/query-plan';
import type { Authorizer } from '../../src/policy/authorize';
import type { DataGate } from '../../src/policy/data-gate';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { SHARED_PACER } from '../../src/sources/graph/api-pacer';
import type { GraphResult } from '../../src/sources/result-set';
import type { IntentName } from '../../src/understanding/intent';

/** As the bench: long enough that requests sent together overlap even on a loaded machine. */
const STEP_MS = 400;
const urls = (out: AskOutcome): string[] => out.queries.map((q) => (q.source === 'graph' ? decodeURIComponent(q.url) : q.text));

describe('round trips on the demo endpoint, first asker (empty shared cache)', () => {
  let runtime: Runtime;
  const spans: { start: number; end: number; url?: string }[] = [];
  beforeAll(async () => {
    runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off', DEMO_GRAPH_PROFILE: 'realistic' }), {
      log: () => undefined, quiet: true,
      onDemoGraphRequest: (e) => { const end = performance.now(); spans.push({ start: end - e.ms, end, url: e.url }); },
    });
    runtime.setDemoGraphRealism!({ latency: { fixedMs: STEP_MS }, throttling: false });
  }, 60_000);
  afterAll(async () => { await runtime?.close(); });

  async function measure(intent: IntentName, asker = PERSONAS.patti.upn): Promise<{ out: AskOutcome; trips: number }> {
    SHARED_PACER.reset();
    runtime.directoryCache?.clear();
    spans.length = 0;
    const out = await runtime.pipeline.ask({ question: INTENT_EXAMPLES[intent], asker: runtime.askerFor(asker)!, context: {} });
    expect(out.intent.name).toBe(intent);
    return { out, trips: sequentialTrips(spans) };
  }

  it('user.apps: the assignments come with the name lookup ($expand), the role names next — 2 trips', async () => {
    const { out, trips } = await measure('user.apps');
    expect(trips).toBeLessThanOrEqual(2);
    expect(out.answer.kind).toBe('table');
    expect(out.answer.rows.length).toBeGreaterThan(0);
    const shown = urls(out);
    expect(shown.filter((u) => u.includes('/users?') && u.includes('$expand=appRoleAssignments'))).toHaveLength(1);
    expect(shown.some((u) => /\/users\/[^/?]+\/appRoleAssignments/.test(u))).toBe(false);
  });

  it('app.users: the assignments come with the app\'s lookup ($expand), the app and the members next — 2 trips', async () => {
    const { out, trips } = await measure('app.users');
    expect(trips).toBeLessThanOrEqual(2);
    expect(out.answer.kind).toBe('table');
    expect(out.answer.rows.length).toBeGreaterThan(0);
    const shown = urls(out);
    expect(shown.filter((u) => u.includes('/servicePrincipals?') && u.includes('$expand=appRoleAssignedTo')).length).toBeGreaterThan(0);
    expect(shown.some((u) => u.includes('/appRoleAssignedTo?'))).toBe(false);
  });

  it('app.permissions: Microsoft Graph\'s API is read beside the grants, so the permission names need no third trip', async () => {
    const { out, trips } = await measure('app.permissions');
    expect(trips).toBeLessThanOrEqual(2);
    expect(out.answer.kind).toBe('table');
    expect(out.answer.rows.length).toBeGreaterThan(0);
    // Every permission has its name (User.Read, …), not an id: the API was read.
    const permissions = out.answer.rows.map((r) => String(r[0]));
    expect(permissions.some((p) => /^[0-9a-f-]{36}$/i.test(p))).toBe(false);
    expect(urls(out).filter((u) => u.includes('/servicePrincipals?') && u.includes('appId eq'))).toHaveLength(1);
  });
});

describe('lookup reads under the data gate (fake Graph, fake policy)', () => {
  const NOW = new Date('2026-11-20T12:00:00Z');
  const asker = { upn: 'someone@woodgrovebank.com', objectId: 'u-asker' };
  const KARITA = { id: 'u-karita', displayName: 'Karita Lehtonen', userPrincipalName: 'karita@woodgrovebank.com', givenName: 'Karita' };
  const assignment = (i: number) => ({ id: `a${i}`, principalType: 'User', principalDisplayName: 'Karita Lehtonen', resourceId: 'sp-1', resourceDisplayName: `App ${i}`, appRoleId: '00000000-0000-0000-0000-000000000000', createdDateTime: '2026-01-01T00:00:00Z' });

  function graphWith(expanded: number, full: number) {
    const seen: string[] = [];
    return {
      seen,
      async execute(req: GraphRequest): Promise<GraphResult> {
        const path = decodeURIComponent(req.path);
        seen.push(path);
        const rows = path.startsWith('/users?')
          ? [path.includes('$expand=appRoleAssignments') ? { ...KARITA, appRoleAssignments: Array.from({ length: expanded }, (_, i) => assignment(i)) } : KARITA]
          : path.startsWith('/users/u-karita/appRoleAssignments') ? Array.from({ length: full }, (_, i) => assignment(i)) : [];
        return { source: 'graph', query: req, status: 200, rows, truncated: false, elapsedMs: 1 };
      },
    };
  }

  /** A policy that allows the question and lets `readable(category, resolved?)` decide each category. */
  function policy(readable: (category: string, resolvedUser: boolean) => boolean): Authorizer {
    return {
      beforeLookup: async () => ({ outcome: 'allow', record: { category: 'directory', decision: 'allowed', by: 'role' } }) as never,
      dataGate: async (_a, _i, resolved): Promise<DataGate> => ({ exceptions: [], nested: true, allows: (c) => readable(c, resolved.user !== undefined) }),
    };
  }

  const ask = async (graph: ReturnType<typeof graphWith>, authorize?: Authorizer) =>
    createPipeline({ understand: () => ({ name: 'user.apps', slots: { user: 'Karita' } }), graph, now: () => NOW, tenantId: 't', ...(authorize ? { authorize } : {}) })
      .ask({ question: 'Which apps can Karita access?', asker, context: {} });

  it('an expanded list under 20 answers the assignments: no request of its own', async () => {
    const graph = graphWith(3, 3);
    const out = await ask(graph, policy(() => true));
    expect(graph.seen.filter((p) => p.startsWith('/users/u-karita/appRoleAssignments'))).toEqual([]);
    expect(graph.seen[0]).toContain('$expand=appRoleAssignments');
    expect(out.answer.rows.map((r) => r[0])).toEqual(['App 0', 'App 1', 'App 2']);
  });

  it('an expanded list of 20 may be cut by Graph: the whole list is read as planned', async () => {
    const graph = graphWith(20, 23);
    const out = await ask(graph);
    expect(graph.seen.filter((p) => p.startsWith('/users/u-karita/appRoleAssignments'))).toHaveLength(1);
    expect(out.answer.rows).toHaveLength(23);
  });

  it('someone who may not read the category before the names are known: the lookup expands nothing', async () => {
    const graph = graphWith(3, 3);
    const out = await ask(graph, policy((c) => c !== 'directory'));
    expect(graph.seen.some((p) => p.includes('$expand'))).toBe(false);
    expect(out.answer.rows).toEqual([]);
    expect(out.answer.notShown).toContain('directory');
  });

  it('someone only a self / owner / manager exception could let in: the lookup expands nothing', async () => {
    const graph = graphWith(3, 3);
    const subject: Authorizer = {
      beforeLookup: async () => ({
        outcome: 'subject', denied: { kind: 'denied', title: 'No', summary: 'No', columns: [], rows: [], facts: [], followUps: [] },
        record: { category: 'directory', decision: 'denied', by: 'pending' },
        afterLookup: () => ({ outcome: 'allow', record: { category: 'directory', decision: 'allowed', by: 'self' } }),
      }) as never,
    };
    const out = await ask(graph, subject);
    expect(graph.seen.some((p) => p.includes('$expand'))).toBe(false);
    expect(graph.seen.filter((p) => p.startsWith('/users/u-karita/appRoleAssignments'))).toHaveLength(1);
    expect(out.answer.rows.map((r) => r[0])).toEqual(['App 0', 'App 1', 'App 2']);
  });

  it('the data gate with the resolved names still decides: the expanded part is not shown to someone it withholds it from', async () => {
    const graph = graphWith(3, 3);
    // Readable before the lookup, not once the name is resolved: the lookup expanded, but the
    // assignments query is withheld, so the expanded list reaches nobody.
    const out = await ask(graph, policy((c, resolvedUser) => c !== 'directory' || !resolvedUser));
    expect(graph.seen[0]).toContain('$expand=appRoleAssignments');
    expect(graph.seen.filter((p) => p.startsWith('/users/u-karita/appRoleAssignments'))).toEqual([]);
    expect(out.answer.rows).toEqual([]);
    expect(out.answer.notShown).toContain('directory');
  });
});
