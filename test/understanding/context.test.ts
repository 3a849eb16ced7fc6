import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../src/understanding';
import { understand } from '../../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (text: string, context: ConversationContext) => understand(text, context, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
const karita = { kind: 'user', id: 'u1', displayName: 'Karita Ojala', key: 'karita@woodgrovebank.com' } as const;
const finance = { kind: 'group', id: 'g1', displayName: 'Finance Department' } as const;

describe('conversation context', () => {
  it('repeats the last question with a new window', () => {
    const context: ConversationContext = { lastIntent: 'signIns.failures', lastSlots: { user: 'Karita Ojala', window: { last: 'PT48H' } }, users: [karita] };
    expect(ask('what about last week?', context)).toMatchObject({ name: 'signIns.failures', slots: { user: 'Karita Ojala', window: { last: 'P7D' } } });
  });

  it('repeats the last question for another person', () => {
    const context: ConversationContext = { lastIntent: 'user.groups', lastSlots: { user: 'Karita Ojala' }, users: [karita] };
    expect(ask('and Alain?', context)).toMatchObject({ name: 'user.groups', slots: { user: 'Alain Charon' } });
  });

  it('uses the last window for "and ..." follow-ups with a new intent', () => {
    const context: ConversationContext = { lastIntent: 'signIns.list', users: [karita], window: { last: 'PT48H' } };
    expect(ask('and her failed sign-ins?', context)).toMatchObject({ name: 'signIns.failures', slots: { user: 'karita@woodgrovebank.com', window: { last: 'PT48H' } } });
  });

  it('points "it" at the subject the question needs', () => {
    const context: ConversationContext = { lastIntent: 'group.details', users: [karita], groups: [finance] };
    expect(ask('who owns it?', context)).toMatchObject({ name: 'group.owners', slots: { group: 'Finance Department' } });
  });

  it('fills a needed subject from the conversation when the question leaves it out', () => {
    const context: ConversationContext = { lastIntent: 'user.details', users: [karita] };
    expect(ask('what devices?', context)).toMatchObject({ name: 'user.devices', slots: { user: 'karita@woodgrovebank.com' } });
  });

  it('takes "these apps" as every app of the last answer', () => {
    const context: ConversationContext = {
      lastIntent: 'riskyApps.list',
      apps: [{ kind: 'app', id: 'a1', displayName: 'Contoso Expenses' }, { kind: 'app', id: 'a2', displayName: 'Fabrikam HR' }],
    };
    expect(ask('tell me more about these apps', context)).toMatchObject({ name: 'app.details', slots: { apps: ['Contoso Expenses', 'Fabrikam HR'] } });
  });

  it('asks for the subject when the conversation has none', () => {
    expect(ask('is this user enabled?', {})).toMatchObject({ name: 'user.details', missing: ['user'] });
  });
});

describe('conversation context without the last slots', () => {
  it('repeats the last question with a new window, the subject it needs from the context', () => {
    const context: ConversationContext = { lastIntent: 'audit.forUser', users: [karita], window: { last: 'PT48H' } };
    expect(ask('what about last week?', context)).toMatchObject({ name: 'audit.forUser', slots: { user: 'karita@woodgrovebank.com', window: { last: 'P7D' } } });
  });
});
