/**
 * Hostile names never become query syntax. Each hostile value goes through slot resolution and
 * planning for every intent that takes a name or free text (the directory objects it resolves to
 * carry the same hostile text as id, name, UPN and appId, so planners that copy them into later
 * queries are covered too), and through understanding from whole questions. Every planned Graph
 * URL must have exactly the structure it has for a plain name, with the hostile text only inside
 * one OData string literal (or one path segment) where the plain name was; every planned KQL text
 * must tokenize (Kusto.Language) exactly like the plain one with the hostile text only inside
 * string literals; the SQL compiled from it must be the same text (literals are parameters).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/ask';
import { HANDLERS } from '../../src/families/registry';
import type { IntentHandler } from '../../src/families/family';
import type { GraphRequest, KqlQuery } from '../../src/planning/query-plan';
import type { GraphResult, KqlResult } from '../../src/sources/result-set';
import { wellFormed } from '../../src/sources/graph/odata';
import { globalsFor, parseOnly } from '../../src/kql/language/bridge';
import { Syn } from '../../src/kql/language/syntax';
import { compileKql, isCompiled } from '../../src/kql/compile/compile-kql';
import type { IntentName, Slots } from '../../src/understanding/intent';
import { understand } from '../../src/understanding';
import { readSearchClause, splitQuery, tokenizeFilter } from '../graph-client/odata-tokenizer';
import { hostile, HOSTILE_FRAGMENTS } from './hostile';

const NOW = new Date('2026-11-20T12:00:00Z');
const asker = { upn: 'adm-patti@woodgrovebank.com', objectId: '0b0b0b0b-0000-0000-0000-000000000001' };

/**
 * The soak of issue 23: `INJECTION_SEEDS=<first>:<count>` runs the every-intent block once per
 * fast-check seed, first … first+count-1, one after another (a failure names its seed). Unset,
 * the block runs once with a seed fast-check picks, as any property test.
 */
const SEEDS: readonly (number | undefined)[] = (() => {
  const m = /^(\d+):(\d+)$/.exec(process.env.INJECTION_SEEDS ?? '');
  return m ? Array.from({ length: Number(m[2]) }, (_, i) => Number(m[1]) + i) : [undefined];
})();

const LONG = `Zq${"' or 1 eq 1 |;\n\"".repeat(10_000 / 16)}`.slice(0, 10_000);

/** The directory object every resolution finds: every field is the hostile value. */
function objectCalled(v: string): Record<string, unknown> {
  return { id: v, displayName: v, userPrincipalName: v, mail: v, givenName: v, surname: v, appId: v, templateId: v, description: v, isBuiltIn: true };
}

interface Run {
  readonly graph: GraphRequest[];
  readonly kql: KqlQuery[];
}

async function runIntent(name: IntentName, slots: Slots, value: string): Promise<Run> {
  const run: Run = { graph: [], kql: [] };
  const pipeline = createPipeline({
    understand: () => ({ name, slots }),
    graph: {
      async execute(req: GraphRequest): Promise<GraphResult> {
        run.graph.push(req);
        const rows = req.id.startsWith('resolve.') ? [objectCalled(value)] : [];
        return { source: 'graph', query: req, status: 200, rows, truncated: false, elapsedMs: 0 };
      },
    },
    kql: {
      async execute(query: KqlQuery): Promise<KqlResult> {
        run.kql.push(query);
        return { source: 'kql', query, columns: [], rows: [], truncated: false, elapsedMs: 0 };
      },
    },
    now: () => NOW, tenantId: '00000000-0000-0000-0000-0000000000aa', breakGlassAccounts: [value],
  });
  const out = await pipeline.ask({ question: 'q', asker, context: {} });
  expect(['clarify', 'error'], `${name}: ${out.answer.summary}`).not.toContain(out.answer.kind);
  return run;
}

/** Where each intent takes a name or free text. */
const ENTITY_SLOTS = ['user', 'group', 'app', 'role', 'accessPackage'] as const;
const FREE_TEXT: Partial<Record<IntentName, readonly (keyof Slots)[]>> = {
  'users.search': ['department', 'jobTitle', 'country', 'city'],
  'signIns.list': ['ip', 'country', 'city'],
  'signIns.failures': ['ip', 'country'],
  'accessPackages.list': ['catalog'],
  'accessPackage.assignments': ['state'],
  'audit.changes': ['activity'],
  'privileged.breakGlass': [],
};

function slotsFor(name: IntentName, h: IntentHandler, value: string): Slots {
  const slots: Record<string, unknown> = {};
  for (const kind of [...h.needs, ...(h.optional ?? [])]) if ((ENTITY_SLOTS as readonly string[]).includes(kind)) slots[kind] = value;
  for (const slot of FREE_TEXT[name] ?? []) slots[slot] = value;
  return slots as Slots;
}

