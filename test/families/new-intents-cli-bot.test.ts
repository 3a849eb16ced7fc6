/**
 * The intents groups.search, signIns.unusualLocations, audit.forObject, apps.userConsent and
 * apps.ownedBy asked in words through the command line (`entra-ask ask … --json`, the whole
 * runtime: understanding, policy, strict demo Graph endpoint, KQL store) and through the bot's
 * /api/messages, over the shared test tenant. Every expected value is computed here from the
 * tenant's own files (model and sign-in log), never from the answer code.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GeneratedTenantModel, GraphObject } from '../../src/demo/model';
import { loadTenantModel, readSignIns, SIGN_INS_FILE } from '../../src/demo/store';
import { cardsOf, cardText, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';
import { runCli } from '../helpers/cli';
import { validateCard } from '../cards/validate-card';

interface CliOut {
  readonly intent: { readonly name: string; readonly slots: Record<string, unknown> };
  readonly queries: readonly { readonly source: string; readonly url?: string; readonly text?: string }[];
  readonly card: unknown;
  readonly answer: { readonly kind: string; readonly title: string; readonly summary: string; readonly columns: readonly string[]; readonly rows: readonly (readonly unknown[])[] };
}

let model: GeneratedTenantModel;
let signIns: GraphObject[];
let bot: Awaited<ReturnType<typeof startTestBot>>;

beforeAll(async () => {
  const dir = inject('demoDataDir');
  model = await loadTenantModel(dir);
  signIns = [];
  for await (const s of readSignIns(path.join(dir, SIGN_INS_FILE))) signIns.push(s);
  // Build the KQL store (first use loads the tenant into it) before the bot opens it: a bot and a
  // command line loading one store at the same time in one process can read a half-loaded store
  // (src/runtime/kql-store.ts; in production one process holds one store).
  const warm = await runCli(['kql', 'SigninLogs | take 1', '--json']);
  expect(warm.code, warm.stderr).toBe(0);
  bot = await startTestBot();
}, 240_000);
afterAll(async () => bot?.close());

async function ask(question: string): Promise<CliOut> {
  const r = await runCli(['ask', question, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as CliOut;
}

function col(out: CliOut, name: string): unknown[] {
  const i = out.answer.columns.indexOf(name);
  expect(i, `column ${name} in ${out.answer.columns.join(',')}`).toBeGreaterThanOrEqual(0);
  return out.answer.rows.map((r) => r[i]);
}

async function botCard(question: string): Promise<string> {
  const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text: question }));
  expect(res.status).toBe(200);
  const cards = cardsOf(await res.json());
  expect(cards).toHaveLength(1);
  return cardText(cards[0]);
}

const userName = (id: unknown): string => String(model.users.find((u) => u.id === id)?.['displayName'] ?? '');
const spOf = (id: unknown): GraphObject | undefined => model.servicePrincipals.find((s) => s.id === id);
const targets = (a: GraphObject): { id: string; displayName: string }[] => a['targetResources'] as { id: string; displayName: string }[];
const anchor = (): number => Date.parse(model.tenant.anchorTime);

describe('groups.search, asked in words', () => {
  it('"list all security groups": every security group of the tenant, Microsoft 365 groups left out (CLI and bot)', async () => {
    const expected = model.groups.filter((g) => g['securityEnabled'] === true && !(g['groupTypes'] as string[]).includes('Unified'))
      .map((g) => String(g['displayName'])).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    const out = await ask('list all security groups');
    expect(out.intent).toEqual({ name: 'groups.search', slots: { groupType: 'security' } });
    expect(col(out, 'displayName')).toEqual(expected);
    const card = await botCard('list all security groups');
    expect(card).toContain('Security groups');
    expect(card).toContain(`${expected.length} groups`);
  });

  it('"groups created this month": the groups whose creation date falls in this calendar month', async () => {
    const a = new Date(anchor());
    const from = Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), 1);
    const expected = model.groups.filter((g) => Date.parse(String(g['createdDateTime'])) >= from).map((g) => g['displayName']);
    expect(expected).toContain('Mortgage Pilot Team');
    const out = await ask('groups created this month');
    expect(out.intent.name).toBe('groups.search');
    expect(col(out, 'displayName')).toEqual(expected);
    expect(await botCard('groups created this month')).toContain('Mortgage Pilot Team');
  });
});

describe('signIns.unusualLocations, asked in words', () => {
  /** Per user, the countries of [from, to) — computed from the sign-in log file. */
  function countries(from: number, to: number, userId?: string): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    for (const s of signIns) {
      const t = Date.parse(String(s['createdDateTime']));
      const c = String((s['location'] as { countryOrRegion?: string } | undefined)?.countryOrRegion ?? '');
      if (t < from || t > to || c === '' || (userId !== undefined && s['userId'] !== userId)) continue;
      const set = out.get(String(s['userId'])) ?? new Set<string>();
      set.add(c);
      out.set(String(s['userId']), set);
    }
    return out;
  }

  it('"did Karita sign in from somewhere new?": Nigeria (the Lagos sign-ins of her story), never seen in her baseline', async () => {
    const karita = model.users.find((u) => u['userPrincipalName'] === 'karita@woodgrovebank.com')!;
    const to = anchor();
    const from = to - 7 * 86_400_000;
    const usual = countries(from - 30 * 86_400_000, from, karita.id).get(karita.id) ?? new Set<string>();
    const now = countries(from, to, karita.id).get(karita.id) ?? new Set<string>();
    const fresh = [...now].filter((c) => !usual.has(c));
    expect(fresh).toContain('NG');
    expect(usual.size).toBeGreaterThan(0);
    const out = await ask('did Karita sign in from somewhere new?');
    expect(out.intent).toMatchObject({ name: 'signIns.unusualLocations', slots: { user: expect.stringContaining('Karita') } });
    expect(out.queries.at(-2)).toMatchObject({ source: 'kql', text: expect.stringContaining('join kind=leftanti usual on UserId, Country') });
    expect(validateCard(out.card as Parameters<typeof validateCard>[0])).toEqual([]);
    expect(col(out, 'country').sort()).toEqual(fresh.map((c) => (c === 'NG' ? 'Nigeria' : c)).sort());
    const lagos = signIns.filter((s) => s['userId'] === karita.id && (s['location'] as { countryOrRegion: string }).countryOrRegion === 'NG'
      && Date.parse(String(s['createdDateTime'])) >= from);
    const ng = out.answer.rows[col(out, 'country').indexOf('Nigeria')]!;
    expect(ng[out.answer.columns.indexOf('signIns')]).toBe(lagos.length);
    expect(ng[out.answer.columns.indexOf('failed')]).toBe(lagos.filter((s) => (s['status'] as { errorCode: number }).errorCode !== 0).length);
    const card = await botCard('did Karita sign in from somewhere new?');
    expect(card, card).toContain('Nigeria');
  }, 60_000);

  it('tenant-wide: every person with a country new to them this week, people without a baseline left out', async () => {
    const to = anchor();
    const from = to - 7 * 86_400_000;
    const usual = countries(from - 30 * 86_400_000, from);
    const now = countries(from, to);
    const expected = new Set<string>();
    for (const [user, set] of now) {
      const before = usual.get(user);
      if (before === undefined) continue;
      for (const c of set) if (!before.has(c)) expected.add(`${user}/${c}`);
    }
    const out = await ask("sign-ins from countries we don't usually see");
    expect(out.intent.name).toBe('signIns.unusualLocations');
    const upnToId = new Map(model.users.map((u) => [String(u['userPrincipalName']), u.id]));
    expect(expected.size).toBeGreaterThan(0);
    // one row per person and new country: as many rows, and per person as many countries
    expect(out.answer.rows).toHaveLength(expected.size);
    const perUser = (pairs: readonly string[]): Record<string, number> => pairs.reduce<Record<string, number>>((m, p) => ({ ...m, [p]: (m[p] ?? 0) + 1 }), {});
    expect(perUser(out.answer.rows.map((r) => String(upnToId.get(String(r[0])))))).toEqual(perUser([...expected].map((e) => e.split('/')[0]!)));
  });
});

