/**
 * Issue 18, delegated details and nested ownership:
 * - "Send me the details" carries the presser's own SSO token (delegated mode reads with it) and
 *   the channel, like a question does (test double for Teams SSO, as test/bot/delegated-turn.test.ts);
 * - an owner's exception covers the group they own: someone who may read the directory only as
 *   that group's owner (a guest) sees its direct members, not the members of groups nested in it.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createAdapter } from '../../src/bot/adapter';
import { startBotServer, type BotServer } from '../../src/bot/server';
import { createTeamsApp } from '../../src/bot/teams-app';
import { readSettings } from '../../src/config/settings';
import type { GeneratedTenantModel } from '../../src/demo/model';
import { createPipeline, type AskOutcome, type AskRequest, type Pipeline } from '../../src/pipeline/ask';
import { demoFactsProvider } from '../../src/policy/asker-facts';
import { createAuthorizer } from '../../src/policy/authorize';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { createGraphSource } from '../../src/sources/graph';
import { buildGazetteer, understand } from '../../src/understanding';
import { cardsOf, messageActivity, postJson } from '../helpers/activities';

describe('"Send me the details" in delegated mode', () => {
  const seen: AskRequest[] = [];
  const pipeline: Pipeline = {
    async ask(request) {
      seen.push(request);
      return {
        question: request.question, intent: { name: 'group.owners', slots: {} }, resolved: {}, queries: [], context: {}, elapsedMs: 1,
        answer: { kind: 'summary', title: 'ok', summary: 'ok', columns: [], rows: [], facts: [], followUps: [] },
      } satisfies AskOutcome;
    },
  };
  let server: BotServer;
  beforeAll(async () => {
    const settings = readSettings({ PORT: '0', HOST: '127.0.0.1', AUDIT_LOG: 'off' });
    const adapter = createAdapter(settings, () => undefined);
    const app = createTeamsApp({
      adapter, pipeline, log: () => undefined,
      askerFor: (ctx) => ({ upn: 'someone', objectId: ctx.activity.from?.aadObjectId }),
      userAssertionFor: (ctx) => `sso-token-of-${ctx.activity.from?.aadObjectId}`,
    });
    server = await startBotServer({
      adapter, logic: (ctx) => app.run(ctx).then(() => undefined), host: '127.0.0.1', port: 0,
      maxBodyBytes: 256 * 1024, allowedTenants: [], log: () => undefined,
    });
  });
  afterAll(async () => server?.close());

  it('passes the presser\'s token and the channel with the private question', async () => {
    const res = await postJson(`${server.url}/api/messages`, messageActivity({ fromAadObjectId: 'aad-9', value: { verb: 'private', question: 'who owns Finance Department?' } }));
    expect(cardsOf(await res.json())).toHaveLength(1);
    expect(seen.map((r) => [r.asker.objectId, r.userAssertion, r.channel])).toEqual([['aad-9', 'sso-token-of-aad-9', 'msteams']]);
  });
});

describe('an owner\'s exception and nested groups', () => {
  let runtime: Runtime;
  let model: GeneratedTenantModel;
  beforeAll(async () => {
    runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
    model = runtime.model as GeneratedTenantModel;
  }, 120_000);
  afterAll(async () => { await runtime?.close(); });

  it('a guest who owns a group with nested groups sees its direct members only', async () => {
    const groupIds = new Set(model.groups.map((g) => g.id));
    const owned = model.groupOwners.find((o) => (model.groupMembers.find((m) => m.groupId === o.groupId)?.memberIds ?? []).some((id) => groupIds.has(id)));
    expect(owned, 'the test tenant has an owned group with a nested group').toBeDefined();
    const group = model.groups.find((g) => g.id === owned!.groupId)!;
    const ownerId = owned!.ownerIds[0]!;
    const owner = model.users.find((u) => u.id === ownerId)!;
    const direct = new Set(model.groupMembers.find((m) => m.groupId === group.id)!.memberIds);
    // The same person, as a guest (the demo tenant has no guest owning a nested group).
    const facts = demoFactsProvider(model);
    const asGuest = { async factsFor(a: Parameters<typeof facts.factsFor>[0]) { const f = await facts.factsFor(a); return f && { ...f, userType: 'Guest' as const }; } };
    const gazetteer = buildGazetteer(model);
    const pipeline = createPipeline({
      understand: (text, context, now) => understand(text, context, { now, gazetteer }),
      graph: createGraphSource({ mode: 'demo', baseUrl: runtime.graphUrl! }),
      now: () => new Date(model.tenant.anchorTime), tenantId: model.tenant.tenantId,
      authorize: createAuthorizer(asGuest),
    });
    const asker = { upn: String(owner['userPrincipalName']), objectId: owner.id };
    const out = await pipeline.ask({ question: `Who is in ${String(group['displayName'])}?`, asker, context: {} });
    expect(out.authorization?.by).toBe('owner');
    expect(out.queries.some((q) => q.source === 'graph' && /transitiveMembers/.test(q.url))).toBe(false);
    const shown = JSON.stringify(out.answer.rows);
    const nestedOnly = model.users.filter((u) => !direct.has(u.id) && model.groupMembers.some((m) => direct.has(m.groupId) && m.memberIds.includes(u.id)));
    expect(nestedOnly.length).toBeGreaterThan(0);
    for (const u of nestedOnly) expect(shown, String(u['displayName'])).not.toContain(String(u['userPrincipalName']));
    // As the member they are, the transitive list is theirs to read.
    const member = await runtime.pipeline.ask({ question: `Who is in ${String(group['displayName'])}?`, asker, context: {} });
    expect(member.queries.some((q) => q.source === 'graph' && /transitiveMembers/.test(q.url))).toBe(true);
  }, 60_000);
});
