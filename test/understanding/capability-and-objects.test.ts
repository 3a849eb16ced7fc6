/**
 * Rules of the thirteenth round (issue 16, branch issue-16q), on questions of their own: a change asked as whether it is
 * possible, other tenants than this one, one of the tenant's own details, licences of workload identities, and one
 * object's events or history.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { frozenQuestions, readFrozenSplit } from './real-world/real-world-set';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const QUESTIONS = [
  'Is it possible to move a managed identity to another subscription?', 'Is it possible for us to rename a dynamic group?',
  'is it possible to block guest users from signing in?', 'is it possible to disable Alain\'s account', 'Would it be possible to disable guest accounts?',
  'is it possible to remove Karita from the Finance Department group', 'I can\'t access a tenant I was invited to',
  'Can we view settings of multiple tenants at once?', 'domains of other tenants', 'show the domains of our tenant and other tenants', 'list the domains of a given tenant', 'what\'s our tenant id', 'What is my tenant\'s region?',
  'what region is our tenant in', 'what is the tenant\'s data location', 'how many licences do our service principals use?',
  'Which workload identities have a licence?', 'who has Entra ID P2', 'View events for the Sales Team group', 'change history of Project Falcon',
  'events for Project Falcon last week', 'show the events of an access package', 'sign-in events for Salesforce', 'details of Project Falcon',
  'the many sorts of lockouts this week, by user',
];

describe('the questions of these tests', () => {
  it('are none of the frozen first-seen questions', () => {
    const frozen = new Set(frozenQuestions(readFrozenSplit()).map((q) => q.toLowerCase()));
    expect(QUESTIONS.filter((q) => frozen.has(q.toLowerCase()))).toEqual([]);
  });
});

describe('a change asked as whether it is possible', () => {
  it.each([
    'Is it possible to move a managed identity to another subscription?',
    'Is it possible for us to rename a dynamic group?',
    'is it possible to block guest users from signing in?',
  ])('%s: a question of capability (like "can I …"), not a change request', (q) => {
    expect(ask(q).name).toBe('unknown');
  });

  it('of an object of the tenant it stays a change, refused', () => {
    expect(ask('is it possible to disable Alain\'s account')).toMatchObject({ name: 'change.refused', slots: { action: 'disable', user: 'Alain Charon' } });
    expect(ask('is it possible to remove Karita from the Finance Department group')).toMatchObject({
      name: 'change.refused', slots: { action: 'remove', user: 'Karita Ojala', group: 'Finance Department' },
    });
  });

  it('"would it be possible to" is a polite request, refused', () => {
    expect(ask('Would it be possible to disable guest accounts?')).toMatchObject({ name: 'change.refused', slots: { action: 'disable' } });
  });
});

describe('other tenants than this one', () => {
  it.each([
    'I can\'t access a tenant I was invited to',
    'Can we view settings of multiple tenants at once?',
    'domains of other tenants',
  ])('%s: not this tenant\'s details, which are all tenant.details reads', (q) => {
    expect(ask(q).name).toBe('unknown');
  });

  it('"a given tenant" and this tenant, also beside others, stay tenant.details', () => {
    expect(ask('list the domains of a given tenant').name).toBe('tenant.details');
    expect(ask('what\'s our tenant id').name).toBe('tenant.details');
    expect(ask('show the domains of our tenant and other tenants').name).toBe('tenant.details');
  });
});

describe('one of the tenant\'s own details', () => {
  it.each(['What is my tenant\'s region?', 'what region is our tenant in', 'what is the tenant\'s data location'])(
    '%s: the tenant\'s details (its country), not a question about the product',
    (q) => {
      expect(ask(q).name).toBe('tenant.details');
    },
  );
});

describe('licences of workload identities and service principals', () => {
  it.each(['how many licences do our service principals use?', 'Which workload identities have a licence?'])('%s: read nowhere', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'licences of workload identities and service principals' });
  });

  it('people\'s licences stay users.licenses', () => {
    expect(ask('who has Entra ID P2')).toMatchObject({ name: 'users.licenses', slots: { sku: 'Microsoft Entra ID P2' } });
  });
});

describe('one object\'s events or history', () => {
  it('are its audit history, not its details', () => {
    expect(ask('View events for the Sales Team group')).toMatchObject({ name: 'audit.forObject', slots: { group: 'Sales Team' } });
    expect(ask('change history of Project Falcon')).toMatchObject({ name: 'audit.forObject', slots: { accessPackage: 'Project Falcon' } });
    expect(ask('events for Project Falcon last week')).toMatchObject({ name: 'audit.forObject', slots: { accessPackage: 'Project Falcon', window: { last: 'P7D' } } });
    expect(ask('show the events of an access package').name).toBe('audit.forObject');
  });

  it('sign-in events stay the sign-ins, and an object\'s details stay its details', () => {
    expect(ask('sign-in events for Salesforce')).toMatchObject({ name: 'signIns.list', slots: { app: 'Salesforce' } });
    expect(ask('details of Project Falcon')).toMatchObject({ name: 'accessPackage.details', slots: { accessPackage: 'Project Falcon' } });
  });
});

describe('records asked for grouped by a column', () => {
  it('are a summary of the tenant\'s records, never a question about the product (the learnt gate does not take them)', () => {
    expect(ask('the many sorts of lockouts this week, by user')).toMatchObject({ name: 'signIns.summary', slots: { groupBy: 'user' } });
  });
});
