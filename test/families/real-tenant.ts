import { generateSignIns, generateTenant } from '../../src/demo/generator';
import { startGraphServer, type GraphServer } from '../../src/demo/graph-server';
import type { GeneratedTenantModel, GraphObject } from '../../src/demo/model';
import { PERSONAS, type PersonaKey } from '../../src/demo/personas';
import { createPipeline, type AskOutcome } from '../../src/pipeline/ask';
import { createGraphSource } from '../../src/sources/graph';
import type { Intent } from '../../src/understanding/intent';

/** A small generated tenant served over the Graph protocol, and the real pipeline over it. */
export const TENANT = { seed: 7, anchorTime: '2026-11-20T12:00:00Z', users: 120, days: 5 } as const;

export interface RealTenant {
  readonly model: GeneratedTenantModel;
  readonly signIns: readonly GraphObject[];
  readonly server: GraphServer;
  ask(intent: Intent, question?: string): Promise<AskOutcome>;
  close(): Promise<void>;
}

export async function startRealTenant(): Promise<RealTenant> {
  const model = generateTenant(TENANT);
  const signIns = [...generateSignIns(model, { interactive: true })];
  const server = await startGraphServer({ model, signIns: () => signIns });
  const graph = createGraphSource({ mode: 'demo', baseUrl: server.url });
  const now = new Date(TENANT.anchorTime);
  return {
    model, signIns, server,
    async ask(intent, question = 'q') {
      const pipeline = createPipeline({ understand: () => intent, graph, now: () => now, tenantId: model.tenant.tenantId });
      return pipeline.ask({ question, asker: { upn: PERSONAS.patti.upn }, context: {} });
    },
    close: () => server.close(),
  };
}

export function upn(key: PersonaKey): string {
  return PERSONAS[key].upn;
}

export function userOf(model: GeneratedTenantModel, key: PersonaKey): GraphObject {
  const u = model.users.find((x) => x['userPrincipalName'] === PERSONAS[key].upn);
  if (!u) throw new Error(`persona ${key} missing`);
  return u;
}

/** The values of one answer column, by its name. */
export function column(answer: { readonly columns: readonly string[]; readonly rows: readonly (readonly unknown[])[] }, name: string): unknown[] {
  const i = answer.columns.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${answer.columns.join(',')}`);
  return answer.rows.map((r) => r[i]);
}

/** Every user reached from a group through nested groups. */
export function transitiveUsers(model: GeneratedTenantModel, groupId: string, seen = new Set<string>()): Set<string> {
  const users = new Set<string>();
  if (seen.has(groupId)) return users;
  seen.add(groupId);
  const userIds = new Set(model.users.map((u) => u.id));
  for (const m of model.groupMembers.find((g) => g.groupId === groupId)?.memberIds ?? []) {
    if (userIds.has(m)) users.add(m);
    else for (const u of transitiveUsers(model, m, seen)) users.add(u);
  }
  return users;
}

export function upnOf(model: GeneratedTenantModel, id: string): string {
  return String(model.users.find((u) => u.id === id)?.['userPrincipalName'] ?? id);
}