const CASES: [IntentName, IntentHandler][] = (Object.entries(HANDLERS) as [IntentName, (typeof HANDLERS)[IntentName]][])
  .filter((e): e is [IntentName, IntentHandler] => e[1].kind === 'handler' && e[0] !== 'kql.run' && e[0] !== 'graph.get')
  .filter(([name, h]) => h.needs.length + (h.optional ?? []).length > 0 || FREE_TEXT[name] !== undefined);

/** A plain name of the same shape (an e-mail address when the hostile one has an `@`). */
function benignFor(value: string): string {
  return value.includes('@') ? 'zed.benign@woodgrovebank.com' : 'Zed Benign';
}

/** Asserts that `h` is `b` with the plain name `B` replaced by the hostile `H`, literal for literal. */
function sameGraphShape(b: string, h: string, B: string, H: string): void {
  const [bPath = '', bQuery = ''] = b.split(/\?(.*)/s);
  const [hPath = '', hQuery = ''] = h.split(/\?(.*)/s);
  const url = new URL(`https://graph.microsoft.com/v1.0${h}`);
  expect(url.host).toBe('graph.microsoft.com');
  expect(url.pathname.startsWith('/v1.0/')).toBe(true);
  expect(url.hash).toBe('');
  const bSegs = bPath.split('/').map(decodeURIComponent);
  const hSegs = hPath.split('/').map(decodeURIComponent);
  expect(hSegs.length).toBe(bSegs.length);
  bSegs.forEach((seg, i) => expect(hSegs[i]).toBe(seg === B ? wellFormed(H) : seg));
  const bOpts = splitQuery(bQuery);
  const hOpts = splitQuery(hQuery);
  expect(hOpts.map(([k]) => k)).toEqual(bOpts.map(([k]) => k));
  bOpts.forEach(([key, bv], i) => {
    const hv = hOpts[i]![1];
    if (key === '$filter') {
      const bt = tokenizeFilter(bv);
      const ht = tokenizeFilter(hv);
      expect(ht.map((t) => t.kind)).toEqual(bt.map((t) => t.kind));
      bt.forEach((t, j) => expect(ht[j]!.value).toBe(t.kind === 'string' && t.value === B ? wellFormed(H) : t.value));
    } else if (key === '$search') {
      const bc = readSearchClause(bv);
      const hc = readSearchClause(hv);
      expect(hc).toEqual({ ...bc, value: bc.value === B ? wellFormed(H) : bc.value });
    } else {
      expect(hv).toBe(bv);
    }
  });
}

const kqlGlobals = globalsFor('db', {});

function kqlTokens(text: string): Syn[] {
  const out: Syn[] = [];
  const walk = (n: Syn): void => {
    if (n.isToken) { if (n.text !== '') out.push(n); return; }
    n.children().forEach(walk);
  };
  walk(new Syn(parseOnly(text, kqlGlobals).Syntax));
  return out;
}

function stringValue(token: Syn): string {
  return token.text.startsWith('"') ? (JSON.parse(token.text) as string) : token.text;
}

function sameKqlShape(b: string, h: string, B: string, H: string): void {
  const bt = kqlTokens(b);
  const ht = kqlTokens(h);
  expect(ht.map((t) => t.kind)).toEqual(bt.map((t) => t.kind));
  bt.forEach((t, j) => {
    if (t.kind === 'StringLiteralToken' && stringValue(t) === B) expect(stringValue(ht[j]!)).toBe(H);
    else expect(ht[j]!.text).toBe(t.text);
  });
  // The compiled SQL is the same text: the hostile value only ever travels as a parameter.
  const bc = compileKql(b, { anchorTime: NOW.toISOString() });
  const hc = compileKql(h, { anchorTime: NOW.toISOString() });
  expect(isCompiled(bc) ? '' : b).toBe('');
  expect(isCompiled(hc) ? '' : h).toBe('');
  if (!isCompiled(bc) || !isCompiled(hc)) return;
  expect(hc.sql).toBe(bc.sql);
  expect(hc.parameters).toHaveLength(bc.parameters.length);
  if (H.length >= 4 && !bc.sql.includes(H)) expect(hc.sql.includes(H)).toBe(false);
  const carried = bc.parameters.some((p) => typeof p === 'string' && p.toLowerCase().includes(B.toLowerCase()));
  if (carried) expect(hc.parameters.some((p) => typeof p === 'string' && p.toLowerCase().includes(H.toLowerCase()))).toBe(true);
}

async function checkIntent(name: IntentName, h: IntentHandler, H: string): Promise<void> {
  const B = benignFor(H);
  const benign = await runIntent(name, slotsFor(name, h, B), B);
  const hostileRun = await runIntent(name, slotsFor(name, h, H), H);
  expect(hostileRun.graph.map((r) => r.id)).toEqual(benign.graph.map((r) => r.id));
  expect(hostileRun.kql.map((r) => r.id)).toEqual(benign.kql.map((r) => r.id));
  benign.graph.forEach((r, i) => sameGraphShape(r.path, hostileRun.graph[i]!.path, B, H));
  benign.kql.forEach((q, i) => sameKqlShape(q.text, hostileRun.kql[i]!.text, B, H));
}

