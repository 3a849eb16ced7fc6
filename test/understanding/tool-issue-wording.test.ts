/**
 * Rules written from the thirty-ninth tune batch (GitHub issues of Entra and Microsoft Graph tooling and documentation,
 * Microsoft Q&A titles, the MFA reporting article's questions: GH39, Q39-QA, L39-MFAREP of test/understanding/real-world),
 * each tested on wording of our own and each failing on the code before it (a691de6): a feature request's title ("Ability to
 * …") before what is to be done or shown, "Would it be possible (for the tool) to …" before a verb of reading, whom a list is
 * for ("for a billing audit"), and the means at hand ("via API,PWSH", "using this url").
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const ABILITY_CHANGES = ['Ability to mass disable guest accounts', 'The ability to delete stale devices after 90 days', 'Option to bulk reset MFA for leavers'];
const ABILITY_READS: readonly [string, string][] = [
  ['Ability to view deleted users is missing', 'users.deleted'],
  ['Ability to list guest accounts', 'users.search'],
  ['The ability to show disabled users', 'users.search'],
];
const STILL_TOOL_FEATURES = ['Ability to filter guests out of report', 'Ability to send out reports on licensed users', 'Ability to export the report to PDF'];
const WOULD_IT_BE_POSSIBLE: readonly [string, string][] = [
  ['Would it be possible for the tool to list guest users', 'users.search'],
  ['Would it be possible for CIPP to show the disabled accounts', 'users.search'],
];
const FOR_WHOM: readonly [string, string][] = [
  ['a list of licensed users for a billing audit', 'users.licenses'],
  ['list licensed users for billing purposes', 'users.licenses'],
  ['show the guest users for our quarterly review', 'users.search'],
];
const STILL_BILLING = ['show me our Azure billing', 'what is our Azure cost this month'];

describe('feature requests of tool trackers (batch 39)', () => {
  it.each(ABILITY_CHANGES)('"%s" asks for a change, which is refused', (q) => {
    expect(ask(q).name).toBe('change.refused');
  });
  it.each(ABILITY_READS)('"%s" asks for records (%s)', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
  it.each(STILL_TOOL_FEATURES)('"%s" stays a feature of a tool', (q) => {
    expect(ask(q).name).toBe('unknown');
  });
  it.each(WOULD_IT_BE_POSSIBLE)('"%s" asks for records (%s)', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
});

describe('whom a list is for (batch 39)', () => {
  it.each(FOR_WHOM)('"%s" reads %s, the purpose left aside', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
  it.each(STILL_BILLING)('"%s" is still about billing', (q) => {
    expect(ask(q).name).toBe('unknown');
  });
});

describe('the means at hand (batch 39)', () => {
  it('"via PWSH" is how, not a name nor a constraint', () => {
    const r = ask('Get sign-ins for Karita via PWSH');
    expect(r.name).toBe('signIns.list');
    expect(r.slots.user).toBe('Karita Ojala');
    expect(r.notApplied ?? []).toEqual([]);
  });
  it('"via API,PWSH" leaves the question as asked', () => {
    expect(ask('Show PIM activity via API,PWSH').name).toBe('privileged.changes');
  });
  it('"using this url" names no one', () => {
    const r = ask('Pull the sign-ins of a specific user using this url');
    expect(r.slots.user).toBeUndefined();
  });
  it('"with the code 50126" is still the sign-ins\' error code', () => {
    expect(ask('sign-ins with the code 50126').slots.errorCode).toBe(50126);
  });
});

describe("Privileged Identity Management's history (batch 39)", () => {
  it.each(['Show the PIM audit history', 'PIM activity and audit history for last month', 'export the PIM activity log'])('"%s" reads the privileged changes', (q) => {
    expect(ask(q).name).toBe('privileged.changes');
  });
  it('"PIM role assignments" still reads who holds roles', () => {
    expect(ask('PIM role assignments').name).toBe('role.members');
  });
});

describe('shared mailboxes (batch 39)', () => {
  it.each(['licensed shared mailboxes', 'shared mailboxes that still have a licence'])('"%s" is Exchange, whatever is said of it', (q) => {
    const r = ask(q);
    expect(r.name).toBe('unknown');
  });
  it("a person's sign-in to a shared mailbox is still the sign-in troubleshooter's", () => {
    expect(ask("Karita can't sign in to the shared mailbox").name).toBe('signIns.troubleshoot');
  });
});

describe('a licensed user list (batch 39)', () => {
  it.each(['licensed user list', 'Licenced user list please', 'a licensed account listing'])('"%s" is the people who hold a licence', (q) => {
    const r = ask(q);
    expect(r.name).toBe('users.licenses');
    expect(r.slots.unlicensed).toBe(false);
  });
  it('"unlicensed user list" is still the people without one', () => {
    expect(ask('unlicensed user list').slots.unlicensed).toBe(true);
  });
});

describe("an application's roles held by a person (batch 39)", () => {
  it.each(['list the application roles assigned to Alain', 'what application roles does Megan hold'])('"%s" reads the person\'s apps', (q) => {
    expect(ask(q).name).toBe('user.apps');
  });
  it.each(['which roles does Karita have', 'what admin roles does Karita have'])('"%s" still reads directory roles', (q) => {
    expect(ask(q).name).toBe('user.roles');
  });
});
