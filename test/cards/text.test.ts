import { readableUrl } from '../../src/cards/query-section';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatCell, oneLine, readableDateTime, truncate } from '../../src/cards/text';
import { humanizeColumn } from '../../src/cards/table-card';

describe('text helpers', () => {
  it('truncate keeps short text and never splits a surrogate pair', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('a😀b', 3)).toBe('a…');
    expect(truncate('😀😀😀', 4)).toBe('😀…');
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abcdef', 1)).toBe('…');
  });

  it('formatCell', () => {
    expect(formatCell(true)).toBe('Yes');
    expect(formatCell(false)).toBe('No');
    expect(formatCell(null)).toBe('—');
    expect(formatCell('')).toBe('—');
    expect(formatCell(50126)).toBe('50126');
    expect(formatCell(Number.NaN)).toBe('—');
    expect(formatCell('2024-03-13T08:15:00Z')).toBe('2024-03-13 08:15 UTC');
    expect(formatCell('2024-03-13T08:15:07.123Z')).toBe('2024-03-13 08:15:07 UTC');
    expect(formatCell('2024-03-13')).toBe('2024-03-13');
  });

  it('readableDateTime keeps offsets and leaves non-dates alone', () => {
    expect(readableDateTime('2024-03-13T08:15:00+02:00')).toBe('2024-03-13 08:15 UTC+02:00');
    expect(readableDateTime('not 2024-03-13T08:15:00Z')).toBe('not 2024-03-13T08:15:00Z');
  });

  it('escapeMarkdown escapes link and emphasis syntax', () => {
    expect(escapeMarkdown('[a](b) *c* _d_ `e` ~f~')).toBe('\\[a\\](b) \\*c\\* \\_d\\_ \\`e\\` \\~f\\~');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('# h')).toBe('\\# h');
    expect(escapeMarkdown('12. Green')).toBe('12\\. Green');
    // ordinary values are unchanged
    for (const v of ['6e7b768e-07e2-4810-8459-485f84f8f204', 'karita@woodgrovebank.com', '2024-03-13 08:15 UTC', '-5', 'v1.0']) {
      expect(escapeMarkdown(v)).toBe(v.startsWith('-') ? `\\${v}` : v);
    }
  });

  it('truncate keeps a high surrogate with its pair at either end of the range (U+D800, U+DBFF), and cuts after any other character', () => {
    expect(truncate('a\u{10000}bc', 3)).toBe('a…'); // U+10000 is \uD800\uDC00
    expect(truncate('a\u{10FC00}bc', 3)).toBe('a…'); // \uDBFF\uDC00
    expect(truncate('a\uE000bc', 3)).toBe('a\uE000…'); // above the surrogates: not a pair
    expect(truncate('a\uD7FFbc', 3)).toBe('a\uD7FF…'); // below the surrogates
    expect(truncate('a\uDC00bc', 3)).toBe('a\uDC00…'); // a (lone) low surrogate is not the start of a pair
    expect(truncate('abc', -1)).toBe('');
  });

  it('escapeMarkdown collapses line breaks, so a value "a\\n# b" cannot start a heading, list or quote on a new line', () => {
    expect(escapeMarkdown('a\n# b')).toBe('a # b');
    expect(escapeMarkdown('a\r\n- b')).toBe('a - b');
    expect(escapeMarkdown('a\u2028> b\u2029+ c')).toBe('a > b + c');
    expect(escapeMarkdown('x\n\n1. y')).toBe('x 1. y');
    expect(escapeMarkdown('a\n# b')).not.toMatch(/[\n\r\u2028\u2029]/);
  });

  it('oneLine turns every run of control characters and line separators into one space', () => {
    expect(oneLine('a\n\r\tb\u0000c\u001fd\u007fe\u2028\u2029f')).toBe('a b c d e f');
    expect(oneLine('no breaks here')).toBe('no breaks here');
  });

  it('escapeMarkdown escapes a numbered-list or block marker only at the start, after optional spaces', () => {
    expect(escapeMarkdown('  3. x')).toBe('  3\\. x');
    expect(escapeMarkdown('v1. beta')).toBe('v1. beta');
    expect(escapeMarkdown('a 1. b')).toBe('a 1. b');
    expect(escapeMarkdown('1.5 GB')).toBe('1.5 GB');
    expect(escapeMarkdown('x1. y')).toBe('x1. y');
    expect(escapeMarkdown('  > quoted')).toBe('  \\> quoted');
    expect(escapeMarkdown('a - b # c > d + e')).toBe('a - b # c > d + e');
    expect(escapeMarkdown('+1 555')).toBe('\\+1 555');
    expect(escapeMarkdown('plain')).toBe('plain');
  });

  it('readableDateTime reads +00:00 and +0000 as UTC and keeps other offsets with or without a colon', () => {
    expect(readableDateTime('2024-03-13T08:15:00+00:00')).toBe('2024-03-13 08:15 UTC');
    expect(readableDateTime('2024-03-13T08:15:00+0000')).toBe('2024-03-13 08:15 UTC');
    expect(readableDateTime('2024-03-13T08:15:00-0530')).toBe('2024-03-13 08:15 UTC-0530');
    expect(readableDateTime('2024-03-13T08:15+01:00')).toBe('2024-03-13 08:15 UTC+01:00');
    expect(readableDateTime('2024-03-13T08:15:09.5Z')).toBe('2024-03-13 08:15:09 UTC');
    for (const notADate of ['2024-3-13T08:15:00Z', '2024-03-13T8:15:00Z', '2024-03-13T08:15:00', 'x2024-03-13T08:15:00Z', '2024-03-13T08:15:00Zx', '2024-03-13T08:15:00+1', '2024-03-13T08:15:0Z', '24-03-13T08:15:00Z', '2024-03-1T08:15:00Z', '2024-03-13T08:5:00Z', '2024-03-13T08:15:00.Z', '2024-03-13T08:15:00*01:00', 'abcd-ef-ghTij:kl:mnZ']) {
      expect(readableDateTime(notADate), notADate).toBe(notADate);
    }
  });

  it('humanizeColumn', () => {
    expect(humanizeColumn('userPrincipalName')).toBe('User principal name');
    expect(humanizeColumn('IPAddress')).toBe('IP address');
    expect(humanizeColumn('TimeGenerated')).toBe('Time generated');
    expect(humanizeColumn('')).toBe('');
    expect(humanizeColumn('error_code')).toBe('Error code');
  });
});

describe('readableUrl', () => {
  it.each([
    ["https://graph.microsoft.com/v1.0/groups?$filter=displayName%20eq%20'Finance%20Department'", "https://graph.microsoft.com/v1.0/groups?$filter=displayName eq 'Finance Department'"],
    ['https://graph.microsoft.com/v1.0/x?$filter=a%20eq%20%27%E2%80%99%27', "https://graph.microsoft.com/v1.0/x?$filter=a eq '’'"],
    ['https://graph.microsoft.com/v1.0/bad%E0%A4%A', 'https://graph.microsoft.com/v1.0/bad%E0%A4%A'],
  ])('%s', (url, readable) => {
    expect(readableUrl(url)).toBe(readable);
  });
});
