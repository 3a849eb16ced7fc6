import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { requestObject } from '../../src/understanding/classifier/request-object';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string): ReturnType<typeof understand> => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

// Questions written for this test (none is in a question set).
describe('the object of a request for records (classifier/request-object.ts)', () => {
  it('is the noun phrase after the opening verb, which, what or how many, after a wrapper and determiners', () => {
    expect(requestObject(['can', 'you', 'show', 'me', 'all', 'the', 'backup', 'vaults', 'in', 'tenant'])?.phrase).toEqual(['backup', 'vaults']);
    expect(requestObject(['which', 'printers', 'are', 'offline'])?.phrase).toEqual(['printers']);
    expect(requestObject(['how', 'many', 'kiosks', 'do', 'we', 'have'])?.phrase).toEqual(['kiosks']);
    // A participle after the first word ends it; before, it qualifies.
    expect(requestObject(['list', 'permissions', 'granted', 'to', 'apps'])?.phrase).toEqual(['permissions']);
    expect(requestObject(['list', 'disabled', 'accounts'])?.phrase).toEqual(['disabled', 'accounts']);
    // Not a request, or a clause rather than a phrase: not judged.
    expect(requestObject(['why', 'are', 'printers', 'offline'])).toBeUndefined();
    expect(requestObject(['show', 'p1', 'p2', 'microsoft', 'entra', 'licenses'])).toBeUndefined();
  });

  it.each([
    ['Show me the backup vaults', 'backup vaults'],
    ['Which kiosks are offline?', 'kiosks'],
    ['List all the printers in the Seattle office', 'printers'],
    ['How many parking spaces were booked last month?', 'parking spaces'],
    ['Can you list the Zorblax certificate connectors?', 'Zorblax certificate connectors'],
  ])('%s → unknown, topic "%s" (no family reads it)', (q, topic) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: topic });
  });

  it.each([
    'Which personnel are in the Finance Department?',
    'Show me the contractors in Marketing',
    'List the permissions granted to Salesforce',
    'Show the group memberships of Alain',
    'List disabled accounts',
    'Show lockouts from today',
    'Show the sign-ins by browser this week',
  ])('%s stays with the families (its object is one a family reads)', (q) => {
    expect(ask(q).outOfScope).toBeUndefined();
  });

  it('leaves a request that names something of the tenant to the families', () => {
    expect(ask('Show the printers Karita used').outOfScope).toBeUndefined();
  });
});
