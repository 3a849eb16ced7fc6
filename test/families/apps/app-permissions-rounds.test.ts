/**
 * app.permissions' second round (issue 21): only the APIs the first round did not read. Microsoft
 * Graph's service principal is read beside the grants; a grant or app role of another API still
 * gets its own request, and with none the round is skipped.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerInput } from '../../../src/answers/answer-input';
import { nextAppPermissions, planAppPermissions, MICROSOFT_GRAPH_APP_ID } from '../../../src/families/apps/apps.plan';
import type { PlanContext } from '../../../src/planning/entities';

const GRAPH_SP = 'graph-sp-id';
const OTHER_API = 'other-api-id';

function input(rows: Record<string, Record<string, unknown>[]>): AnswerInput {
  const results = new Map(Object.entries(rows).map(([id, r]) => [id, { source: 'graph', rows: r }]));
  return { results } as unknown as AnswerInput;
}

describe('app.permissions rounds', () => {
  it('the first round reads Microsoft Graph\'s API by its appId beside the grants', () => {
    const ctx = { intent: { name: 'app.permissions', slots: {} }, resolved: { app: { kind: 'app', id: 'sp1', displayName: 'X' } } } as unknown as PlanContext;
    const q = planAppPermissions(ctx).queries.find((x) => x.id === 'resources.graph');
    expect(q && 'path' in q ? decodeURIComponent(q.path) : '').toContain(`appId eq '${MICROSOFT_GRAPH_APP_ID}'`);
  });

  it('every grant and role on Microsoft Graph: no second round', () => {
    const next = nextAppPermissions(input({
      'resources.graph': [{ id: GRAPH_SP }],
      delegated: [{ resourceId: GRAPH_SP, scope: 'User.Read' }],
      application: [{ resourceId: GRAPH_SP, appRoleId: 'r1' }],
    }));
    expect(next).toBeUndefined();
  });

  it('a grant on another API: the second round reads that API only', () => {
    const next = nextAppPermissions(input({
      'resources.graph': [{ id: GRAPH_SP }],
      delegated: [{ resourceId: GRAPH_SP, scope: 'User.Read' }, { resourceId: OTHER_API, scope: 'read' }],
      application: [],
    }));
    const paths = (next?.queries ?? []).map((q) => ('path' in q ? decodeURIComponent(q.path) : ''));
    expect(paths).toHaveLength(1);
    expect(paths[0]).toContain(OTHER_API);
    expect(paths[0]).not.toContain(GRAPH_SP);
  });

  it('Microsoft Graph not found (a tenant without it): its grants are read in the second round', () => {
    const next = nextAppPermissions(input({ 'resources.graph': [], delegated: [{ resourceId: GRAPH_SP, scope: 'User.Read' }], application: [] }));
    expect((next?.queries ?? []).map((q) => ('path' in q ? decodeURIComponent(q.path) : '')).join()).toContain(GRAPH_SP);
  });
});
