import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseRawPath } from '../../src/planning/intents/raw-graph';

describe('raw Graph GET paths', () => {
  it.each([
    ["GET /users?$filter=userType eq 'Guest'&$select=displayName", "/users?$filter=userType%20eq%20'Guest'&$select=displayName"],
    ['/groups?$top=5', '/groups?$top=5'],
    ['https://graph.microsoft.com/v1.0/users/karita@woodgrovebank.com', '/users/karita@woodgrovebank.com'],
    ['v1.0/me/', '/me'],
    ['/users?top=3', '/users?$top=3'],
  ])('%s → %s', (typed, path) => {
    expect(normaliseRawPath(typed)).toEqual({ ok: true, path });
  });

  it.each([
    ['/$batch', /\$batch/],
    ['https://evil.example.com/v1.0/users', /Only Microsoft Graph/],
    ['/beta/users', /beta/],
    ['beta/users', /beta/],
    ['/users/../../etc', /not a Graph resource path/],
    ['/users?x y=1', /not a query option/],
    ['/users\n/groups', /not a Graph resource path/],
  ])('refuses %s', (typed, problem) => {
    const r = normaliseRawPath(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });

  it('never lets a query value end its option or add another', () => {
    fc.assert(fc.property(fc.string(), (value) => {
      const r = normaliseRawPath(`/users?$filter=${encodeURIComponent(value)}`);
      if (!r.ok) return;
      if (!r.path.includes('?')) { expect(value).toBe(''); return; }
      const query = r.path.slice(r.path.indexOf('?') + 1);
      const params = [...new URLSearchParams(query)];
      expect(params).toHaveLength(1);
      expect(params[0]![0]).toBe('$filter');
    }));
  });
});
