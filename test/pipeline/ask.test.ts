import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/ask';
import type { GraphRequest } from '../../src/planning/query-plan';
import type { GraphResult } from '../../src/sources/result-set';
import { GraphRequestError } from '../../src/sources/graph/errors';
import type { Intent } from '../../src/understanding/intent';

const NOW = new Date('2026-11-20T12:00:00Z');
const asker = { upn: 'admin@woodgrovebank.com', objectId: 'u-admin' };

type Route = (path: string) => Record<string, unknown>[] | Error;

function fakeGraph(route: Route) {
  const seen: string[] = [];
  return {
    seen,
    async execute(req: GraphRequest): Promise<GraphResult> {
      seen.push(decodeURIComponent(req.path));
      const rows = route(decodeURIComponent(req.path));
      if (rows instanceof Error) throw rows;
      return { source: 'graph', query: req, status: 200, rows, truncated: false, elapsedMs: 1 };
    },
  };
}

function pipelineFor(intent: Intent, route: Route) {
  const graph = fakeGraph(route);
  const pipeline = createPipeline({ understand: () => intent, graph, now: () => NOW, tenantId: 't' });
  return { pipeline, graph };
}

const FINANCE = { id: 'g-fin', displayName: 'Finance Department' };

describe('pipeline', () => {
  it('resolves the group, plans its owners request and answers with a table', async () => {
    const { pipeline, graph } = pipelineFor({ name: 'group.owners', slots: { group: 'Finance Department' } }, (p) =>
      p.startsWith('/groups?') ? [FINANCE]
        : p.startsWith('/groups/g-fin/owners') ? [{ id: 'u1', displayName: 'Megan Bowen', userPrincipalName: 'meganb@woodgrovebank.com', jobTitle: 'Finance Manager' }]
          : []);
    const out = await pipeline.ask({ question: 'who owns Finance Department?', asker, context: {} });
    expect(out.answer.kind).toBe('table');
    expect(out.answer.rows).toEqual([['Megan Bowen', 'meganb@woodgrovebank.com', 'Finance Manager']]);
    expect(out.resolved.group).toMatchObject({ id: 'g-fin', displayName: 'Finance Department' });
    expect(graph.seen[0]).toContain("displayName eq 'Finance Department'");
    // The name's two lookups (exact, then by prefix) go out together, so both ran and both are shown.
    expect(out.queries.map((q) => q.source === 'graph' && q.url)).toEqual([
      expect.stringMatching(/^https:\/\/graph\.microsoft\.com\/v1\.0\/groups\?\$filter=displayName%20eq/),
      expect.stringMatching(/^https:\/\/graph\.microsoft\.com\/v1\.0\/groups\?\$filter=startsWith/),
      expect.stringMatching(/^https:\/\/graph\.microsoft\.com\/v1\.0\/groups\/g-fin\/owners/),
    ]);
    expect(out.context.groups?.[0]).toMatchObject({ id: 'g-fin', displayName: 'Finance Department' });
    expect(out.context.lastIntent).toBe('group.owners');
  });

  it('asks which one when a name matches several objects', async () => {
    const { pipeline } = pipelineFor({ name: 'group.members', slots: { group: 'Finance' } }, (p) =>
      p.includes('displayName eq') ? [] : [{ id: 'a', displayName: 'Finance Department' }, { id: 'b', displayName: 'Finance Ops' }]);
    const out = await pipeline.ask({ question: 'who is in Finance?', asker, context: {} });
    expect(out.answer.kind).toBe('clarify');
    expect(out.answer.choices?.map((c) => c.question)).toEqual(['who is in Finance Department?', 'who is in Finance Ops?']);
  });

  it('says plainly when a name matches nothing', async () => {
    const { pipeline } = pipelineFor({ name: 'user.details', slots: { user: 'Zyxwv' } }, () => []);
    const out = await pipeline.ask({ question: 'show Zyxwv', asker, context: {} });
    expect(out.answer.kind).toBe('empty');
    expect(out.answer.summary).toContain('Zyxwv');
  });

  it('asks for a missing slot, offering the users the conversation knows', async () => {
    const { pipeline, graph } = pipelineFor({ name: 'user.groups', slots: {} }, () => []);
    const out = await pipeline.ask({
      question: 'which groups?', asker,
      context: { users: [{ kind: 'user', id: 'k', displayName: 'Karita Niemi', key: 'karita@woodgrovebank.com' }] },
    });
    expect(out.answer.kind).toBe('clarify');
    expect(out.answer.choices?.[0]?.question).toContain('karita@woodgrovebank.com');
    expect(graph.seen).toEqual([]);
  });

  it('turns a typed Graph failure into an error answer with a retry, keeping the context', async () => {
    const err = new GraphRequestError({ status: 429, code: 'TooManyRequests', message: 'Too many requests', requestId: 'r-1' });
    const { pipeline } = pipelineFor({ name: 'group.owners', slots: { group: 'Finance Department' } }, () => err);
    const context = { lastIntent: 'help' as const };
    const out = await pipeline.ask({ question: 'who owns Finance Department?', asker, context });
    expect(out.answer.kind).toBe('error');
    expect(out.answer.summary).toMatch(/throttled/i);
    expect(out.answer.summary).toContain('r-1');
    expect(out.answer.choices?.[0]).toEqual({ title: 'Try again', question: 'who owns Finance Department?' });
    expect(out.context).toBe(context);
  });

  it('lets bugs through to the bot', async () => {
    const { pipeline } = pipelineFor({ name: 'group.owners', slots: { group: 'Finance Department' } }, () => new TypeError('boom'));
    await expect(pipeline.ask({ question: 'q', asker, context: {} })).rejects.toThrow('boom');
  });

  it('uses the asker for "me"', async () => {
    const { pipeline, graph } = pipelineFor({ name: 'user.groups', slots: { user: 'me' } }, (p) =>
      p.startsWith('/users?') ? [{ id: 'u-admin', displayName: 'Admin', userPrincipalName: 'admin@woodgrovebank.com' }] : []);
    const out = await pipeline.ask({ question: 'which groups am I in?', asker, context: {} });
    expect(graph.seen[0]).toContain("userPrincipalName eq 'admin@woodgrovebank.com'");
    expect(out.answer.kind).toBe('empty');
    expect(out.answer.summary).toContain('Admin');
  });

  it('never splices a hostile name into the filter', async () => {
    const { pipeline, graph } = pipelineFor({ name: 'group.owners', slots: { group: "x' or 1 eq 1 or displayName eq '" } }, () => []);
    await pipeline.ask({ question: 'q', asker, context: {} });
    expect(graph.seen[0]).toContain("displayName eq 'x'' or 1 eq 1 or displayName eq '''");
  });
});
