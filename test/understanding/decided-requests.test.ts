/**
 * Access requests already decided (issue 16, thirteenth round, coordinator): accessRequests.pending reads
 * pending requests only (questions.md), so "which requests were approved" names what it leaves out
 * instead of listing pending ones as if they answered it. Questions of our own, written as an admin would.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
const DECIDED = 'requests already approved or denied (only pending ones are read)';

const QUESTIONS = [
  'who approved access package requests this week', 'which access requests were approved yesterday', 'access requests Megan approved',
  'show denied access package requests', 'pending access requests', 'requests waiting for approval for Project Falcon', 'list access packages',
  'who can request Project Falcon', 'who approves requests for Project Falcon',
];

describeNoneFrozen(QUESTIONS);

describe('requests already approved or denied are named as not applied (not-applied.ts)', () => {
  it.each([
    'who approved access package requests this week', 'which access requests were approved yesterday', 'access requests Megan approved',
  ])('%s (was the pending requests, said nothing)', (q) => {
    const r = ask(q);
    expect(r.name).toBe('accessRequests.pending');
    expect(r.notApplied).toContain(DECIDED);
  });

  it('denied requests are requests, not the package list (was accessPackages.list)', () => {
    const r = ask('show denied access package requests');
    expect(r.name).toBe('accessRequests.pending');
    expect(r.notApplied).toContain(DECIDED);
  });

  it('pending requests name nothing; packages and who can request one stay theirs', () => {
    expect(ask('pending access requests')).toMatchObject({ name: 'accessRequests.pending' });
    expect(ask('pending access requests').notApplied ?? []).toEqual([]);
    const falcon = ask('requests waiting for approval for Project Falcon');
    expect(falcon).toMatchObject({ name: 'accessRequests.pending', slots: { accessPackage: 'Project Falcon' } });
    expect(falcon.notApplied ?? []).toEqual([]);
    expect(ask('list access packages').name).toBe('accessPackages.list');
    expect(ask('who can request Project Falcon')).toMatchObject({ name: 'accessPackage.details', slots: { accessPackage: 'Project Falcon' } });
    expect(ask('who approves requests for Project Falcon')).toMatchObject({ name: 'accessPackage.details', slots: { accessPackage: 'Project Falcon' } });
  });
});
