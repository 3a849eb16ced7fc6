import { readableUrl } from '../../src/cards/query-section';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatCell, readableDateTime, truncate } from '../../src/cards/text';
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
