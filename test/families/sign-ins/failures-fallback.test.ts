import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../src/pipeline/ask';
import { createGraphSource } from '../../../src/sources/graph';
import { useServer } from '../../graph-server/harness';
import { ANCHOR, fixtureSignIns } from '../../graph-server/fixture';

/**
 * signIns.failures keeps `status/errorCode ne 0` (widely used; only `eq` is documented). When Graph
 * refuses it with 400 (the strict endpoint does with refuseUndocumentedButKept), the window is read
 * without it and the failures are kept in the answer, which says so (issue 17).
 */
function askFailures(url: string) {
  const graph = createGraphSource({ mode: 'demo', baseUrl: url });
  const pipeline = createPipeline({
    understand: () => ({ name: 'signIns.failures', slots: { window: { last: 'P7D' } }, confidence: 1 }),
    graph, now: () => new Date(ANCHOR), tenantId: '00000000-0000-0000-0000-000000000001',
  });
  return pipeline.ask({ question: 'failed sign-ins this week', asker: { upn: 'admin@woodgrovebank.com' }, context: {} });
}

const expectedFailures = [...fixtureSignIns()].filter((s) => {
  const t = Date.parse(String(s['createdDateTime']));
  return t >= ANCHOR - 7 * 86_400_000 && t <= ANCHOR && (s['status'] as { errorCode: number }).errorCode !== 0;
}).length;

describe('signIns.failures when Graph refuses status/errorCode ne 0', () => {
  const { server } = useServer({ strict: { refuseUndocumentedButKept: true } });
  it('falls back to the documented shape and keeps only the failures, saying so', async () => {
    const out = await askFailures(server().url);
    expect(expectedFailures).toBeGreaterThan(0);
    expect(out.answer.kind).toBe('table');
    expect(out.answer.rows).toHaveLength(expectedFailures);
    expect(out.answer.summary).toContain(`${expectedFailures} failed sign-ins`); // issue 20: a failures-only list says "N failed sign-ins", not a second "not successful" count
    expect(out.answer.sourceNote).toMatch(/refused the filter status\/errorCode ne 0/);
    const urls = out.queries.map((q) => (q.source === 'graph' ? decodeURIComponent(q.url) : ''));
    expect(urls.some((u) => u.includes('status/errorCode ne 0'))).toBe(true);
    expect(urls.some((u) => u.includes('/auditLogs/signIns?') && !u.includes('errorCode'))).toBe(true);
  });
});

describe('signIns.failures when Graph answers the kept shape', () => {
  const { server } = useServer({ strict: {} });
  it('asks once, with the kept filter, and says nothing about a fallback', async () => {
    const out = await askFailures(server().url);
    expect(out.answer.rows).toHaveLength(expectedFailures);
    expect(out.answer.sourceNote ?? '').not.toMatch(/refused/);
    expect(out.queries).toHaveLength(1);
  });
});