beforeAll(() => {
  kqlTokens('SigninLogs | take 1'); // loads Kusto.Language once (seconds on a busy machine)
}, 120_000);

describe('hostile names through slot resolution and planning, every intent', () => {
  it('covers every intent that takes a name or free text', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.map(([n]) => n)).toEqual(expect.arrayContaining(['user.details', 'group.members', 'app.permissions', 'role.members', 'accessPackage.details', 'users.search', 'signIns.summary', 'privileged.breakGlass', 'audit.changes']));
  });

  it.each(CASES)('%s', async (name, h) => {
    const kql = ['signIns.summary', 'privileged.breakGlass'].includes(name);
    for (const seed of SEEDS) {
      await fc.assert(fc.asyncProperty(hostile, (H) => checkIntent(name, h, H)), { numRuns: kql ? 12 : 25, ...(seed === undefined ? {} : { seed }) });
    }
    await checkIntent(name, h, LONG);
  }, 300_000 * SEEDS.length);
});

describe('hostile names inside whole questions (understanding → resolution → planning)', () => {
  const TEMPLATES = [
    (n: string) => `who owns the group ${n}?`,
    (n: string) => `who is in ${n}?`,
    (n: string) => `show me details for ${n}`,
    (n: string) => `which groups is ${n} a member of?`,
    (n: string) => `show ${n}'s failed sign-ins this week`,
    (n: string) => `what permissions does the app ${n} have?`,
    (n: string) => `who has the role ${n}?`,
    (n: string) => `show the access package ${n}`,
    (n: string) => `users in the ${n} department`,
    (n: string) => `how many sign-ins by app for ${n} this week`,
    (n: string) => `audit changes to the group ${n}`,
  ];

  /** The marker words of a hostile value must never appear outside a string literal or a key segment. */
  it('keeps every word of the hostile value inside literals', async () => {
    const value = fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS), { minLength: 1, maxLength: 6 }).map((p) => `Zqa${p.join('Zqb')}Zqc`);
    let carried = 0;
    let runs = 0;
    await fc.assert(fc.asyncProperty(value, fc.constantFrom(...TEMPLATES), async (H, template) => {
      const question = template(H);
      const intent = understand(question, {}, { now: NOW });
      const run: Run = { graph: [], kql: [] };
      const pipeline = createPipeline({
        understand: () => intent,
        graph: {
          async execute(req) {
            run.graph.push(req);
            const text = Object.values(intent.slots).find((v): v is string => typeof v === 'string' && v.includes('Zq')) ?? 'none';
            return { source: 'graph', query: req, status: 200, rows: req.id.startsWith('resolve.') ? [objectCalled(text.trim())] : [], truncated: false, elapsedMs: 0 };
          },
        },
        kql: { async execute(query) { run.kql.push(query); return { source: 'kql', query, columns: [], rows: [], truncated: false, elapsedMs: 0 }; } },
        now: () => NOW, tenantId: 't',
      });
      await pipeline.ask({ question, asker, context: {} });
      runs++;
      if (run.graph.some((r) => decodeURIComponent(r.path).includes('Zqa'))) carried++;
      for (const req of run.graph) {
        const [path = '', query = ''] = req.path.split(/\?(.*)/s);
        // The URL parser keeps the path as planned: no dot segment resolved, no query or fragment started.
        const url = new URL(`https://graph.microsoft.com/v1.0${req.path}`);
        expect(url.pathname).toBe(`/v1.0${path}`);
        expect(url.hash).toBe('');
        const options = splitQuery(query);
        expect(new Set(options.map(([k]) => k)).size).toBe(options.length);
        for (const [key, v] of options) {
          expect(key).toMatch(/^\$[a-z]+$/);
          if (key === '$filter') {
            for (const t of tokenizeFilter(v)) if (t.kind !== 'string') expect(t.value).not.toMatch(/zq/i);
          } else if (key === '$search') {
            expect(readSearchClause(v).rest).not.toMatch(/zq/i);
          } else {
            expect(v).not.toMatch(/zq/i);
          }
        }
      }
      for (const q of run.kql) {
        for (const t of kqlTokens(q.text)) if (t.kind !== 'StringLiteralToken') expect(t.text).not.toMatch(/zq/i);
        const c = compileKql(q.text, { anchorTime: NOW.toISOString() });
        if (isCompiled(c)) expect(c.sql).not.toMatch(/zq/i);
      }
    }), { numRuns: 120 });
    // The questions did carry the hostile names into queries (not only into "I didn't understand").
    expect(carried).toBeGreaterThan(runs / 2);
  }, 300_000);
});