describe('audit.forObject, asked in words', () => {
  it('"who created the Mortgage Pilot Team group?": the creation event and who did it (CLI and bot)', async () => {
    const group = model.groups.find((g) => g['displayName'] === 'Mortgage Pilot Team')!;
    const created = model.directoryAudits.filter((a) => a['activityDisplayName'] === 'Add group' && targets(a).some((x) => x.id === group.id));
    expect(created).toHaveLength(1);
    const by = (created[0]!['initiatedBy'] as { user: { userPrincipalName: string } }).user.userPrincipalName;
    const out = await ask('who created the Mortgage Pilot Team group?');
    expect(out.intent).toEqual({ name: 'audit.forObject', slots: { group: 'Mortgage Pilot Team', activity: 'created' } });
    expect(col(out, 'activity')).toEqual(['Add group']);
    expect(col(out, 'initiatedBy')).toEqual([by]);
    expect(await botCard('who created the Mortgage Pilot Team group?')).toContain(by);
  });

  it('"audit history of the Mortgage Pilot Team group": every event that targets it, newest first', async () => {
    const group = model.groups.find((g) => g['displayName'] === 'Mortgage Pilot Team')!;
    const expected = model.directoryAudits.filter((a) => targets(a).some((x) => x.id === group.id))
      .sort((a, b) => String(b['activityDateTime']).localeCompare(String(a['activityDateTime']))).map((a) => a['activityDisplayName']);
    const out = await ask('audit history of the Mortgage Pilot Team group');
    expect(out.intent.name).toBe('audit.forObject');
    expect(col(out, 'activity')).toEqual(expected);
  });
});

