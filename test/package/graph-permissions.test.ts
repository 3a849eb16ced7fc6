import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGraphServer, type GraphServer } from '../../src/demo/graph-server';
import { loadOrCreateDemoTenant, readSignIns, type DemoTenant } from '../../src/demo/store';
import { PERSONAS } from '../../src/demo/personas';
import { createPipeline } from '../../src/pipeline/ask';
import { HANDLERS } from '../../src/families/registry';
import { EXPANDED_LIST_CAP } from '../../src/planning/lookup-reads';
import type { GraphExecutor, KqlRunner } from '../../src/pipeline/executors';
import { createGraphSource } from '../../src/sources/graph';
import { buildGazetteer } from '../../src/understanding';
import { loadQuestionSet } from '../understanding/question-set';
import { applicationUnion, delegatedUnion, entryFor, loadPermissionMap, ROOT, segmentsOf } from './graph-permissions';

const map = loadPermissionMap();

describe('infra/graph-permissions.json', () => {
  it('has one entry per path, each with a least-privilege source and at least one intent', () => {
    const paths = map.paths.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of map.paths) {
      expect(p.delegated.length, p.path).toBeGreaterThan(0);
      expect(p.doc, p.path).toMatch(/^[a-z0-9-]+$/);
      expect(p.intents.length + (p.usedBy?.length ?? 0), p.path).toBeGreaterThan(0);
      if (p.application === null) expect(p.applicationNote, p.path).toBeTruthy();
    }
  });

  it('the Entra app registration asks for exactly the union: delegated scopes and application roles', () => {
    const entra = JSON.parse(readFileSync(path.join(ROOT, 'infra', 'entra-app.manifest.json'), 'utf8')) as {
      requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: 'Scope' | 'Role' }[] }[];
    };
    expect(entra.requiredResourceAccess.map((r) => r.resourceAppId)).toEqual(['Microsoft Graph']);
    const access = entra.requiredResourceAccess[0]!.resourceAccess;
    expect(access.filter((a) => a.type === 'Scope').map((a) => a.id).sort()).toEqual(delegatedUnion(map));
    expect(access.filter((a) => a.type === 'Role').map((a) => a.id).sort()).toEqual(applicationUnion(map));
    // Least privilege: read-only permissions only.
    for (const a of access) expect(a.id, a.id).not.toMatch(/ReadWrite|Write|\.Manage|AccessAsUser/);
  });
});

/** Every string or template literal in the planners (the families' plans and planning/'s kits) that starts a Graph path. */
function plannerPathLiterals(): { file: string; literal: string }[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.ts')) files.push(p);
    }
  };
  walk(path.join(ROOT, 'src', 'planning'));
  walk(path.join(ROOT, 'src', 'families'));
  const out: { file: string; literal: string }[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/['`]((?:\/|\$\{[A-Z_]+\}\/)[A-Za-z$][^'`?\s]*)/g)) out.push({ file: path.relative(ROOT, file), literal: m[1]! });
  }
  return out;
}

describe('every Graph path the planners can produce is covered by a listed permission', () => {
  it('every literal path segment in src/planning and src/families appears in some mapped path', () => {
    const known = new Set(map.paths.flatMap((p) => segmentsOf(p.path)));
    const literals = plannerPathLiterals();
    expect(literals.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const { file, literal } of literals) {
      // `${base}/members`: only the literal words count; `${...}` parts are ids or constants.
      for (const seg of segmentsOf(literal.replace(/\$\{[^}]*\}/g, '{x}'))) {
        if (seg.includes('{x}') || !/^[A-Za-z][A-Za-z0-9]*$/.test(seg)) continue;
        if (!known.has(seg)) missing.push(`${file}: "${seg}" in ${literal}`);
      }
    }
    expect(missing).toEqual([]);
  });

  let demo: DemoTenant;
  let server: GraphServer;
  beforeAll(async () => {
    demo = await loadOrCreateDemoTenant(inject('demoDataDir'));
    server = await startGraphServer({ model: demo.model, signIns: () => readSignIns(demo.signInsFile), host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => server?.close());

  it('running every intent of the labelled question set over the demo tenant requests only mapped paths, each listed under that intent', async () => {
    const source = createGraphSource({ mode: 'demo', baseUrl: server.url }, { timeoutMs: 60_000, budgetMs: 90_000 });
    const requested = new Map<string, Set<string>>(); // path → intents
    let intentNow = '';
    // `cut`: a lookup's expanded relationships come back as Graph gives a list it may have cut at
    // 20 (src/planning/lookup-reads.ts), so the planned request for the whole list runs: a path the
    // map must list although this tenant's lists are short.
    let cut = false;
    const graph: GraphExecutor = {
      async execute(request) {
        const key = request.path.split('?')[0]!;
        const seen = requested.get(key) ?? new Set<string>();
        seen.add(intentNow);
        requested.set(key, seen);
        const result = await source.execute(request);
        if (!cut || !request.id.startsWith('resolve.')) return result;
        const expanded = new URLSearchParams(request.path.split('?')[1] ?? '').get('$expand');
        return expanded ? { ...result, rows: result.rows.map((r) => ({ ...r, [expanded]: Array.from({ length: EXPANDED_LIST_CAP }, () => ({})) })) } : result;
      },
    };
    // KQL questions are not Graph requests; an empty result lets their planners' Graph lookups run.
    const kql: KqlRunner = { execute: async (query) => ({ source: 'kql', query, columns: [], rows: [], truncated: false, elapsedMs: 0 }) };
    const cases = loadQuestionSet(buildGazetteer(demo.model));
    // One case per intent and slot combination keeps this to a few seconds.
    const byShape = new Map<string, (typeof cases)[number]>();
    for (const c of cases) {
      if (c.intent === 'graph.get') continue; // a raw GET is the person's own path, not a planner's
      const shape = `${c.intent}|${Object.keys(c.slots).sort().join(',')}|${Object.keys(c.context).length > 0}`;
      if (!byShape.has(shape)) byShape.set(shape, c);
    }
    const now = new Date(demo.model.tenant.anchorTime);
    const expands = (intent: string) => { const h = HANDLERS[intent as keyof typeof HANDLERS]; return h.kind === 'handler' && (h.withLookup?.length ?? 0) > 0; };
    for (const c of byShape.values()) {
      for (const asCut of expands(c.intent) ? [false, true] : [false]) {
        intentNow = c.intent;
        cut = asCut;
        const pipeline = createPipeline({
          understand: () => ({ name: c.intent, slots: c.slots, confidence: 1 }),
          graph, kql, now: () => now, tenantId: demo.model.tenant.tenantId,
        });
        await pipeline.ask({ question: c.question, asker: { upn: PERSONAS.patti.upn }, context: c.context });
      }
    }
    cut = false;
    expect(requested.size).toBeGreaterThan(30);
    const unmapped: string[] = [];
    const unlisted: string[] = [];
    for (const [p, intents] of requested) {
      const entry = entryFor(map, p);
      if (!entry) { unmapped.push(p); continue; }
      for (const i of intents) if (!entry.intents.includes(i)) unlisted.push(`${entry.path}: ${i}`);
    }
    expect(unmapped, 'paths without a permission in infra/graph-permissions.json').toEqual([]);
    expect(unlisted, 'intents that use a path but are not listed under it').toEqual([]);
    // And the map lists no path the planners never request.
    const used = new Set([...requested.keys()].map((p) => entryFor(map, p)?.path));
    expect(map.paths.filter((p) => p.intents.length > 0).map((p) => p.path).filter((p) => !used.has(p))).toEqual([]);
  }, 180_000);
});
