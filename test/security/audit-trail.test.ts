/**
 * A complete audit trail (issue 18): every verb leaves one line with the right channel and asker —
 * questions, help, "Show more", "Send me the details", CSV downloads; anonymous local requests are
 * recorded as `anonymous`, not under the demo Global Administrator's id; queries built from
 * values the tenant returned (a second round's ids) carry `<from results>` instead of them.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../src/audit';
import type { GeneratedTenantModel } from '../../src/demo/model';
import { PERSONAS } from '../../src/demo/personas';
import { cardsOf, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';

let bot: Awaited<ReturnType<typeof startTestBot>>;
let dir: string;
let file: string;
let model: GeneratedTenantModel;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'entra-ask-audit-'));
  file = path.join(dir, 'audit.jsonl');
  bot = await startTestBot({ AUDIT_LOG: file });
  model = bot.runtime.model as GeneratedTenantModel;
}, 120_000);
afterAll(async () => { await bot?.close(); await rm(dir, { recursive: true, force: true }); });

async function lines(): Promise<AuditRecord[]> {
  await new Promise((r) => setTimeout(r, 100));
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditRecord);
}

async function send(extra: Parameters<typeof messageActivity>[0]): Promise<Record<string, unknown>> {
  const res = await postJson(`${bot.server.url}/api/messages`, messageActivity(extra));
  expect(res.status).toBe(200);
  return cardsOf(await res.json())[0]!;
}

function urls(card: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o['url'] === 'string') out.push(o['url']);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}

const natashaId = () => model.users.find((u) => u['userPrincipalName'] === PERSONAS.natasha.upn)!.id;

describe('every verb leaves one line', () => {
  it('help (command and button), a question, "Show more", "Send me the details", a CSV download', async () => {
    const me = natashaId();
    const before = (await lines()).length;
    await send({ text: 'help', fromAadObjectId: me });
    await send({ value: { verb: 'help' }, fromAadObjectId: me });
    const q = 'who had access to Salesforce between 2026-06-01 and 2026-11-15?';
    const card = await send({ text: q, fromAadObjectId: me, conversationId: 'a:audit-1' });
    await send({ value: { verb: 'showMore', question: q, page: 1, offset: 25 }, fromAadObjectId: me, conversationId: 'a:audit-1' });
    await send({ value: { verb: 'private', question: 'who owns the Finance Department group?' }, fromAadObjectId: me });
    const csv = urls(card).find((u) => u.includes('/exports/'));
    expect(csv, 'the answer offers a CSV download').toBeDefined();
    expect((await fetch(csv!)).status).toBe(200);
    const got = (await lines()).slice(before);
    // A question's outcome is its answer kind; a verb that runs no question has the verb.
    expect(got.map((l) => [l.outcome, l.channel, l.askerObjectId])).toEqual([
      ['help', 'msteams', me], ['help', 'msteams', me], ['table', 'msteams', me], ['showMore', 'msteams', me],
      ['table', 'msteams', me], ['csvDownload', 'msteams', me],
    ]);
  }, 120_000);

  it('records a local request nobody identified as anonymous, not as the Global Administrator', async () => {
    const before = (await lines()).length;
    await send({ text: 'who owns the Finance Department group?' });
    const [line] = (await lines()).slice(before);
    const patti = model.users.find((u) => u['userPrincipalName'] === PERSONAS.patti.upn)!.id;
    expect(line!.askerObjectId).toBe('anonymous');
    expect(JSON.stringify(line)).not.toContain(patti);
  });

  it('keeps no ids read from the tenant in the queries: a second round\'s values are <from results>', async () => {
    const before = (await lines()).length;
    await send({ text: 'Which apps can Karita access?', fromAadObjectId: natashaId() });
    const [line] = (await lines()).slice(before);
    expect(line!.intent).toBe('user.apps');
    const karita = model.users.find((u) => String(u['userPrincipalName']).startsWith('karita@'))!.id;
    const text = JSON.stringify(line!.queries);
    // The assignments come with the name lookup ($expand, issue 21): the second round (the apps'
    // role names) is built from them, so its ids are the tenant's and are kept out.
    expect(text).toContain('$expand=appRoleAssignments');
    expect(text).toContain('<from results>');
    const ids = new Set([...model.groups.map((g) => g.id), ...model.servicePrincipals.map((s) => s.id)]);
    const leaked = [...text.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)].map((m) => m[0]).filter((id) => ids.has(id));
    expect(leaked).toEqual([]);
    // An id resolved from the name the person typed is kept (the first round's request by id).
    const groupsAt = (await lines()).length;
    await send({ text: 'Which groups is Karita a member of?', fromAadObjectId: natashaId() });
    const [groups] = (await lines()).slice(groupsAt);
    expect(groups!.intent).toBe('user.groups');
    expect(JSON.stringify(groups!.queries)).toContain(karita);
  }, 60_000);
});
