/**
 * String functions (src/kql/compile/expr/functions-string.ts) against the examples and rules of
 * their pages in Microsoft's KQL reference (learn.microsoft.com/kusto/query/<name>-function).
 * Expected values are the pages' own; the mutation module `kql-strings` runs this file.
 */
import { describe, expect, it } from 'vitest';
import { refused, rows, table } from './helpers';

const one = async (expr: string): Promise<unknown> => ((await rows(`print r = ${expr}`)) as unknown[][])[0]![0];

describe('documented examples', () => {
  it.each<[string, unknown]>([
    // tostring-function.md, strcat-function.md, strcat-delim-function.md
    ['tostring(123)', '123'],
    ['strcat("hello", " ", "world")', 'hello world'],
    ["strcat_delim('-', 1, '2', 'A', 1s)", '1-2-A-00:00:01'],
    // tolower-function.md, toupper-function.md, strlen-function.md
    ['tolower("Hello")', 'hello'],
    ['toupper("hello")', 'HELLO'],
    ['strlen("hello")', 5],
    ['strlen("⒦⒰⒮⒯⒪")', 5],
    // substring-function.md
    ['substring("123456", 1)', '23456'],
    ['substring("123456", 2, 2)', '34'],
    ['substring("ABCD", 0, 2)', 'AB'],
    ['substring("123456", -2, 2)', '56'],
    // split-function.md
    ['split("aa_bb", "_")', ['aa', 'bb']],
    ['split("aaa_bbb_ccc", "_", 1)', ['bbb']],
    ['split("", "_")', ['']],
    ['split("a__b", "_")', ['a', '', 'b']],
    ['split("aabbcc", "bb")', ['aa', 'cc']],
    // extract-function.md
    ['extract("x=([0-9.]+)", 1, "hello x=45.6|wo")', '45.6'],
    ['extract("x=([0-9.]+)", 1, "hello x=45.6|wo", typeof(real))', 45.6],
    ['extract("x=([0-9.]+)", 1, "hello wo")', ''],
    // extract-all-function.md
    ['extract_all(@"(\\d+)", "a1b22c333")', ['1', '22', '333']],
    ['extract_all(@"(\\w)(\\d+)", "a1b22")', [['a', '1'], ['b', '22']]],
    ['extract_all(@"(?<first>\\w)(?<second>\\d+)", dynamic(["second", "first"]), "a1b22")', [['1', 'a'], ['22', 'b']]],
    ['extract_all(@"(\\w)(\\d+)", dynamic([2, 1]), "a1b22")', [['1', 'a'], ['22', 'b']]],
    // extract-all-function.md (the page's own examples): one group gives a flat array, several an
    // array per match, captureGroups picks groups by number or name; no match is null
    ['extract_all(@"(\\d+)", "a set of numbers: 123, 567 and 789")', ['123', '567', '789']],
    ['extract_all(@"([\\da-f]{2})", "82b8be2d-dfa7-4bd1-8f63-24ad26d31449")', ['82', 'b8', 'be', '2d', 'df', 'a7', '4b', 'd1', '8f', '63', '24', 'ad', '26', 'd3', '14', '49']],
    ['extract_all(@"(\\w)(\\w+)(\\w)", "82b8be2d-dfa7-4bd1-8f63-24ad26d31449")', [['8', '2b8be2', 'd'], ['d', 'fa', '7'], ['4', 'bd', '1'], ['8', 'f6', '3'], ['2', '4ad26d3144', '9']]],
    ['extract_all(@"(\\w)(\\w+)(\\w)", dynamic([1,3]), "82b8be2d-dfa7-4bd1-8f63-24ad26d31449")', [['8', 'd'], ['d', '7'], ['4', '1'], ['8', '3'], ['2', '9']]],
    ["extract_all(@\"(?P<first>\\w)(?P<middle>\\w+)(?P<last>\\w)\", dynamic(['first',2,'last']), \"82b8be2d-dfa7-4bd1-8f63-24ad26d31449\")", [['8', '2b8be2', 'd'], ['d', 'fa', '7'], ['4', 'bd', '1'], ['8', 'f6', '3'], ['2', '4ad26d3144', '9']]],
    // regex.md, Grouping: only (exp), (?P<name>exp) and (?<name>exp) capture; (?:exp) and
    // (?flags:exp) do not; \( is a literal parenthesis. So each regex below has the groups it
    // shows: one group gives a flat array (extract-all-function.md)
    ['extract_all(@"(?:x|y)(\\d)", "x1y2")', ['1', '2']],
    ['extract_all(@"(?i:x)(\\d)", "x1X2")', ['1', '2']],
    ['extract_all(@"\\((\\d)\\)", "(1) (2)")', ['1', '2']],
    ['extract_all(@"(?<first>\\w)(?:-)(?<second>\\d)", dynamic(["second", "first"]), "a-1b-2")', [['1', 'a'], ['2', 'b']]],
    ['extract_all(@"(?P<first>\\w)\\((?P<second>\\d)\\)", dynamic(["second", "first"]), "a(1)b(2)")', [['1', 'a'], ['2', 'b']]],
    // "If there's no match: null" (was an empty array)
    ['extract_all(@"(\\d+)", "no digits here")', null],
    ['extract_all(@"(\\w)(\\d+)", "no digits here")', null],
    ['extract_all(@"(\\w)(\\w+)(\\w)", dynamic([1,3]), "-- --")', null],
    // replace-regex-function.md, replace-string-function.md, replace (the older name, regex first)
    ['replace_regex("A magic trick can turn a cat into a dog", @"cat", "hamster")', 'A magic trick can turn a hamster into a dog'],
    ['replace_regex("Number was: 5 and 6", @"(\\d+)", @"<\\1>")', 'Number was: <5> and <6>'],
    ['replace(@"cat", "hamster", "A cat and a cat")', 'A hamster and a hamster'],
    ['replace_string("A magic trick can turn a cat into a dog", "cat", "hamster")', 'A magic trick can turn a hamster into a dog'],
    // trim-function.md, trim-start-function.md, trim-end-function.md
    ['trim(@"[^\\w]+", "- Te st1// $")', 'Te st1'],
    ['trim("--", "----te--st----")', 'te--st'],
    ['trim_start(@"[^\\w]+", "- Te st1// $")', 'Te st1// $'],
    ['trim_end(@"[^\\w]+", "- Te st1// $")', '- Te st1'],
    // indexof-function.md
    ['indexof("abcdefg", "cde")', 2],
    ['indexof("abcdefg", "cde", 1, 4)', 2],
    ['indexof("abcdefg", "cde", 1, 2)', -1],
    ['indexof("abcdefg", "cde", 3, 4)', -1],
    ['indexof("abcdefg", "cde", -5)', 2],
    ['indexof(1234567, 5, 1, 4)', 4],
    ['indexof("abcdefg", "cde", 2, -1)', 2],
    ['indexof("abcdefgabcdefg", "cde", 1, 10, 2)', 9],
    ['indexof("abcdefgabcdefg", "cde", 1, -1, 3)', -1],
    ['indexof("abcdefg", "xyz")', -1],
    ['indexof("abcdefg", "cde", 1, -2)', null],
    ['indexof("abcdefg", "cde", 1, -1, -1)', null],
    // countof-function.md: plain matches may overlap, regex matches do not
    ['countof("aaa", "a")', 3],
    ['countof("aaaa", "aa")', 3],
    ['countof("ababa", "ab", "normal")', 2],
    ['countof("ababa", "aba")', 2],
    ['countof("ababa", "aba", "regex")', 1],
    ['countof("abcabc", "a.c", "regex")', 2],
    // translate-function.md
    ['translate("abc", "x", "abc")', 'xxx'],
    ['translate("abc", "", "ab")', ''],
    ['translate("krasp", "otsku", "spark")', 'kusto'],
    // strcat-array-function.md, url-decode-function.md, base64-decode-tostring-function.md
    ['strcat_array(dynamic([1, 2, 3]), "->")', '1->2->3'],
    ['url_decode("https%3a%2f%2fwww.bing.com%2f")', 'https://www.bing.com/'],
    ['base64_decode_tostring("S3VzdG8=")', 'Kusto'],
    ['base64_decodestring("S3VzdG8=")', 'Kusto'],
    // tohex-function.md
    ['tohex(256)', '100'],
    ['tohex(-256)', 'ffffffffffffff00'],
    ['tohex(toint(-256), 8)', 'ffffff00'],
    ['tohex(256, 8)', '00000100'],
    ['tohex(256, 2)', '100'],
    // strcmp-function.md
    ['strcmp("ABC", "ABC")', 0],
    ['strcmp("abc", "ABC")', 1],
    ['strcmp("ABC", "abc")', -1],
    ['strcmp("abcde", "abc")', 1],
    // isascii-function.md
    ['isascii("some string")', true],
    ['isascii("שלום")', false],
    // toguid-function.md
    ['toguid("0123456789abcdef0123456789abcdef")', '01234567-89ab-cdef-0123-456789abcdef'],
    ['toguid("0123456789ab-cdef-0123-456789abcdef")', '01234567-89ab-cdef-0123-456789abcdef'],
    ['toguid("a string that is not a guid")', null],
    // "takes the first 32 characters of the input, ignoring properly located hyphens … The rest of
    // the string is ignored" (was null when anything followed the 32 digits)
    ['toguid("0123456789abcdef0123456789abcdef and more")', '01234567-89ab-cdef-0123-456789abcdef'],
    ['toguid("01234567-89ab-cdef-0123-456789abcdef-x")', '01234567-89ab-cdef-0123-456789abcdef'],
    ['toguid("x0123456789abcdef0123456789abcdef")', null],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toEqual(expected);
  });
});

