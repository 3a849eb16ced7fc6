import { createPipeline } from '../../src/pipeline/ask';
import type { GraphRequest } from '../../src/planning/query-plan';
import type { GraphResult } from '../../src/sources/result-set';
import type { Intent } from '../../src/understanding/intent';

export const NOW = new Date('2026-11-20T12:00:00Z');
export const TENANT_ID = '11111111-2222-3333-4444-555555555555';

/** What a fake route returns: rows, or rows with a count / truncation, or an error to throw. */
export type Reply = Record<string, unknown>[] | { rows: Record<string, unknown>[]; count?: number; truncated?: boolean } | Error;
export type Route = (path: string) => Reply;

/** A fake Graph answering by (decoded) path, recording every request it was sent. */
export function fakeGraph(route: Route) {
  const seen: GraphRequest[] = [];
  return {
    seen,
    paths: () => seen.map((r) => decodeURIComponent(r.path)),
    async execute(req: GraphRequest): Promise<GraphResult> {
      seen.push(req);
      const reply = route(decodeURIComponent(req.path));
      if (reply instanceof Error) throw reply;
      const { rows, count, truncated } = Array.isArray(reply) ? { rows: reply, count: undefined, truncated: false } : reply;
      return { source: 'graph', query: req, status: 200, rows, truncated: truncated ?? false, elapsedMs: 1, ...(count !== undefined ? { count } : {}) };
    },
  };
}

/** Resolves users, groups, apps, roles and access packages by name to fixed objects. */
export function resolving(route: Route): Route {
  return (p) => {
    if (p.startsWith('/users?$filter=userPrincipalName eq') || p.startsWith('/users?$filter=startsWith(displayName')) {
      return [{ id: 'u-karita', displayName: 'Karita Lehtonen', userPrincipalName: 'karita@woodgrovebank.com', givenName: 'Karita' }];
    }
    if (p.startsWith('/groups?$filter=displayName eq')) return [{ id: 'g-fin', displayName: 'Finance Department' }];
    if (p.startsWith('/servicePrincipals?$filter=displayName eq')) return [{ id: 'sp-sf', appId: 'app-sf', displayName: 'Salesforce' }];
    if (p.startsWith('/roleManagement/directory/roleDefinitions?$filter=displayName eq')) {
      return [{ id: '62e90394-69f5-4237-9190-012177145e10', displayName: 'Global Administrator', templateId: '62e90394-69f5-4237-9190-012177145e10' }];
    }
    if (p.startsWith('/identityGovernance/entitlementManagement/accessPackages?$filter=displayName eq')) return [{ id: 'ap-falcon', displayName: 'Project Falcon' }];
    return route(p);
  };
}

export function pipelineFor(intent: Intent, route: Route, graphAuth?: 'delegated' | 'appOnly') {
  const graph = fakeGraph(resolving(route));
  const pipeline = createPipeline({ understand: () => intent, graph, now: () => NOW, tenantId: TENANT_ID, graphAuth });
  const ask = () => pipeline.ask({ question: 'q', asker: { upn: 'admin@woodgrovebank.com' }, context: {} });
  return { graph, ask };
}
