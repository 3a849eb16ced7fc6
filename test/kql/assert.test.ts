/**
 * assert() (assert-function.md) and named-then-positional arguments of a user function (the
 * page's example calls checkLength(len=3, input)). KQL in, rows or error codes out.
 */
import { describe, expect, it } from 'vitest';
import { refused, rows } from './helpers';

const CHECK_LENGTH = `let checkLength = (len:long, s:string) { assert(len > 0, "Length must be greater than zero") and strlen(s) > len };
  datatable(input:string) ['123', '4567']`;

describe('assert()', () => {
  it('is true when its constant condition holds (the page example)', async () => {
    expect(await rows(`${CHECK_LENGTH} | where checkLength(len=3, input)`)).toEqual([['4567']]);
  });

  it('fails the query with its message when the condition is false', async () => {
    expect(await refused(`${CHECK_LENGTH} | where checkLength(len=-1, input)`)).toBe('EA008');
  });

  it('fails before reading rows: over an empty table too, as Kusto checks it when analysing the query', async () => {
    expect(await refused('datatable(x:long)[] | where assert(1 > 2, "never")')).toBe('EA008');
  });

  it('fails on a null condition (not true)', async () => {
    expect(await refused('print assert(long(null) > 0, "null")')).toBe('EA008');
  });

  it('refuses a condition that reads a column (the page: it must be constant at analysis)', async () => {
    expect(await refused('datatable(x:long)[1] | where assert(x > 0, "x")')).toBe('EA104');
  });
});

describe('user function arguments', () => {
  it('binds a positional argument after a named one to the next parameter', async () => {
    expect(await rows('let f = (a:long, b:string) { strcat(b, "-", a) }; print f(a=1, "x"), f(2, b="y"), f(b="z", a=3)')).toEqual([['x-1', 'y-2', 'z-3']]);
  });
});
