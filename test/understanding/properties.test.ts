import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTENT_NAMES, understand } from '../../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const WORDS = ['who', 'owns', 'karita', 'finance', 'department', 'sign-ins', 'failed', 'past', '48', 'hours',
  'risky', 'apps', 'her', 'it', 'these', 'between', 'January', '1', 'and', 'March', '14', 'top', '5', 'GET',
  '|', 'SigninLogs', '@', 'é', '?', "'s", 'groups', 'Megan', 'global', 'admins', '```'];

describe('understand, for any input', () => {
  it('never throws, always names a known intent, and is deterministic', () => {
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((w) => w.join(' ')));
    fc.assert(fc.property(text, (q) => {
      const a = understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
      const b = understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
      expect(INTENT_NAMES).toContain(a.name);
      expect(b).toEqual(a);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    }), { numRuns: 400 });
  });

  it('keeps user text out of slot names: slots are the known ones', () => {
    const known = new Set(['user', 'group', 'groups', 'app', 'apps', 'role', 'accessPackage', 'catalog', 'window', 'status',
      'riskLevel', 'riskState', 'errorCode', 'ip', 'country', 'city', 'top', 'date', 'groupBy', 'targetType', 'activity',
      'maxOwners', 'highPrivilegeOnly', 'state', 'department', 'jobTitle', 'userType', 'accountEnabled', 'createdWithin',
      'outsideWorkingHours', 'query', 'path', 'changeKind', 'excludes', 'action',
      // issue 16: several departments, synced / cloud-only, sign-ins by MFA requirement and device compliance
      'departments', 'onPremisesSyncEnabled', 'authRequirement', 'deviceCompliant']);
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), (words) => {
      const intent = understand(words.join(' '), {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
      for (const k of Object.keys(intent.slots)) expect(known).toContain(k);
    }), { numRuns: 300 });
  });
});
