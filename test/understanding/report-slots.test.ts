/** The report.* examples of questions.md parse to the right intent and slots (app, date, window, groups). */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const parse = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

describe('report.* questions of questions.md', () => {
  it.each([
    ['Who had access to Salesforce on 2024-01-13, direct and through groups?', 'report.appAccessAsOf', { app: 'Salesforce', date: '2024-01-13' }],
    ['who had access to Salesforce between January 1 and March 14', 'report.appAccessBetween',
      { app: 'Salesforce', window: { from: '2024-01-01T00:00:00Z', to: '2024-03-15T00:00:00Z' } }],
    ['who had access to Salesforce between 2023-06-01 and 2024-03-13?', 'report.appAccessBetween',
      { app: 'Salesforce', window: { from: '2023-06-01T00:00:00Z', to: '2024-03-14T00:00:00Z' } }],
    ['who was added to Salesforce between March 1 and March 14', 'report.appAccessAdded',
      { app: 'Salesforce', window: { from: '2024-03-01T00:00:00Z', to: '2024-03-15T00:00:00Z' } }],
    ['members of Finance Department, Sales Team and VPN Users by department', 'report.groupMembersByDepartment',
      { groups: ['Finance Department', 'Sales Team', 'VPN Users'] }],
  ] as const)('%s', (question, name, slots) => {
    const got = parse(question);
    expect(got.name).toBe(name);
    expect(got.slots).toEqual(slots);
  });
});
