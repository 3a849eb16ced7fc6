/** How the documentation suite reads pages and judges a result against a page's output table. */
import { describe, expect, it } from 'vitest';
import { examplesOf, looksSelfContained, stripComments, tableCells } from '../../src/kql/conformance/docs-markdown';
import { cellText, datetimeText, sameCell, tableDifference, timespanTicks } from '../../src/kql/conformance/docs-cases';
import { isRefusal } from '../../src/kql/conformance/docs-run';

const PAGE = [
  '## Example',
  '```kusto',
  'print x = 1 // one',
  '```',
  '**Output**',
  '',
  '|x|',
  '|--|',
  '|1|',
  '',
  '```kusto',
  'StormEvents | take 1',
  '```',
  '## Next',
  '```kusto',
  'print a = "p\\|q"',
  '```',
  '| a |',
  '|---|',
  '| p\\|q |',
].join('\n');

describe('reading a page', () => {
  it('finds each kusto block followed by a table before the next block or heading', () => {
    const found = examplesOf(PAGE);
    expect(found.map((e) => [e.line, e.columns, e.rows])).toEqual([
      [2, ['x'], [['1']]],
      [15, ['a'], [['p|q']]],
    ]);
  });
  it('keeps only examples that build their own data', () => {
    expect(looksSelfContained('// c\nlet t = datatable(a:int)[1]; t')).toBe(true);
    expect(looksSelfContained('StormEvents | count')).toBe(false);
    expect(stripComments('print "a // b" // c')).toBe('print "a // b"');
    expect(tableCells('| a | `b` |')).toEqual(['a', '`b`']);
  });
});

describe('judging a cell', () => {
  it.each<[string, unknown, string, boolean]>([
    ['`[1, 2]`', [1, 2], 'dynamic', true],
    ['{<br>  "a": 1<br>}', { a: 1 }, 'dynamic', true],
    ['[1, 3]', [1, 2], 'dynamic', false],
    ['0.333', 1 / 3, 'real', true],
    ['0.34', 1 / 3, 'real', false],
    ['1,048,576', 1048576, 'long', true],
    ['', null, 'long', true],
    ['(null)', null, 'int', true],
    ['0', null, 'long', false],
    ['2016-12-31 23:59:59.9999999', '2016-12-31T23:59:59.999999Z', 'datetime', true],
    ['2017-01-01 00:00:00.0000000', '2017-01-01T00:00:01.000Z', 'datetime', false],
    ['1.00:00:00', '1.00:00:00', 'timespan', true],
    ['True', true, 'bool', true],
    ['<https://bing.com>', 'https://bing.com', 'string', true],
  ])('%s vs %j (%s) → %s', (cell, value, type, same) => {
    expect(sameCell(cell, value, type)).toBe(same);
  });
  it('parses the page formats of datetimes and timespans', () => {
    expect(datetimeText('2/17/2016 8:40:01 PM')).toBe('2016-02-17 20:40:01.0000000');
    expect(timespanTicks('-1.02:03:04.5')).toBe(-(((86400n + 2n * 3600n + 3n * 60n + 4n) * 10_000_000n) + 5_000_000n));
    expect(cellText('**`x`**')).toBe('x');
  });
});

describe('judging a table', () => {
  const table = { columns: [{ name: 'k', type: 'string' }, { name: 'n', type: 'long' }], rows: [['b', 2], ['a', 1]] };
  it('compares rows in any order unless the query sorts', () => {
    const expected = { columns: ['k', 'n'], rows: [['a', '1'], ['b', '2']] };
    expect(tableDifference(expected, 'T', table)).toBeUndefined();
    expect(tableDifference(expected, 'T | sort by k asc', table)).toMatch(/^rows/);
  });
  it('reports different column names', () => {
    expect(tableDifference({ columns: ['K', 'n'], rows: [] }, 'T', { ...table, rows: [] })).toMatch(/^columns/);
  });
  it('counts unsupported, policy, limit and binder errors as refusals, failures as not', () => {
    expect(['EA101', 'EA104', 'EA006', 'EA201', 'KS204'].every(isRefusal)).toBe(true);
    expect(['EA500', 'EA501', 'EA105', 'BUG'].some(isRefusal)).toBe(false);
  });
});
