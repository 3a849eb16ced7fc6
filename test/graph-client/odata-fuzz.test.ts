import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphSource, odataFilter, odataPathSegment, odataQuery, odataSearch, odataString } from '../../src/sources/graph';
import { wellFormed } from '../../src/sources/graph/odata';
import { readSearchClause, splitQuery, tokenizeFilter } from './odata-tokenizer';
import type { Stub } from './stub-server';
import { startStub } from './stub-server';

/** Pieces an attacker (or an unlucky surname) would try. */
const FRAGMENTS = [
  "'", "''", "' or 1 eq 1", "') or (1 eq 1", "' or '1' eq '1", '|', ';', '\n', '\r\n', '\t', '\u0000',
  '\u2019', '\u02BC', '\u2018', '\uFF07', '%', '%27', '%2527', '&', '&$filter=', '#', '+', '=', '?', '/', '\\',
  '"', '\\"', 'https://evil.example/', '$top=1', ' eq ', ' and ', '(', ')', ',', '\uD800', '\uDFFF', '😀', 'é', 'ß',
];

const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 10 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const filterOf = (query: string): string => {
  const filters = splitQuery(query).filter(([k]) => k === '$filter');
  expect(filters).toHaveLength(1);
  return (filters[0] as [string, string])[1];
};

describe('OData literals under hostile input', () => {
  it('a value in `displayName eq …` stays one string literal that round-trips', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const query = odataQuery({ filter: odataFilter`displayName eq ${name}`, select: ['id'], top: 5 });
        expect(splitQuery(query).map(([k]) => k)).toEqual(['$filter', '$select', '$top']);
        expect(tokenizeFilter(filterOf(query))).toEqual([
          { kind: 'word', value: 'displayName' },
          { kind: 'word', value: 'eq' },
          { kind: 'string', value: wellFormed(name) },
        ]);
      }),
      { numRuns: 600 },
    );
  });

  it('two values in one expression stay two literals', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const filter = filterOf(odataQuery({ filter: odataFilter`startswith(displayName,${a}) or mail eq ${b}` }));
        const tokens = tokenizeFilter(filter);
        expect(tokens.map((t) => t.kind)).toEqual(['word', 'punct', 'word', 'punct', 'string', 'punct', 'word', 'word', 'word', 'string']);
        expect(tokens.filter((t) => t.kind === 'string').map((t) => t.value)).toEqual([wellFormed(a), wellFormed(b)]);
      }),
      { numRuns: 300 },
    );
  });

  it('a $search value stays inside its clause', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const query = odataQuery({ search: odataSearch('displayName', name), count: true });
        const params = splitQuery(query);
        expect(params.map(([k]) => k)).toEqual(['$search', '$count']);
        const clause = readSearchClause((params[0] as [string, string])[1]);
        expect(clause).toEqual({ property: 'displayName', value: wellFormed(name), rest: '' });
      }),
      { numRuns: 400 },
    );
  });

  it('a key stays one path segment', () => {
    fc.assert(
      fc.property(hostile.filter((s) => !/^(\.|%2e){0,2}$/i.test(s)), (upn) => {
        const url = new URL(`http://stub/v1.0/users/${odataPathSegment(upn)}?$select=id`);
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(4);
        expect(decodeURIComponent(segments[3] as string)).toBe(wellFormed(upn));
        expect(url.search).toBe('?$select=id');
        expect(url.hash).toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('very long values are escaped whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 5_000, maxLength: 20_000 }), (name) => {
        expect(tokenizeFilter(filterOf(odataQuery({ filter: odataFilter`displayName eq ${name}` })))).toEqual([
          { kind: 'word', value: 'displayName' },
          { kind: 'word', value: 'eq' },
          { kind: 'string', value: wellFormed(name) },
        ]);
      }),
      { numRuns: 10 },
    );
    const quotes = "'".repeat(100_000);
    expect(odataString(quotes)).toHaveLength(200_002);
  });
});

describe('OData literals survive the graph client and fetch', () => {
  let stub: Stub;
  beforeAll(async () => {
    stub = await startStub(() => ({ body: { value: [] } }));
  });
  afterAll(async () => {
    await stub.close();
  });

  it('the server decodes exactly the $filter and $search that were built', async () => {
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root }, { maxRetries: 0 });
    await fc.assert(
      fc.asyncProperty(hostile, async (name) => {
        const filter = odataFilter`displayName eq ${name}`;
        const search = odataSearch('displayName', name);
        const seen = stub.requests.length;
        await graph.execute({ source: 'graph', id: 'q', method: 'GET', path: `/users${odataQuery({ filter, search, top: 1 })}` });
        const url = new URL(stub.requests[seen]?.url ?? '', 'http://stub');
        expect(url.pathname).toBe('/v1.0/users');
        expect([...url.searchParams.keys()].sort()).toEqual(['$filter', '$search', '$top']);
        expect(url.searchParams.get('$filter')).toBe(filter);
        expect(url.searchParams.get('$search')).toBe(search);
        expect(url.searchParams.get('$top')).toBe('1');
      }),
      { numRuns: 60 },
    );
  });
});
