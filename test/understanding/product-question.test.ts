import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { PRODUCT_QUESTION_MODEL, asksForRecords } from '../../src/understanding/classifier/product-question';
import { openSetSourceHash } from '../../scripts/understanding-source-hash';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const opts = { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW };
const ask = (q: string): ReturnType<typeof understand> => understand(q, {}, opts);
const askWithoutGate = (q: string): ReturnType<typeof understand> => understand(q, {}, { ...opts, openSet: null });

describe('the committed product-question model (classifier/product-question.ts)', () => {
  it('was trained from the current sources (else: npx tsx scripts/understanding-train-open-set.ts)', () => {
    expect(PRODUCT_QUESTION_MODEL.sourceHash).toBe(openSetSourceHash());
  });

  it('is a two-class model with a threshold and the in-scope vocabulary', () => {
    expect(PRODUCT_QUESTION_MODEL.labels).toEqual(['records', 'product']);
    expect(PRODUCT_QUESTION_MODEL.threshold).toBeGreaterThan(0.5);
    expect(PRODUCT_QUESTION_MODEL.threshold).toBeLessThan(1);
    expect(PRODUCT_QUESTION_MODEL.inScopeStems.length).toBeGreaterThan(300);
    expect(PRODUCT_QUESTION_MODEL.inScopeStems).toContain('user');
  });
});

// Questions written for this test (none is in a question set): how the product behaves, in the families' own words, which
// the topic and form rules alone sent to a family.
describe('questions about how the product behaves, in the families\' words', () => {
  it.each([
    'Do external users follow the same deadline?',
    'Are risky sign-ins shown to end users too?',
    'Does the audit log keep entries for deleted groups forever?',
    'Are guest users included in the rollout?',
  ])('%s → unknown (how the product behaves), where the rules alone answered with data', (q) => {
    expect(askWithoutGate(q).name).not.toBe('unknown');
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'how the product behaves' });
  });
});

describe('what the gate never takes', () => {
  it('requests for records by their form, with or without a polite wrapper', () => {
    for (const q of ['list guest users in Finance', 'Is it possible to list all guests', 'can I see the failed sign-ins from yesterday', 'Where can I find the deleted groups?', 'which users have no MFA', 'how many risky users are there']) {
      expect(asksForRecords(` ${q.toLowerCase().replace(/[?]/g, '')} `), q).toBe(true);
    }
    expect(asksForRecords(' are guest users included in the rollout ')).toBe(false);
  });

  it('"use <a query option or tool> to <read>", and a request that is only the records\' noun phrase (Graph Explorer\'s names)', () => {
    for (const q of ['use powershell to list the disabled accounts', 'use search and count to find guests', 'all disabled users in the Sales department', 'enabled accounts without MFA', 'direct members of a group', 'guest accounts', 'groups I own', 'the admins with sign-ins sorted by date']) {
      expect(asksForRecords(` ${q.toLowerCase()} `), q).toBe(true);
    }
    // Opened by a question's word: a question of how something behaves may follow.
    for (const q of ['do users with p2 licences get risk reports', 'why are guests with mfa prompted twice', 'can members in the portal see each other', 'how to get a p2 licence']) {
      expect(asksForRecords(` ${q} `), q).toBe(false);
    }
  });

  it('a tenant object, a person, a pronoun for one, or the tenant itself', () => {
    expect(ask('Does Karita have MFA registered?').name).toBe('user.authMethods');
    expect(ask('who owns the Finance Department group').name).toBe('group.owners');
    expect(ask('what are their roles').name).toBe('user.roles');
    expect(ask("what's the onmicrosoft domain of this tenant").name).toBe('tenant.details');
  });

  it("someone's trouble signing in", () => {
    expect(ask('why cant i log in')).toMatchObject({ name: 'signIns.troubleshoot', slots: { user: 'me' } });
    expect(ask('why cant zoltan sign in')).toMatchObject({ name: 'signIns.troubleshoot', slots: { user: 'zoltan' } });
  });

  it("the bot's own help, and words nobody understood (those are the parser's, not a product question)", () => {
    expect(ask('what are your capabilities').name).toBe('help');
    expect(ask('examples').name).toBe('help');
    expect(ask('zorp quibble flarn').outOfScope).toBeUndefined();
  });

  it('can be turned off (openSet: null) and is then the parser without it', () => {
    expect(askWithoutGate('list guest users in Finance')).toEqual(ask('list guest users in Finance'));
  });
});
