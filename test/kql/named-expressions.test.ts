/**
 * named-expressions.md: a function with no parameters named without parentheses is a call of it,
 * and toscalar() inside such a function is one value for the whole query, however often it is
 * called (toscalar-function.md); with other arguments it is another value.
 */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';

describe('functions named without parentheses', () => {
  it('calls a function whose parameters all have defaults', async () => {
    expect(await rows('let f = () { 42 }; let g = (a:long = 5) { a * 2 }; print f, g, g(1)')).toEqual([[42, 10, 2]]);
  });

  it('evaluates rand() at each call, toscalar(rand()) once for the query', async () => {
    const [[x1, x2, y1, y2]] = (await rows('let x = () {rand(1000000)}; let y = () {toscalar(rand(1000000))}; print x, x, y, y')) as number[][];
    expect(y1).toBe(y2);
    expect(x1).not.toBe(x2); // two draws of a million values: equal once in a million runs
  });

  it('keeps toscalar() of different arguments apart', async () => {
    expect(await rows('let f = (a:long) { toscalar(a * 2) }; print f(1), f(2), f(1)')).toEqual([[2, 4, 2]]);
  });

  it('gives every row the same toscalar(rand())', async () => {
    expect(await rows('range i from 1 to 20 step 1 | extend t = toscalar(rand()) | summarize dcount(t)')).toEqual([[1]]);
  });
});