// extract-all-function.md, Returns: "If number of captureGroups is 1: The returned array has a
// single dimension of matched values. If number of captureGroups is more than 1: The returned array
// is a two-dimensional collection … or all capture groups present in the regex if captureGroups is
// omitted"; captureGroups: "Valid values are from 1 to the number of capturing groups"; regex.md:
// (?<name>exp) is a named capture group.
describe('extract_all() capture groups (extract-all-function.md)', () => {
  it.each<[string, unknown]>([
    // one selected group: a flat array (was refused)
    ['extract_all(@"(\\w)(\\d+)", dynamic([2]), "a1b22")', ['1', '22']],
    ['extract_all(@"(?<l>\\w)(?<d>\\d+)", dynamic(["l"]), "a1b22")', ['a', 'b']],
    ['extract_all(@"(\\w)", dynamic([1]), "ab")', ['a', 'b']],
    // every group of the regex, named ones too
    ['extract_all(@"(?<l>\\w)(?<d>\\d+)", "a1b22")', [['a', '1'], ['b', '22']]],
    ['extract_all(@"(?P<l>\\w)(\\d+)", "a1b22")', [['a', '1'], ['b', '22']]],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toEqual(expected);
  });
  it('group 0 is not a valid group; neither is one past the last', async () => {
    expect(await refused('print extract_all(@"(\\w)(\\d)", dynamic([0, 1]), "a1")')).not.toBe('ran');
    expect(await refused('print extract_all(@"(\\w)(\\d)", dynamic([2, 3]), "a1")')).not.toBe('ran');
  });
  // style.md 5: a form the engine does not answer is a coded diagnostic (EA104), never a crash
  // or a database error.
  it('a group past the last is refused by the compiler, not by the database', async () => {
    // (a query of its own: the engine reuses the compilation of a text it has seen)
    expect(await refused('print extract_all(@"(\\w)(\\d)", dynamic([1, 3]), "b2")')).toBe('EA104');
  });
  it('a computed regular expression or capture-group list is refused with a code', async () => {
    expect(await refused('print extract_all(strcat("(", "a)"), "a")')).toBe('EA104');
    expect(await refused('let g = dynamic([1, 2]); print extract_all(@"(\\w)(\\d)", g, "a1")')).toBe('EA104');
  });
});

