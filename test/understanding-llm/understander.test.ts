import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { understand, understandAs, type ConversationContext, type Intent } from '../../src/understanding';
import { createLlmUnderstander, type LlmConfig, type LlmUnderstand } from '../../src/understanding/llm';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai';

const NOW = new Date('2024-03-15T12:00:00Z');
const API_KEY = 'sk-fake-never-logged';
const deterministic = (text: string, context: ConversationContext, now: Date): Intent => understand(text, context, { now });

interface ChatBody { model: string; messages: { role: string; content: string }[]; response_format?: { type: string } }

let server: FakeOpenAi;
let lines: string[];

beforeAll(async () => { server = await startFakeOpenAi(); });
afterAll(async () => { await server.close(); });
beforeEach(() => { server.requests.length = 0; lines = []; });

function openAi(timeoutMs = 2000): LlmUnderstand {
  const config: LlmConfig = { kind: 'openai', apiKey: API_KEY, model: 'gpt-4o-mini', endpoint: `${server.origin}/v1` };
  return createLlmUnderstander(config, { fallback: deterministic, timeoutMs, log: (l) => lines.push(l) });
}

describe('createLlmUnderstander against a fake OpenAI server', () => {
  it('uses a valid model answer (intent and slots) and sends the prompt, the question and the key', async () => {
    server.reply = { content: '{"name":"riskyUsers.list","slots":{"riskState":"confirmedCompromised","riskLevel":"high","window":{"last":"P7D"}}}' };
    const context: ConversationContext = {
      lastIntent: 'user.details', users: [{ kind: 'user', id: 'u1', displayName: 'Karita Mattila', key: 'karita@woodgrovebank.com' }],
    };
    const intent = await openAi()('which accounts look compromised lately', context, NOW);
    expect(intent).toMatchObject({ name: 'riskyUsers.list', slots: { riskState: 'confirmedCompromised', riskLevel: 'high', window: { last: 'P7D' } } });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const body = request.body as ChatBody;
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    const system = body.messages[0].content;
    for (const name of ['user.details', 'signIns.summary', 'riskyUsers.list', 'report.groupMembersByDepartment', 'help', 'unknown']) {
      expect(system).toContain(`- ${name}: `);
    }
    expect(system).not.toContain('- kql.run');
    expect(system).toContain('Karita Mattila (karita@woodgrovebank.com)');
    expect(system).toContain('last intent: user.details');
    expect(system).toContain('2024-03-15T12:00:00.000Z');
    expect(body.messages[1].content).toBe('which accounts look compromised lately');
    expect(lines.some((l) => l.startsWith('understand: llm riskyUsers.list'))).toBe(true);
    expect(lines.join('\n')).not.toContain(API_KEY);
  });

  it('keeps the parser\'s slots and missing list when the model agrees, computes missing when it does not', async () => {
    server.reply = { content: '{"name":"group.owners","slots":{"group":"finance"}}' };
    expect(await openAi()('who owns the Finance Department group', {}, NOW))
      .toMatchObject({ name: 'group.owners', slots: { group: 'Finance Department' } });
    server.reply = { content: '{"name":"riskyUser.history","slots":{}}' };
    expect(await openAi()('blorp fizz wobble', {}, NOW)).toMatchObject({ name: 'riskyUser.history', slots: {}, missing: ['user'] });
  });

  it('falls back on invalid JSON, an unknown intent name, or "unknown" when the parser found an intent', async () => {
    const question = 'Can you give me sign-in logs for karita for the past 48 hours?';
    const expected = deterministic(question, {}, NOW);
    for (const content of ['Sure! The intent is signIns.list', '{"name":"signIns.delete","slots":{}}', '{"name":"unknown","slots":{}}']) {
      server.reply = { content };
      expect(await openAi()(question, {}, NOW)).toEqual(expected);
    }
    expect(server.requests).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('understand: deterministic signIns.list'))).toHaveLength(3);
  });

  it('drops slots of the wrong type and keeps the rest', async () => {
    server.reply = { content: '{"name":"signIns.failures","slots":{"user":"alain","top":"ten","errorCode":"50126","window":{"last":"P7D"},"query":"SigninLogs"}}' };
    const intent = await openAi()('blorp fizz wobble', {}, NOW);
    expect(intent).toEqual({ name: 'signIns.failures', slots: { user: 'alain', window: { last: 'P7D' } }, confidence: 0.9 });
    expect(lines.some((l) => l.includes('dropped slots top, errorCode, query'))).toBe(true);
  });

  it('falls back within the timeout when the server is slow', async () => {
    server.reply = { content: '{"name":"help","slots":{}}', delayMs: 3000 };
    const started = Date.now();
    const intent = await openAi(300)('who owns the Finance Department group', {}, NOW);
    const elapsed = Date.now() - started;
    expect(intent.name).toBe('group.owners');
    expect(elapsed).toBeLessThan(1500);
    expect(lines.some((l) => l.includes('model failed'))).toBe(true);
  });

  it('falls back on a server error (no retries)', async () => {
    server.reply = { status: 500, body: '{"error":{"message":"boom","type":"server_error"}}' };
    const intent = await openAi()('who owns the Finance Department group', {}, NOW);
    expect(intent.name).toBe('group.owners');
    expect(server.requests).toHaveLength(1);
    expect(lines.join('\n')).not.toContain(API_KEY);
  });

  it('refuses a request to change the tenant by rule: the model cannot turn it into a reading answer', async () => {
    server.reply = { content: '{"name":"user.details","slots":{"user":"alain"}}' };
    const intent = await openAi()("disable Alain's account", {}, NOW);
    expect(intent).toMatchObject({ name: 'change.refused', slots: { action: 'disable' } });
    expect(server.requests).toHaveLength(0);
    expect(lines.some((l) => l.includes('change.refused'))).toBe(true);
  });

  it('never sends raw KQL or Graph requests to the model', async () => {
    server.reply = { content: '{"name":"help","slots":{}}' };
    const ask = openAi();
    expect(await ask('SigninLogs | where ResultType != 0 | take 10', {}, NOW))
      .toMatchObject({ name: 'kql.run', slots: { query: 'SigninLogs | where ResultType != 0 | take 10' } });
    expect(await ask('GET /users?$top=5', {}, NOW)).toMatchObject({ name: 'graph.get', slots: { path: '/users?$top=5' } });
    expect(server.requests).toHaveLength(0);
  });

  it('does not pass an earlier raw query to the model through the conversation context', async () => {
    server.reply = { content: '{"name":"help","slots":{}}' };
    const context: ConversationContext = {
      lastQuestion: 'SigninLogs | where UserPrincipalName == "secret-upn" | take 3',
      lastIntent: 'kql.run', lastSlots: { query: 'SigninLogs | where UserPrincipalName == "secret-upn" | take 3' },
    };
    expect(await openAi()('what can you do', context, NOW)).toMatchObject({ name: 'help' });
    expect(server.requests).toHaveLength(1);
    const body = JSON.stringify(server.requests[0].body);
    expect(body).toContain('last intent: kql.run');
    expect(body).not.toContain('secret-upn');
  });
});

