/**
 * Every Graph request the product emits over the demo tenant: each labelled question's intent and
 * slot shape run through the pipeline (planners and name resolvers), the asker-facts lookup and
 * every step of the snapshot export. Requests are recorded as planned (path, version, headers),
 * before the client sends them. Used by `graph:audit` and by the capability tests.
 */
import { startGraphServer } from '../../src/demo/graph-server';
import type { StrictOptions } from '../../src/demo/graph-server';
import { loadOrCreateDemoTenant, readSignIns } from '../../src/demo/store';
import { PERSONAS } from '../../src/demo/personas';
import { createPipeline } from '../../src/pipeline/ask';
import type { GraphExecutor, KqlRunner } from '../../src/pipeline/executors';
import type { GraphRequest } from '../../src/planning/query-plan';
import { graphFactsProvider } from '../../src/policy/asker-facts';
import { createGraphSource } from '../../src/sources/graph';
import { GraphRequestError } from '../../src/sources/graph';
import type { GraphSource } from '../../src/sources/graph';
import { READER_STEPS, TenantReader } from '../../src/snapshots/graph-reader';
import { buildGazetteer } from '../../src/understanding';
import type { Slots } from '../../src/understanding';
import { loadQuestionSet } from '../../test/understanding/question-set';

/** One emitted request and who emitted it. */
export interface ProductRequest {
  /** `planner:<intent>`, `asker-facts`, `export:<step>`. */
  readonly origin: string;
  readonly version: 'v1.0' | 'beta';
  readonly method: string;
  /** Path and query under the version root. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The Graph request id the planner gave it (says which lookup inside an intent). */
  readonly id: string;
  /** How the demo endpoint answered: `ok`, or the Graph error code (e.g. `Request_UnsupportedQuery`). */
  outcome?: string;
}

export interface EnumerateOptions {
  readonly dataDir: string;
  /** Seed / size of the demo tenant (default: the test tenant). */
  readonly tenant?: { readonly seed: number; readonly anchorTime: string; readonly users: number; readonly days: number };
  /** Run against the demo endpoint in strict mode (default: lenient, so every lookup runs). */
  readonly strict?: StrictOptions;
  /** How the planners think Graph is read (default: the strict endpoint's caller, else delegated). */
  readonly graphAuth?: 'delegated' | 'appOnly';
  /** Told of each question's answer: which intent, its kind (`error` for an error card) and summary. */
  readonly onAnswer?: (intent: string, kind: string, summary: string) => void;
}

const outcomeOf = (e: unknown): string => (e instanceof GraphRequestError ? (e.code ?? String(e.status)) : 'error');

function recorder(source: GraphSource, out: ProductRequest[], origin: () => string): GraphSource {
  const note = (r: GraphRequest): ProductRequest => {
    const entry: ProductRequest = { origin: origin(), version: r.version ?? 'v1.0', method: r.method, path: r.path, headers: { ...(r.headers ?? {}) }, id: r.id };
    out.push(entry);
    return entry;
  };
  return {
    execute: async (r) => {
      const entry = note(r);
      try {
        const result = await source.execute(r);
        entry.outcome = 'ok';
        return result;
      } catch (e) {
        entry.outcome = outcomeOf(e);
        throw e;
      }
    },
    executeAll: async (rs) => {
      const entries = rs.map(note);
      const got = await source.executeAll(rs);
      rs.forEach((r, i) => { const g = got.get(r.id); entries[i]!.outcome = g instanceof GraphRequestError ? outcomeOf(g) : 'ok'; });
      return got;
    },
    shownUrl: (r) => source.shownUrl(r),
  } as GraphSource;
}

const NAME_SLOTS = ['user', 'group', 'app', 'role', 'accessPackage'] as const;

/**
 * The question's slots, then the same with each name cut to its first word's first four letters
 * (so name resolvers take their prefix path) and with a time window added where there was none.
 */
export function slotVariants(slots: Slots): Slots[] {
  const out: Slots[] = [slots];
  const prefixed: Record<string, unknown> = { ...slots };
  let changed = false;
  for (const k of NAME_SLOTS) {
    const v = slots[k];
    if (typeof v === 'string' && v.length > 4 && !v.includes('@')) { prefixed[k] = v.split(/\s+/)[0]!.slice(0, 4); changed = true; }
  }
  if (changed) out.push(prefixed as Slots);
  if (!slots.window) out.push({ ...slots, window: { last: 'P7D' } });
  return out;
}

/** Runs the product over a demo tenant and returns every request it planned, in order. */
export async function enumerateProductRequests(options: EnumerateOptions): Promise<ProductRequest[]> {
  const demo = await loadOrCreateDemoTenant(options.dataDir, options.tenant ?? { seed: 7, anchorTime: '2026-11-20T12:00:00.000Z', users: 150, days: 10 });
  const server = await startGraphServer({ model: demo.model, signIns: () => readSignIns(demo.signInsFile), strict: options.strict ?? false });
  const out: ProductRequest[] = [];
  let origin = '';
  try {
    const source = recorder(createGraphSource({ mode: 'demo', baseUrl: server.url }, { timeoutMs: 60_000, budgetMs: 120_000 }), out, () => origin);
    const graph: GraphExecutor = { execute: (r) => source.execute(r) };
    const kql: KqlRunner = { execute: async (query) => ({ source: 'kql', query, columns: [], rows: [], truncated: false, elapsedMs: 0 }) };
    const byShape = new Map<string, ReturnType<typeof loadQuestionSet>[number]>();
    for (const c of loadQuestionSet(buildGazetteer(demo.model))) {
      if (c.intent === 'graph.get') continue; // the person's own path, not the product's
      const shape = `${c.intent}|${Object.keys(c.slots).sort().join(',')}|${Object.keys(c.context).length > 0}`;
      if (!byShape.has(shape)) byShape.set(shape, c);
    }
    const now = new Date(demo.model.tenant.anchorTime);
    for (const c of byShape.values()) {
      for (const slots of slotVariants(c.slots)) {
        origin = `planner:${c.intent}`;
        const pipeline = createPipeline({
          understand: () => ({ name: c.intent, slots, confidence: 1 }),
          graph, kql, now: () => now, tenantId: demo.model.tenant.tenantId,
          graphAuth: options.graphAuth ?? options.strict?.authMode ?? 'delegated',
        });
        const outcome = await pipeline.ask({ question: c.question, asker: { upn: PERSONAS.patti.upn }, context: c.context }).catch(() => undefined);
        options.onAnswer?.(c.intent, outcome?.answer.kind ?? 'exception', outcome?.answer.summary ?? '');
      }
    }
    origin = 'asker-facts';
    const facts = graphFactsProvider(graph);
    const mine = await facts.factsFor({ upn: PERSONAS.patti.upn }).catch(() => undefined);
    const someGroup = demo.model.groups[0]?.id;
    if (mine && someGroup !== undefined) await facts.ownsGroup?.(mine, someGroup).catch(() => undefined);
    for (const mode of ['delta', 'batched'] as const) {
      const reader = new TenantReader(source, { groupsMode: mode });
      for (const step of READER_STEPS) {
        if (mode === 'batched' && step.name !== 'groups') continue;
        origin = `export:${step.name}${step.name === 'groups' ? `(${mode})` : ''}`;
        await reader.read(step.name).catch(() => undefined);
      }
    }
  } finally {
    await server.close();
  }
  return out;
}