describe('types and refusals the pages state', () => {
  it('new_guid() is a guid of 36 characters, different per call', async () => {
    const t = await table('print a = new_guid(), b = new_guid() | extend n = strlen(tostring(a))');
    expect(t.columns).toEqual(['a:guid', 'b:guid', 'n:long']);
    expect(t.rows[0]![2]).toBe(36);
    expect(t.rows[0]![0]).not.toBe(t.rows[0]![1]);
  });
  it('extract() returns the requested type (extract-function.md)', async () => {
    const t = await table('print a = extract(@"(\\d+)", 1, "id 42", typeof(long)), b = extract(@"(\\d+)", 1, "id 42", typeof(int)), c = extract(@"(\\d{4}-\\d\\d-\\d\\d)", 1, "on 2020-01-02", typeof(datetime)), d = extract(@"(\\d+)", 1, "none", typeof(long))');
    expect(t.columns).toEqual(['a:long', 'b:int', 'c:datetime', 'd:long']);
    expect(t.rows).toEqual([[42, 42, '2020-01-02T00:00:00.000Z', null]]);
  });
  it('countof() takes the kind normal or regex only (countof-function.md)', async () => {
    expect(await refused('print countof("aaa", "a", "other")')).not.toBe('ran');
  });
  it('tohex() takes an int or a long only (tohex-function.md)', async () => {
    expect(await refused('print tohex(1.5)')).not.toBe('ran');
  });
  it('extract_all() needs a literal regular expression and existing groups', async () => {
    expect(await refused('print extract_all(strcat("(", "a)"), "a")')).not.toBe('ran');
    expect(await refused('print extract_all(@"(\\w)(\\d)", dynamic([1, 3]), "a1")')).not.toBe('ran');
    expect(await refused('print extract_all(@"(?<a>\\w)(\\d)", dynamic(["a", "b"]), "a1")')).not.toBe('ran');
  });
  it('strlen() and strcmp() are longs, string functions are strings', async () => {
    const t = await table('print a = strlen("x"), b = strcmp("a", "b"), c = substring("ab", 1), d = countof("a", "a"), e = indexof("a", "a")');
    expect(t.columns).toEqual(['a:long', 'b:long', 'c:string', 'd:long', 'e:long']);
  });
});
