/**
 * The five intents of issue 16 part A asked as people word them, through the command line
 * (`entra-ask ask … --json`, cli-contract.md) and through the bot (POST /api/messages), over the
 * shared test tenant; every expected value is computed from that tenant's own model.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadOrCreateDemoTenant, type DemoTenant } from '../../../src/demo/store';
import type { GraphObject } from '../../../src/demo/model';
import { cardsOf, cardText, messageActivity, postJson } from '../../helpers/activities';
import { startTestBot } from '../../helpers/bot';
import { runCli } from '../../helpers/cli';

let demo: DemoTenant;
beforeAll(async () => { demo = await loadOrCreateDemoTenant(inject('demoDataDir')); }, 120_000);

const DAY = 86_400_000;
const user = (upn: string): GraphObject => demo.model.users.find((u) => u['userPrincipalName'] === upn)!;
const nameOf = (id: string): string => String(demo.model.users.find((u) => u.id === id)?.['displayName']);
const reportsOf = (id: string): string[] => demo.model.userManagers.filter((m) => m.managerId === id).map((m) => m.userId);
const sku = (part: string): GraphObject => demo.model.subscribedSkus.find((s) => s['skuPartNumber'] === part)!;
const skuIdsOf = (u: GraphObject): string[] => (u['assignedLicenses'] as { skuId: string }[]).map((a) => a.skuId);
const enabled = (s: GraphObject): number => (s['prepaidUnits'] as { enabled: number }).enabled;

interface Out { intent: { name: string; slots: Record<string, unknown> }; answer: { kind: string; title: string; summary: string; columns: string[]; rows: unknown[][] } }
async function ask(question: string): Promise<Out> {
  const r = await runCli(['ask', question, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim()) as Out;
}
const col = (out: Out, name: string): unknown[] => {
  const i = out.answer.columns.indexOf(name);
  expect(i, `${name} in ${out.answer.columns.join(',')}`).toBeGreaterThanOrEqual(0);
  return out.answer.rows.map((r) => r[i]);
};

describe('through the CLI: entra-ask ask --json', () => {
  it('"Who reports to Megan?" → user.directReports, her direct reports in the tenant', async () => {
    const out = await ask('Who reports to Megan?');
    expect(out.intent).toEqual({ name: 'user.directReports', slots: { user: 'Megan Bowen' } });
    const megan = user('meganb@woodgrovebank.com');
    expect([...col(out, 'displayName')].sort()).toEqual(reportsOf(megan.id).map(nameOf).sort());
  });

  it('"everyone under Megan at every level" → transitive, the whole chain below her', async () => {
    const out = await ask('show everyone under Megan Bowen at every level');
    expect(out.intent.name).toBe('user.directReports');
    expect(out.intent.slots['transitive']).toBe(true);
    const megan = user('meganb@woodgrovebank.com');
    const all: string[] = [];
    let frontier = [megan.id];
    while (frontier.length) { frontier = frontier.flatMap(reportsOf); all.push(...frontier); }
    expect(all.length).toBeGreaterThan(reportsOf(megan.id).length);
    expect([...col(out, 'displayName')].sort()).toEqual(all.map(nameOf).sort());
  });

  it('"Which users haven\'t registered for MFA?" → users.mfaStatus, registered=false, the registration report\'s people', async () => {
    const out = await ask("Which users haven't registered for MFA?");
    expect(out.intent).toEqual({ name: 'users.mfaStatus', slots: { registered: false } });
    const expected = demo.model.userRegistrationDetails.filter((r) => r['isMfaRegistered'] === false).map((r) => String(r['userPrincipalName']));
    expect(expected.length).toBeGreaterThan(0);
    expect([...col(out, 'userPrincipalName')].sort()).toEqual(expected.sort());
  });

  it('"Which users were deleted recently?" → users.deleted, every deleted user, each still restorable', async () => {
    const out = await ask('Which users were deleted recently?');
    expect(out.intent.name).toBe('users.deleted');
    const anchor = Date.parse(demo.model.tenant.anchorTime);
    const expected = [...demo.model.deletedUsers].sort((a, b) => Date.parse(String(b['deletedDateTime'])) - Date.parse(String(a['deletedDateTime'])));
    expect(col(out, 'displayName')).toEqual(expected.map((u) => u['displayName']));
    expect(expected.every((u) => Date.parse(String(u['deletedDateTime'])) > anchor - 30 * DAY)).toBe(true);
  });

  it('"What licences does Karita have?" → users.licenses, her assigned SKUs', async () => {
    const out = await ask('What licences does Karita have?');
    expect(out.intent.name).toBe('users.licenses');
    const karita = user('karita@woodgrovebank.com');
    const expected = skuIdsOf(karita).map((id) => String(demo.model.subscribedSkus.find((s) => s['skuId'] === id)!['skuPartNumber']));
    expect([...col(out, 'skuPartNumber')].sort()).toEqual(expected.sort());
  });

  it('"Who has Entra ID P2?" and "users without a licence" → users.licenses by SKU and unlicensed', async () => {
    const p2 = sku('AAD_PREMIUM_P2');
    const holders = await ask('Who has Entra ID P2?');
    expect(holders.intent).toEqual({ name: 'users.licenses', slots: { sku: 'Microsoft Entra ID P2' } });
    expect([...col(holders, 'userPrincipalName')].sort()).toEqual(demo.model.users.filter((u) => skuIdsOf(u).includes(String(p2['skuId']))).map((u) => String(u['userPrincipalName'])).sort());
    const none = await ask('which users have no licence?');
    expect(none.intent).toEqual({ name: 'users.licenses', slots: { unlicensed: true } });
    expect([...col(none, 'userPrincipalName')].sort()).toEqual(demo.model.users.filter((u) => skuIdsOf(u).length === 0).map((u) => String(u['userPrincipalName'])).sort());
  });

  it('"How many P2 licences do we have and how many are used?" → licenses.summary with the subscription\'s units', async () => {
    const out = await ask('How many P2 licences do we have and how many are used?');
    expect(out.intent).toEqual({ name: 'licenses.summary', slots: { sku: 'Microsoft Entra ID P2' } });
    const p2 = sku('AAD_PREMIUM_P2');
    expect(out.answer.summary).toBe(`Microsoft Entra ID P2: ${p2['consumedUnits']} of ${enabled(p2)} assigned, ${enabled(p2) - Number(p2['consumedUnits'])} available.`);
  });
});

describe('through the bot: POST /api/messages', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => { bot = await startTestBot(); }, 120_000);
  afterAll(async () => bot?.close());

  async function card(text: string): Promise<string> {
    const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text }));
    expect(res.status).toBe(200);
    const cards = cardsOf(await res.json());
    expect(cards).toHaveLength(1);
    return cardText(cards[0]);
  }

  it('answers each of the five intents with a card holding the tenant\'s own values', async () => {
    const megan = user('meganb@woodgrovebank.com');
    const reports = await card('Who reports to Megan?');
    expect(reports).toContain('Direct reports of Megan Bowen');
    for (const id of reportsOf(megan.id)) expect(reports).toContain(nameOf(id));

    const mfa = await card("Which users haven't registered for MFA?");
    expect(mfa).toContain('MFA registration: not registered');
    const first = demo.model.userRegistrationDetails.filter((r) => r['isMfaRegistered'] === false)
      .map((r) => String(r['userDisplayName'])).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))[0]!;
    expect(mfa).toContain(first);

    const deleted = await card('Which users were deleted recently?');
    expect(deleted).toContain('Deleted users');
    const latest = [...demo.model.deletedUsers].sort((a, b) => Date.parse(String(b['deletedDateTime'])) - Date.parse(String(a['deletedDateTime'])))[0]!;
    expect(deleted).toContain(String(latest['displayName']));

    const licences = await card('What licences does Karita have?');
    expect(licences).toContain('Licences of Karita');
    expect(licences).toContain('Microsoft Entra ID P2');

    const p2 = sku('AAD_PREMIUM_P2');
    const summary = await card('How many P2 licences do we have and how many are used?');
    expect(summary).toContain(`Microsoft Entra ID P2: ${p2['consumedUnits']} of ${enabled(p2)} assigned`);
  });
});
