/**
 * extract() with and without a type (extract-function.md): the match is returned as text unless a
 * type is asked for, a long keeps all 64 bits, and a value the type cannot hold is null. Added
 * after the second mutation run of kql-strings-functions (TESTING.md).
 */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';

const one = async (expr: string): Promise<unknown> => ((await rows(`print r = ${expr}`)) as unknown[][])[0]![0];

describe('extract() types', () => {
  it.each<[string, unknown]>([
    ['extract("([a-z]+)", 1, "123 abc")', 'abc'],
    ['tostring(extract(@"(\\d+)", 1, "id 9007199254740993", typeof(long)))', '9007199254740993'],
    ['isnull(extract(@"(\\d+)", 1, "id 2147483648", typeof(int)))', true],
    ['extract(@"(\\d+)", 1, "id 2147483647", typeof(int))', 2147483647],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toEqual(expected);
  });
});
