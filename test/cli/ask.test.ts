import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

describe('entra-ask ask --json', () => {
  it('follows the contract for "who owns the Finance Department group?"', async () => {
    const r = await runCli(['ask', 'who owns the Finance Department group?', '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(out.question).toBe('who owns the Finance Department group?');
    expect(out.intent).toEqual({ name: 'group.owners', slots: expect.objectContaining({ group: 'Finance Department' }) });
    expect(out.resolved.group).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), displayName: 'Finance Department' });
    expect(out.queries.at(-1)).toEqual({ source: 'graph', method: 'GET', url: expect.stringMatching(/^https:\/\/graph\.microsoft\.com\/v1\.0\/groups\/[0-9a-f-]{36}\/owners\?/) });
    expect(out.answer).toMatchObject({ kind: 'table', title: 'Owners of Finance Department', summary: '2 owners', columns: ['displayName', 'userPrincipalName', 'jobTitle'] });
    expect(out.answer.rows.map((r: string[]) => r[0])).toContain('Megan Bowen');
    expect(out.answer.facts).toEqual([]);
    expect(out.answer.followUps.length).toBeGreaterThan(0);
    expect(out.card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(typeof out.elapsedMs).toBe('number');
  });

  it('prints a readable table without --json', async () => {
    const r = await runCli(['ask', 'who owns the Finance Department group?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Owners of Finance Department\n=+\n2 owners/);
    expect(r.stdout).toMatch(/Name\s+User principal name\s+Job title\n-+/);
    expect(r.stdout).toContain('Query: GET https://graph.microsoft.com/v1.0/groups/');
  });

  it('carries the conversation across calls with --context', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'entra-ask-ctx-'));
    const file = path.join(dir, 'chat.json');
    const first = JSON.parse((await runCli(['ask', 'Give me all user details for karita@woodgrovebank.com', '--json', '--context', file])).stdout);
    expect(first.intent.name).toBe('user.details');
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.users[0].key).toBe('karita@woodgrovebank.com');
    const second = JSON.parse((await runCli(['ask', "is this user's account enabled?", '--json', '--context', file])).stdout);
    expect(second.resolved.user.userPrincipalName).toBe('karita@woodgrovebank.com');
  });

  it('answers a batch in order from one process', async () => {
    const r = await runCli(['ask', '--batch', '-', '--json'], { stdin: 'help\n\nwho owns the Finance Department group?\n' });
    expect(r.code).toBe(0);
    const outs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(outs.map((o) => o.intent.name)).toEqual(['help', 'group.owners']);
  });

  it('treats each batch line as a new conversation: no context passes from one line to the next', async () => {
    const r = await runCli(['ask', '--batch', '-', '--json'], { stdin: "Give me all user details for karita@woodgrovebank.com\nis this user's account enabled?\n" });
    expect(r.code).toBe(0);
    const [first, second] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first.intent.name).toBe('user.details');
    // "this user" has nobody to point at: the second line asks whom it means instead of answering about Karita.
    expect(second.intent.slots.user).toBeUndefined();
    expect(second.resolved.user).toBeUndefined();
  });

  it('with --context, the batch lines are one conversation, saved to the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'entra-ask-ctx-'));
    const file = path.join(dir, 'chat.json');
    const r = await runCli(['ask', '--batch', '-', '--json', '--context', file], { stdin: "Give me all user details for karita@woodgrovebank.com\nis this user's account enabled?\n" });
    const [, second] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(second.resolved.user.userPrincipalName).toBe('karita@woodgrovebank.com');
    expect(JSON.parse(await readFile(file, 'utf8')).users[0].key).toBe('karita@woodgrovebank.com');
  });

  it('exits 0 for answers that are not tables (unknown, clarify)', async () => {
    const r = await runCli(['ask', 'purple monkey dishwasher', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).intent.name).toBe('unknown');
  });

  it.each([
    [['ask'], /exactly one question/],
    [['ask', 'a', 'b'], /exactly one question/],
    [['ask', 'help', '--bogus'], /bogus/],
    [['ask', 'help', '--as', 'nobody@nowhere.example'], /no such user/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 with a message for a broken invocation %j', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('refuses a --context file that is not a conversation', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'entra-ask-ctx-'));
    const file = path.join(dir, 'bad.json');
    await writeFile(file, '[1,2');
    const r = await runCli(['ask', 'help', '--context', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a conversation context');
  });
});

describe('LLM planner settings', () => {
  it('a half-configured OpenAI setting is a clear usage error, not a crash', async () => {
    const saved = process.env.OPENAI_MODEL;
    process.env.OPENAI_MODEL = 'gpt-4o-mini';
    try {
      const r = await runCli(['ask', 'help', '--json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/OpenAI is half-configured/);
      expect(r.stderr).not.toMatch(/at .*\.(js|ts):\d+/);
    } finally {
      if (saved === undefined) delete process.env.OPENAI_MODEL;
      else process.env.OPENAI_MODEL = saved;
    }
  });
});
