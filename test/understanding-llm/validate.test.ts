import { describe, expect, it } from 'vitest';
import { checkModelAnswer } from '../../src/understanding/llm';

describe('checkModelAnswer', () => {
  it('keeps a valid answer, also inside a ```json fence', () => {
    const reply = '{"name":"signIns.failures","slots":{"user":"karita","window":{"last":"P7D"},"errorCode":50126}}';
    expect(checkModelAnswer(reply)).toEqual({
      ok: true, answer: { name: 'signIns.failures', slots: { user: 'karita', window: { last: 'P7D' }, errorCode: 50126 }, dropped: [] },
    });
    expect(checkModelAnswer('```json\n' + reply + '\n```').ok).toBe(true);
  });

  it('rejects non-JSON, non-objects, unknown names and raw-query intents', () => {
    expect(checkModelAnswer('signIns.list')).toMatchObject({ ok: false });
    expect(checkModelAnswer('[1,2]')).toMatchObject({ ok: false });
    expect(checkModelAnswer('{"name":"users.delete","slots":{}}')).toMatchObject({ ok: false });
    expect(checkModelAnswer('{"name":"kql.run","slots":{"query":"SigninLogs"}}')).toMatchObject({ ok: false });
    expect(checkModelAnswer('{"name":"graph.get","slots":{"path":"/users"}}')).toMatchObject({ ok: false });
    expect(checkModelAnswer('{"name":"help","slots":"none"}')).toMatchObject({ ok: false });
  });

  it('drops slots of the wrong type, unknown slots and slots the intent does not accept', () => {
    const result = checkModelAnswer(JSON.stringify({
      name: 'signIns.list',
      slots: {
        user: 'karita', top: '5', status: 'failed', window: { last: '48 hours' }, errorCode: 50126.5,
        country: 'Brazil', query: 'SigninLogs | take 1', riskLevel: 'high', colour: 'blue', ip: null,
      },
    }));
    expect(result).toEqual({
      ok: true,
      answer: {
        name: 'signIns.list', slots: { user: 'karita', country: 'Brazil' },
        dropped: ['top', 'status', 'window', 'errorCode', 'query', 'riskLevel', 'colour'],
      },
    });
  });

  it('checks windows, dates, enums, numbers and booleans', () => {
    const ok = checkModelAnswer(JSON.stringify({
      name: 'users.search',
      slots: { userType: 'guest', accountEnabled: false, createdWithin: { from: '2024-03-01T00:00:00Z', to: '2024-03-15T00:00:00+00:00' }, top: 5 },
    }));
    expect(ok).toMatchObject({
      ok: true,
      answer: { slots: { userType: 'guest', accountEnabled: false, top: 5, createdWithin: { from: '2024-03-01T00:00:00.000Z', to: '2024-03-15T00:00:00.000Z' } }, dropped: [] },
    });
    const bad = checkModelAnswer(JSON.stringify({
      name: 'users.search',
      slots: { userType: 'admin', accountEnabled: 'no', createdWithin: { from: '2024-03-15T00:00:00Z', to: '2024-03-01T00:00:00Z' }, top: 0 },
    }));
    expect(bad).toMatchObject({ ok: true, answer: { slots: {}, dropped: ['userType', 'accountEnabled', 'createdWithin', 'top'] } });
    expect(checkModelAnswer('{"name":"report.appAccessAsOf","slots":{"app":"Salesforce","date":"2024-01-13"}}'))
      .toMatchObject({ ok: true, answer: { slots: { app: 'Salesforce', date: '2024-01-13' } } });
    expect(checkModelAnswer('{"name":"report.appAccessAsOf","slots":{"date":"March 13"}}'))
      .toMatchObject({ ok: true, answer: { slots: {}, dropped: ['date'] } });
  });
});