describe('createLlmUnderstander with Azure OpenAI', () => {
  it('calls the deployment path with the api key header and api-version', async () => {
    server.reply = { content: '{"name":"apps.external","slots":{"top":5}}' };
    const config: LlmConfig = { kind: 'azure', apiKey: API_KEY, endpoint: 'https://fake.openai.azure.com', deployment: 'gpt4o', apiVersion: '2024-06-01' };
    // The SDK only accepts https Azure endpoints: a fetch that sends them to the local fake instead.
    const redirect: typeof fetch = (url, init) =>
      fetch(String(url).replace('https://fake.openai.azure.com', server.origin), init);
    const ask = createLlmUnderstander(config, { fallback: deterministic, timeoutMs: 2000, fetch: redirect, log: (l) => lines.push(l) });
    expect(await ask('apps from other companies, five of them', {}, NOW)).toMatchObject({ name: 'apps.external', slots: { top: 5 } });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].url).toBe('/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01');
    expect(server.requests[0].headers['api-key']).toBe(API_KEY);
    expect(lines.join('\n')).not.toContain(API_KEY);
  });
});

describe('createLlmUnderstander when both say unknown', () => {
  it("returns the parser's unknown with its alternatives", async () => {
    server.reply = { content: '{"name":"unknown","slots":{}}' };
    const config: LlmConfig = { kind: 'openai', apiKey: API_KEY, model: 'gpt-4o-mini', endpoint: `${server.origin}/v1` };
    const ask = createLlmUnderstander(config, { fallback: deterministic });
    const intent = await ask('blorp fizz wobble', {}, NOW);
    expect(intent).toEqual(deterministic('blorp fizz wobble', {}, NOW));
    expect(intent.alternatives?.length).toBeGreaterThan(0);
  });
});

