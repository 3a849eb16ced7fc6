import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../understanding-llm/fake-openai';
import { runCli } from '../helpers/cli';

describe('with OPENAI_* set, the runtime puts the LLM planner in front of the parser', () => {
  let fake: FakeOpenAi;
  const saved = { key: process.env.OPENAI_API_KEY, endpoint: process.env.OPENAI_ENDPOINT };
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    process.env.OPENAI_API_KEY = 'sk-test-not-real';
    process.env.OPENAI_ENDPOINT = `${fake.origin}/v1`;
  });
  afterAll(async () => {
    for (const [k, v] of [['OPENAI_API_KEY', saved.key], ['OPENAI_ENDPOINT', saved.endpoint]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await fake?.close();
  });

  it("uses the model's intent when it is valid, and answers it from the tenant", async () => {
    fake.reply = { content: '{"name":"group.owners","slots":{"group":"Finance Department"}}' };
    const r = await runCli(['ask', 'the folks responsible for the bean counters directory group, please', '--json']);
    const out = JSON.parse(r.stdout);
    expect(fake.requests).toHaveLength(1);
    expect(out.intent).toMatchObject({ name: 'group.owners', slots: { group: 'Finance Department' } });
    expect(out.answer.rows.map((row: string[]) => row[0])).toContain('Megan Bowen');
  });

  it('falls back to the deterministic parser when the model answers nonsense', async () => {
    fake.reply = { content: 'not json at all' };
    const before = fake.requests.length;
    const out = JSON.parse((await runCli(['ask', 'who owns the Finance Department group?', '--json'])).stdout);
    expect(fake.requests.length).toBe(before + 1);
    expect(out.intent.name).toBe('group.owners');
    expect(out.answer.kind).toBe('table');
  });
});
