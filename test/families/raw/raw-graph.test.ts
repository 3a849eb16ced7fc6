import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseRawPath } from '../../../src/families/raw/raw-graph.plan';
import { describeWindow } from '../../../src/planning/time';

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
    ['POST /users', /POST requests are not allowed/],
    ['DELETE /users/karita@woodgrovebank.com', /DELETE requests are not allowed/],
    ['patch https://graph.microsoft.com/v1.0/users/x', /PATCH requests are not allowed/],
    ['PUT /groups/x', /PUT/],
    ['GET /$batch', /\$batch/],
    ['/users/$batch', /\$batch/],
    ['https://graph.microsoft.com.evil.example/v1.0/users', /Only Microsoft Graph/],
    ['http://graph.microsoft.com/v1.0/users', /Only Microsoft Graph/],
    ['//evil.example/users', /Only Microsoft Graph/],
    ['GET //evil.example/users', /Only Microsoft Graph/],
    ['file:///etc/passwd', /Only Microsoft Graph/],
    ['https://graph.microsoft.com/beta/users', /beta/],
    ['/users/%2e%2e/%2e%2e/x', /not a Graph resource path/],
    ['/users/%2E./me', /not a Graph resource path/],
    ['/users/.%2e', /not a Graph resource path/],
    ['/users/./x', /not a Graph resource path/],
  ])('refuses %s', (typed, problem) => {
    const r = normaliseRawPath(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });

  it('never yields a path that a URL parser moves out of /v1.0 (fuzzed)', () => {
    const piece = fc.constantFrom('/', '.', '..', '%2e', '%2E', '%2f', 'users', 'me', '$batch', '?', '&', '#', '@', ':', 'x');
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), (typed) => {
      const r = normaliseRawPath(typed);
      if (!r.ok) return;
      const url = new URL(`https://graph.microsoft.com/v1.0${r.path}`);
      expect(url.host).toBe('graph.microsoft.com');
      expect(url.pathname.startsWith('/v1.0/')).toBe(true);
      expect(url.pathname.split('/').map((seg) => decodeURIComponent(seg).toLowerCase())).not.toContain('$batch');
    }), { numRuns: 500 });
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

describe('windows in words', () => {
  it.each([
    [{ last: 'PT48H' }, 'the last 48 hours'],
    [{ last: 'P7D' }, 'the last 7 days'],
    [{ from: '2026-11-16T00:00:00Z', to: '2026-11-23T00:00:00Z' }, 'the period 2026-11-16 to 2026-11-22'],
    [{ from: '2026-11-21T00:00:00Z', to: '2026-11-22T00:00:00Z' }, 'the day 2026-11-21'],
    [{ from: '2026-11-21T00:00:00Z', to: '2026-11-22T05:30:00Z' }, 'the period 2026-11-21 to 2026-11-22'],
  ])('%j → %s', (window, words) => {
    expect(describeWindow(window, 'P7D')).toBe(words);
  });
});