describe('createLlmUnderstander follows the parser\'s rules (issue 16)', () => {
  const deterministicAs = (name: Intent['name'], text: string, context: ConversationContext, now: Date): Intent => understandAs(name, text, context, { now });
  function planner(): LlmUnderstand {
    const config: LlmConfig = { kind: 'openai', apiKey: API_KEY, model: 'gpt-4o-mini', endpoint: `${server.origin}/v1` };
    return createLlmUnderstander(config, { fallback: deterministic, fallbackAs: deterministicAs, timeoutMs: 2000, log: (l) => lines.push(l) });
  }

  it('an out-of-scope question stays unknown: never sent to the model, never another family\'s rows', async () => {
    server.reply = { content: '{"name":"users.search","slots":{}}' };
    const intent = await planner()('which Intune compliance policies apply to our laptops', {}, NOW);
    expect(intent.name).toBe('unknown');
    expect(intent.outOfScope).toBeDefined();
    expect(server.requests).toHaveLength(0);
    expect(lines.some((l) => l.includes('out of scope'))).toBe(true);
  });

  it('a count no family computes stays unknown, never sent to the model (counted-conditions.ts)', async () => {
    server.reply = { content: '{"name":"signIns.summary","slots":{"groupBy":"user"}}' };
    const intent = await planner()('which users signed in to the most applications last week', {}, NOW);
    expect(intent).toMatchObject({ name: 'unknown', outOfScope: 'the most applications' });
    expect(server.requests).toHaveLength(0);
  });

  it("a ranking the model's intent cannot do is named", async () => {
    // "who made the most changes": the parser reads the audit log with the ranking named; the model picks the same list.
    server.reply = { content: '{"name":"audit.changes","slots":{}}' };
    const intent = await planner()('who made the most changes to groups this week', {}, NOW);
    expect(intent.name).toBe('audit.changes');
    expect(intent.notApplied).toContain('ranked by the most changes');
    // Read through understandAs (the model's intent differing from the parser's), the ranking is named too.
    expect(understandAs('audit.forUser', 'who made the most changes to groups this week', {}, { now: NOW }).notApplied).toContain('ranked by the most changes');
  });

  it('a change request is change.refused whatever the model would say', async () => {
    server.reply = { content: '{"name":"users.inactive","slots":{}}' };
    const intent = await planner()("I need to disable all users who haven't signed in for 90 days", {}, NOW);
    expect(intent).toMatchObject({ name: 'change.refused', slots: { action: 'disable' } });
    expect(server.requests).toHaveLength(0);
  });

  it('the model may choose change.refused itself (nothing runs)', async () => {
    server.reply = { content: '{"name":"change.refused","slots":{"action":"revoke"}}' };
    const intent = await planner()('those sessions of Alain should go away', {}, NOW);
    expect(intent).toMatchObject({ name: 'change.refused', slots: { action: 'revoke' } });
  });

  it('constraints the model\'s intent cannot apply are named (notApplied), and those it left out are applied from the question', async () => {
    // The model reads "sign-ins without MFA from non-compliant devices" as the summary and drops both filters.
    server.reply = { content: '{"name":"signIns.summary","slots":{"groupBy":"app"}}' };
    const summary = await planner()('count of sign-ins without MFA from non-compliant devices by app this week', {}, NOW);
    expect(summary.name).toBe('signIns.summary');
    expect(summary.slots).toMatchObject({ groupBy: 'app', authRequirement: 'singleFactor', deviceCompliant: false });
    // Read as users.search, a sign-in constraint cannot be applied: it is named.
    server.reply = { content: '{"name":"users.search","slots":{"userType":"guest"}}' };
    const users = await planner()('guest users who signed in without MFA', {}, NOW);
    expect(users.name).toBe('users.search');
    expect(users.slots).toMatchObject({ userType: 'guest' });
    expect(users.notApplied).toContain('without MFA');
  });

  it('when the model agrees with the parser, the parser\'s notApplied stays', async () => {
    const parsed = deterministic('risky sign-ins for Karita without MFA', {}, NOW);
    expect(parsed.notApplied).toContain('without MFA');
    server.reply = { content: `{"name":"${parsed.name}","slots":{"user":"Karita"}}` };
    const intent = await planner()('risky sign-ins for Karita without MFA', {}, NOW);
    expect(intent.name).toBe(parsed.name);
    expect(intent.notApplied).toContain('without MFA');
  });
});
