/**
 * parse_url() (parse-url-function.md): the page's example, and the readings the page leaves open
 * (a missing part is "", a string that is not an absolute URL is refused), each said in
 * compile/expr/functions-url.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { refused, rows } from './helpers';

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

describe('parse_url', () => {
  it("gives the page's parts of its example URL", async () => {
    const [[bag]] = (await rows('print Result=parse_url("scheme://username:password@host:1234/this/is/a/path?k1=v1&k2=v2#fragment")')) as unknown[][] as [[unknown]];
    expect(bag).toEqual({ Scheme: 'scheme', Host: 'host', Port: '1234', Path: 'this/is/a/path', Username: 'username', Password: 'password', 'Query Parameters': { k1: 'v1', k2: 'v2' }, Fragment: 'fragment' });
    // The page's order of the parts.
    expect(Object.keys(bag as object)).toEqual(['Scheme', 'Host', 'Port', 'Path', 'Username', 'Password', 'Query Parameters', 'Fragment']);
  });

  it('reads each part of a Graph request URI', async () => {
    expect(await rows('print p = tostring(parse_url("https://graph.microsoft.com/v1.0/users?$select=displayName,mail").Path), h = tostring(parse_url("https://graph.microsoft.com/v1.0/users").Host)')).toEqual([['v1.0/users', 'graph.microsoft.com']]);
    expect(await rows('print q = parse_url("https://graph.microsoft.com/v1.0/me/messages?$top=10&$filter=a%20eq%201")["Query Parameters"]')).toEqual([[{ $top: '10', $filter: 'a eq 1' }]]);
  });

  it('gives "" for the parts a URL does not have', async () => {
    expect(await rows('print parse_url("https://contoso.com")')).toEqual([[{ Scheme: 'https', Host: 'contoso.com', Port: '', Path: '', Username: '', Password: '', 'Query Parameters': {}, Fragment: '' }]]);
  });

  it('refuses a string that is not an absolute URL', async () => {
    expect(await refused('print parse_url("contoso.com/a/b")')).toBe('EA104');
    expect(await refused('print parse_url("")')).toBe('EA104');
  });

  it('groups Graph request URIs by path, as the corpus query does', async () => {
    const T = "datatable(RequestUri:string) ['https://graph.microsoft.com/v1.0/me', 'https://graph.microsoft.com/v1.0/me/messages?$top=10', 'https://graph.microsoft.com/v1.0/me', 'https://graph.microsoft.com/beta/me/authentication/methods']";
    expect(await rows(`${T} | extend ParsedUri = tostring(parse_url(RequestUri).Path) | summarize TotalRequest = count() by ParsedUri | sort by TotalRequest desc, ParsedUri asc`)).toEqual([
      ['v1.0/me', 2],
      ['beta/me/authentication/methods', 1],
      ['v1.0/me/messages', 1],
    ]);
  });
});
