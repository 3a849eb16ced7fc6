/**
 * The checks a POSTed body passes before the Bot Framework adapter sees it, and the tenant an
 * activity comes from (what ALLOWED_TENANTS is checked against).
 */
import { describe, expect, it } from 'vitest';
import { activityProblem, activityTenant } from '../../src/bot/activity-guard';

const ok = { type: 'message', conversation: { id: 'a:1' }, serviceUrl: 'https://smba.trafficmanager.net/emea/', text: 'help' };

describe('activityProblem', () => {
  it('accepts a well-formed message, and activities without text', () => {
    expect(activityProblem(ok)).toBeUndefined();
    expect(activityProblem({ ...ok, text: undefined })).toBeUndefined();
    expect(activityProblem({ ...ok, serviceUrl: 'http://127.0.0.1:9/' })).toBeUndefined();
    expect(activityProblem({ type: 'conversationUpdate', conversation: { id: 'c' }, serviceUrl: 'https://x/', text: 42 })).toBeUndefined();
    expect(activityProblem({ ...ok, text: 'x'.repeat(10_000) })).toBeUndefined();
    // The text rules are for messages: other activity types carry no question to answer.
    expect(activityProblem({ ...ok, type: 'invoke', text: 'x'.repeat(10_001) })).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a string', 'message'],
    ['a number', 7],
    ['an array', [ok]],
    ['undefined', undefined],
  ])('refuses a body that is %s (not an object activity)', (_n, body) => {
    expect(activityProblem(body)).toBe('The body must be a JSON Bot Framework activity.');
  });

  it.each([
    ['no type', { ...ok, type: undefined }],
    ['an empty type', { ...ok, type: '' }],
    ['a type that is not a string', { ...ok, type: 1 }],
  ])('refuses %s', (_n, body) => {
    expect(activityProblem(body)).toBe('The activity has no "type".');
  });

  it.each([
    ['no conversation', { ...ok, conversation: undefined }],
    ['a null conversation', { ...ok, conversation: null }],
    ['a conversation without id', { ...ok, conversation: {} }],
    ['a conversation id that is not a string', { ...ok, conversation: { id: 5 } }],
    ['a conversation that is a string', { ...ok, conversation: 'a:1' }],
  ])('refuses %s', (_n, body) => {
    expect(activityProblem(body)).toBe('The activity has no "conversation.id".');
  });

  it.each([
    ['no serviceUrl', { ...ok, serviceUrl: undefined }],
    ['a serviceUrl that is not a string', { ...ok, serviceUrl: ['https://x/'] }],
    ['a file: serviceUrl', { ...ok, serviceUrl: 'file:///etc/passwd' }],
    ['a serviceUrl with http in the middle', { ...ok, serviceUrl: 'javascript:alert(1)//http://x' }],
    ['a scheme-relative serviceUrl', { ...ok, serviceUrl: '//evil.example/' }],
  ])('refuses %s', (_n, body) => {
    expect(activityProblem(body)).toBe('The activity has no valid "serviceUrl".');
  });

  it('refuses a message whose text is not a string, or longer than 10,000 characters', () => {
    expect(activityProblem({ ...ok, text: { bad: true } })).toBe('The message "text" must be a string.');
    expect(activityProblem({ ...ok, text: null })).toBe('The message "text" must be a string.');
    expect(activityProblem({ ...ok, text: 'x'.repeat(10_001) })).toBe('The message is too long (10,000 characters at most).');
  });
});

describe('activityTenant', () => {
  it('reads channelData.tenant.id first, then conversation.tenantId', () => {
    expect(activityTenant({ channelData: { tenant: { id: 'from-channel-data' } }, conversation: { tenantId: 'from-conversation' } })).toBe('from-channel-data');
    expect(activityTenant({ channelData: {}, conversation: { tenantId: 'from-conversation' } })).toBe('from-conversation');
    expect(activityTenant({ conversation: { tenantId: 'from-conversation' } })).toBe('from-conversation');
    expect(activityTenant({ channelData: { tenant: { id: 'only-channel-data' } } })).toBe('only-channel-data');
  });

  it('is undefined for an activity with no tenant id (so ALLOWED_TENANTS refuses it), and for a tenant id that is not a string', () => {
    expect(activityTenant({})).toBeUndefined();
    expect(activityTenant({ conversation: { id: 'a:1' }, channelData: { tenant: {} } })).toBeUndefined();
    expect(activityTenant({ channelData: { tenant: { id: 42 } } })).toBeUndefined();
    expect(activityTenant({ conversation: { tenantId: ['x'] } })).toBeUndefined();
    expect(activityTenant({ channelData: { tenant: { id: null } }, conversation: { tenantId: null } })).toBeUndefined();
  });
});
