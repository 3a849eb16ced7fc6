/**
 * The policy file and the facts providers: the file is checked when loaded, its README table
 * matches it, and the Graph-backed provider (live app-only mode) reads the same facts from the
 * demo tenant's Graph endpoint as the model-backed one (demo mode).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readSettings } from '../../src/config/settings';
import { PERSONAS, PERSONA_KEYS } from '../../src/demo/personas';
import { runCli } from '../helpers/cli';
import { cachedFacts, demoFactsProvider, graphFactsProvider, type AskerFacts } from '../../src/policy/asker-facts';
import { DEFAULT_POLICY, parsePolicy } from '../../src/policy/policy';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { createGraphSource } from '../../src/sources/graph';
import { INTENT_NAMES } from '../../src/understanding/intent';
import stored from '../../src/policy/policy.json';

describe('policy.json', () => {
  const clone = () => JSON.parse(JSON.stringify(stored)) as { categories: Record<string, Record<string, unknown>>; intents: Record<string, Record<string, unknown>> };

  it('maps every intent, and refuses a file that does not', () => {
    expect(Object.keys(DEFAULT_POLICY.intents).sort()).toEqual([...INTENT_NAMES].sort());
    const doc = clone();
    delete doc.intents['riskyUsers.list'];
    expect(() => parsePolicy(doc)).toThrow(/does not map these intents: riskyUsers.list/);
  });

  it('refuses unknown categories, unknown intents, needed roles that are not allowed, bad subject slots', () => {
    const a = clone(); a.intents['help'] = { category: 'nope' };
    expect(() => parsePolicy(a)).toThrow(/unknown category nope/);
    const b = clone(); b.intents['not.an.intent'] = { category: 'public' };
    expect(() => parsePolicy(b)).toThrow(/no such intent/);
    const c = clone(); (c.categories['risk']!['needs'] as string[]).push('Billing Administrator');
    expect(() => parsePolicy(c)).toThrow(/"Billing Administrator" is in needs but not in roles/);
    const d = clone(); d.intents['user.details'] = { category: 'account', self: 'app' };
    expect(() => parsePolicy(d)).toThrow(/self must be "user" or "group"/);
  });

  it('is documented: the README table lists every intent with its category and exceptions', async () => {
    const readme = await readFile(path.join(__dirname, '../../src/policy/README.md'), 'utf8');
    for (const name of INTENT_NAMES) {
      const rule = DEFAULT_POLICY.intents[name];
      const line = readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect(line, `README row for ${name}`).toBeDefined();
      expect(line).toContain(`\`${rule.category}\``);
      const exceptions = line!.split('|')[3] ?? '';
      for (const k of ['self', 'owner', 'manager'] as const) expect(exceptions.includes(k), `${name} ${k}`).toBe(rule[k] !== undefined);
    }
    for (const [name, cat] of Object.entries(DEFAULT_POLICY.categories)) {
      const line = readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect(line, `README row for category ${name}`).toBeDefined();
      for (const role of cat.roles) expect(line, `${name} lists ${role}`).toContain(role);
    }
  });
});

describe('asker facts', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
  }, 120_000);
  afterAll(async () => { await runtime?.close(); });

  it('from Graph (live app-only mode) equal those from the demo model, for every persona', async () => {
    const demo = demoFactsProvider(runtime.model!);
    const graph = graphFactsProvider(createGraphSource({ mode: 'demo', baseUrl: runtime.graphUrl! }));
    for (const key of PERSONA_KEYS) {
      const asker = runtime.askerFor(PERSONAS[key].upn)!;
      const [demoFacts, b] = [await demo.factsFor(asker), await graph.factsFor(asker)];
      // App-only Graph cannot list the groups a person owns (List ownedObjects: "Application: Not supported"):
      // ownership is asked of each group instead (its owners), and agrees with the model.
      const a = { ...demoFacts, ownedGroupIds: [] };
      expect(b, key).toEqual(a);
      for (const g of demoFacts!.ownedGroupIds) expect(await graph.ownsGroup!(b!, g), `${key} owns ${g}`).toBe(true);
      const notOwned = runtime.model!.groupOwners.find((o) => !o.ownerIds.includes(b!.objectId));
      if (notOwned) expect(await graph.ownsGroup!(b!, notOwned.groupId), `${key} does not own ${notOwned.groupId}`).toBe(false);
      // And by UPN only (no object id), as the command line's --as in live mode gives it.
      expect(await graph.factsFor({ upn: asker.upn }), key).toEqual(a);
    }
    expect(await graph.factsFor({ upn: 'nobody@woodgrovebank.com' })).toBeUndefined();
    expect(await graph.factsFor({ upn: 'unknown' })).toBeUndefined();
  });

  it('hold the personas\' roles as documented (active, eligible-only, through a group)', async () => {
    const demo = demoFactsProvider(runtime.model!);
    const facts = async (key: keyof typeof PERSONAS) => (await demo.factsFor(runtime.askerFor(PERSONAS[key].upn)!))!;
    expect((await facts('natasha')).activeRoles).toEqual(['Security Reader']);
    expect(await facts('lee')).toMatchObject({ activeRoles: [], eligibleRoles: ['Privileged Role Administrator'] });
    expect(await facts('grady')).toMatchObject({ activeRoles: ['Helpdesk Administrator'], eligibleRoles: ['Authentication Administrator'] });
    expect(await facts('isaiah')).toMatchObject({ activeRoles: ['Security Administrator'], eligibleRoles: [] });
    expect((await facts('megan')).directReportIds.length).toBeGreaterThan(0);
    expect((await facts('megan')).ownedGroupIds.length).toBeGreaterThan(0);
    expect(await facts('alain')).toMatchObject({ userType: 'Member', activeRoles: [], eligibleRoles: [] });
  });

  it('are cached per asker for the TTL, shared by concurrent questions, and not cached on failure', async () => {
    let calls = 0;
    let fail = false;
    let clock = 0;
    const fact: AskerFacts = { objectId: 'x', userType: 'Member', activeRoles: [], eligibleRoles: [], ownedGroupIds: [], directReportIds: [] };
    const cached = cachedFacts({ factsFor: async () => { calls += 1; if (fail) throw new Error('graph down'); return fact; } }, 1000, () => clock);
    await Promise.all([cached.factsFor({ upn: 'a@x', objectId: 'x' }), cached.factsFor({ upn: 'a@x', objectId: 'x' })]);
    expect(calls).toBe(1);
    clock = 999;
    await cached.factsFor({ upn: 'a@x', objectId: 'x' });
    expect(calls).toBe(1);
    clock = 1000;
    fail = true;
    await expect(cached.factsFor({ upn: 'a@x', objectId: 'x' })).rejects.toThrow('graph down');
    fail = false;
    await cached.factsFor({ upn: 'a@x', objectId: 'x' });
    expect(calls).toBe(3);
  });
});

describe('entra-ask ask --as', () => {
  it('gives Alain a denied answer naming the role for "show me the risky users"', async () => {
    const r = await runCli(['ask', '--as', 'alain@woodgrovebank.com', 'show me the risky users', '--json'], { env: { AUDIT_LOG: 'off' } });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.answer.kind).toBe('denied');
    expect(out.answer.summary).toMatch(/needs the Security Reader or Global Reader role/);
    expect(out.queries).toEqual([]);
    expect(JSON.stringify(out.card)).toContain('needs the Security Reader or Global Reader role');
  });

  it('answers the same question for Natasha (Security Reader)', async () => {
    const r = await runCli(['ask', '--as', 'natasha@woodgrovebank.com', 'show me the risky users', '--json'], { env: { AUDIT_LOG: 'off' } });
    const out = JSON.parse(r.stdout);
    expect(out.answer.kind).toBe('table');
    expect(out.answer.rows.length).toBeGreaterThan(0);
  });

  it('is a usage error (exit 2) for someone not in the tenant', async () => {
    const r = await runCli(['ask', '--as', 'nobody@woodgrovebank.com', 'help', '--json'], { env: { AUDIT_LOG: 'off' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as nobody@woodgrovebank.com: no such user in the demo tenant');
    expect(r.stdout).toBe('');
  });
});
