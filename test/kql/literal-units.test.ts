/** kqlString, output for output: each escape Kusto documents for string literals, and \u escapes for other controls. */
import { describe, expect, it } from 'vitest';
import { kqlString } from '../../src/kql/literal';

describe('kqlString exact output', () => {
  it.each<[string, string]>([
    ['', '""'],
    ['plain', '"plain"'],
    ['O"Brien', '"O\\"Brien"'],
    ['a\\b', '"a\\\\b"'],
    ['l1\nl2', '"l1\\nl2"'],
    ['a\rb', '"a\\rb"'],
    ['a\tb', '"a\\tb"'],
    ["it's", '"it\'s"'],
    ['\u0000', '"\\u0000"'],
    ['\u0001\u001f', '"\\u0001\\u001f"'],
    ['\u0020', '" "'],
    ['\u007e\u007f\u0080', '"~\\u007f\u0080"'],
    ['\u0085', '"\\u0085"'],
    ['\u2027\u2028\u2029\u202a', '"\u2027\\u2028\\u2029\u202a"'],
    ['😀é', '"😀é"'],
  ])('%j', (value, literal) => {
    expect(kqlString(value)).toBe(literal);
  });
});