describe('audit.forObject beyond the 30 days Graph keeps', () => {
  it('"changes to the Mortgage Pilot Team group in the last 90 days": asked of AuditLogs in the log store, the same events', async () => {
    const group = model.groups.find((g) => g['displayName'] === 'Mortgage Pilot Team')!;
    const expected = model.directoryAudits.filter((a) => targets(a).some((x) => x.id === group.id))
      .sort((a, b) => String(b['activityDateTime']).localeCompare(String(a['activityDateTime'])));
    const out = await ask('audit history of the Mortgage Pilot Team group in the last 90 days');
    expect(out.intent).toMatchObject({ name: 'audit.forObject', slots: { group: 'Mortgage Pilot Team', window: { last: 'P90D' } } });
    expect(out.queries.filter((q) => q.source === 'kql')).toHaveLength(1);
    expect(out.queries.some((q) => q.source === 'graph' && String(q.url).includes('/auditLogs/'))).toBe(false);
    expect(col(out, 'activity')).toEqual(expected.map((a) => a['activityDisplayName']));
    expect(col(out, 'initiatedBy')).toEqual(expected.map((a) => (a['initiatedBy'] as { user: { userPrincipalName: string } }).user.userPrincipalName));
  });
});

describe('apps.userConsent, asked in words', () => {
  it('"which apps have permissions no admin approved?": every user-consented grant (CLI and bot)', async () => {
    const grants = model.oauth2PermissionGrants.filter((g) => g['consentType'] === 'Principal');
    const expected = grants.map((g) => `${String(spOf(g['clientId'])?.['displayName'])} / ${userName(g['principalId'])}`).sort();
    const out = await ask('which apps have permissions no admin approved?');
    expect(out.intent.name).toBe('apps.userConsent');
    const got = out.answer.rows.map((r) => `${String(r[out.answer.columns.indexOf('app')])} / ${String(r[out.answer.columns.indexOf('consentedBy')])}`).sort();
    expect(got).toEqual(expected);
    const card = await botCard('which apps have permissions no admin approved?');
    for (const g of grants) expect(card).toContain(String(spOf(g['clientId'])?.['displayName']));
  });
});

describe('apps.ownedBy, asked in words', () => {
  it('"which applications does Jason own?": the apps whose owners include Jason (CLI and bot)', async () => {
    const jason = model.users.find((u) => u['userPrincipalName'] === 'jason@woodgrovebank.com')!;
    const expected = model.appOwners.filter((a) => a.ownerIds.includes(jason.id)).map((a) => String(spOf(a.servicePrincipalId)?.['displayName'])).sort((a, b) => a.localeCompare(b));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const out = await ask('which applications does Jason own?');
    expect(out.intent).toMatchObject({ name: 'apps.ownedBy', slots: { user: expect.stringContaining('Jason') } });
    expect(col(out, 'displayName')).toEqual(expected);
    const card = await botCard('which applications does Jason own?');
    for (const name of expected) expect(card).toContain(name);
  });
});
