/**
 * No name oracle (issue 18): for a person who may not read the directory — a guest, someone the
 * tenant does not know (BOT_ID set) — a name that exists (a user, a group, an app, an access
 * package), a name two users share, and a name that exists nowhere give the same answer, byte for
 * byte, in every form of question tried. Otherwise they could list which names exist.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readSettings } from '../../src/config/settings';
import type { Asker } from '../../src/planning/entities';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { modelVocabulary } from '../../src/understanding/classifier/model';
import { understand } from '../../src/understanding';

let runtime: Runtime;
let names: Record<string, string>;
const askers: Record<string, Asker> = {};

beforeAll(async () => {
  runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off', BOT_ID: '00000000-0000-0000-0000-0000000000b0' }), { log: () => undefined, quiet: true });
  const model = runtime.model!;
  const guest = model.users.filter((u) => u['userType'] === 'Guest').map((u) => String(u['userPrincipalName'])).sort()[0]!;
  askers['guest'] = runtime.askerFor(guest)!;
  askers['unknown Teams user'] = runtime.askerForObjectId('5d7a1c1e-0000-4000-8000-00000000dead', 'Somebody');
  const firsts = new Map<string, number>();
  for (const u of model.users) {
    const first = String(u['displayName']).split(' ')[0]!;
    firsts.set(first, (firsts.get(first) ?? 0) + 1);
  }
  const shared = [...firsts].find(([n, c]) => c > 1 && n !== 'undefined')?.[0];
  if (!shared) throw new Error('the test tenant has no first name two users share');
  names = {
    user: String(model.users.find((u) => String(u['userPrincipalName']).startsWith('karita@'))!['displayName']),
    ambiguousUser: shared,
    group: 'Finance Department',
    app: 'Salesforce',
    package: String(model.accessPackages?.[0]?.['displayName'] ?? 'Project Falcon'),
    nothing: 'Zyxw Qorvath',
  };
}, 120_000);
afterAll(async () => { await runtime?.close(); });

/** What the person sees (the card's answer, queries and resolved objects), the name they typed taken out. */
async function received(asker: Asker, question: string, name: string): Promise<string> {
  return (await receivedWithIntent(asker, question, name)).shown;
}

async function receivedWithIntent(asker: Asker, question: string, name: string): Promise<{ shown: string; intent: string }> {
  const out = await runtime.pipeline.ask({ question, asker, context: {}, channel: 'test' });
  const shown = JSON.stringify({ answer: out.answer, queries: out.queries, resolved: out.resolved }).split(name).join('<name>');
  return { shown, intent: out.intent.name };
}

const FORMS = ['{name}', 'Tell me about {name}', 'Who owns {name}?', 'Who is in {name}?', 'Show me details for {name}', 'What can {name} access?'];

describe('someone the tenant does not know (BOT_ID set) may ask for help only', () => {
  for (const form of FORMS) {
    it(`"${form}": one answer, byte for byte, for a user, a shared first name, a group, an app, a package and nothing`, async () => {
      const asker = askers['unknown Teams user']!;
      const answers = new Map<string, string>();
      for (const [kind, name] of Object.entries(names)) answers.set(kind, await received(asker, form.replace('{name}', name), name));
      const distinct = new Set(answers.values());
      expect(distinct.size, [...answers].map(([k, v]) => `${k}: ${v.slice(0, 300)}`).join('\n')).toBe(1);
      expect([...distinct][0]).not.toMatch(/"resolved":\{"/);
    }, 60_000);
  }
});

/**
 * A name's twin that exists nowhere: each word the understanding does not know is replaced by a
 * made-up one of the same length (words it knows, like "Department", stay), so the two questions
 * differ only in whether the name exists in the tenant.
 */
function twin(name: string): string {
  const vocabulary = modelVocabulary();
  return name.split(/\s+/).map((w, i) => {
    if (vocabulary.has(w.toLowerCase())) return w;
    const letters = 'qzxjvkwq';
    let made = '';
    for (let k = 0; k < w.length; k++) made += letters[(k + i) % letters.length];
    return w[0] === w[0]!.toUpperCase() ? made[0]!.toUpperCase() + made.slice(1) : made;
  }).join(' ');
}

describe('a guest (who may read nothing of the directory but themselves and groups they own)', () => {
  for (const form of [...FORMS, 'What groups is {name} in?', 'Is {name} a risky user?', 'When did {name} last sign in?']) {
    it(`"${form}": one answer, byte for byte, for a user, a shared first name, a group, an app, a package and nothing`, async () => {
      const asker = askers['guest']!;
      const answers = new Map<string, string>();
      for (const [kind, name] of Object.entries(names)) answers.set(kind, await received(asker, form.replace('{name}', name), name));
      const distinct = new Set(answers.values());
      expect(distinct.size, [...answers].map(([k, v]) => `${k}: ${v.slice(0, 300)}`).join('\n')).toBe(1);
      expect([...distinct][0]).not.toMatch(/"resolved":\{"/);
    }, 60_000);
  }

  for (const form of FORMS) {
    it(`"${form}": a user, a shared first name, a group, an app, a package get the answer their non-existent twin gets`, async () => {
      const asker = askers['guest']!;
      const differ: string[] = [];
      for (const [kind, name] of Object.entries(names)) {
        const other = twin(name);
        const [qa, qb] = [form.replace('{name}', name), form.replace('{name}', other)];
        const a = await receivedWithIntent(asker, qa, name);
        const b = await receivedWithIntent(asker, qb, other);
        // The intent comes from the words alone, as if the tenant had no names at all.
        const [wa, wb] = [understand(qa, {}, { now: new Date() }).name, understand(qb, {}, { now: new Date() }).name];
        if (a.intent !== wa || b.intent !== wb) differ.push(`${kind}: understood with the tenant's names (${a.intent}/${wa}, ${b.intent}/${wb})`);
        // Where the words mean the same question, existing or not makes no difference.
        if (wa === wb && a.shown !== b.shown) differ.push(`${kind} "${name}" vs "${other}":\n  ${a.shown.slice(0, 400)}\n  ${b.shown.slice(0, 400)}`);
      }
      expect(differ).toEqual([]);
    }, 60_000);
  }
});
