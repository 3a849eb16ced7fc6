/** URL encoding, regex_quote, hashes of datetimes, array_split and format_bytes beyond the pages' examples. */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';
import { cellText } from '../../src/kql/conformance/docs-cases';

describe('string functions', () => {
  it.each<[string, unknown]>([
    ["url_encode_component('a b/ü~')", 'a%20b%2f%c3%bc~'],
    ["url_encode('a b!(x)*~')", 'a+b!(x)*%7e'],
    ["regex_quote('a.b*c[d]')", 'a\\.b\\*c\\[d]'],
    ['hash_sha256(datetime(2020-01-01))', 'ba666752dc1a20eb750b0eb64e780cc4c968bc9fb8813461c1d7e750f302d71d'],
    ["reverse('abc')", 'cba'],
    ['reverse(datetime(2020-01-01))', 'Z0000000.00:00:00T10-10-0202'],
    ['array_split(dynamic([1, 2, 3]), -1)', [[1, 2], [3]]],
    ['array_split(dynamic([1, 2, 3]), 10)', [[1, 2, 3], []]],
    ['format_bytes(1024)', '1 KB'],
    ['format_bytes(1536, 1)', '1.5 KB'],
  ])('%s', async (call, expected) => {
    expect(await rows(`print r = ${call}`)).toEqual([[expected]]);
  });
});

describe('reading a page cell', () => {
  it('keeps backslashes inside a code span and unescapes them outside one', () => {
    expect(cellText('`\\(a\\)`')).toBe('\\(a\\)');
    expect(cellText('a\\_b')).toBe('a_b');
  });
});

describe('units conversion', () => {
  it.each<[string, number]>([
    ["convert_length(1, 'Mile', 'Kilometer')", 1.609344],
    ["convert_temperature(212, 'DegreeFahrenheit', 'DegreeCelsius')", 100],
    ["convert_volume(1, 'UsGallon', 'Liter')", 3.785411784],
  ])('%s', async (call, expected) => {
    const [[v]] = (await rows(`print r = ${call}`)) as [[number]];
    expect(v).toBeCloseTo(expected, 9);
  });

  it('refuses a unit it has no factor for instead of guessing', async () => {
    await expect(rows("print r = convert_length(1, 'Meter', 'Furlong')")).rejects.toMatchObject({ code: 'EA104' });
  });
});
