/** CSV of an answer's rows and the card's download link. */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/answer';
import { answerCsv, csvFileName } from '../../src/answers/csv';
import { renderAnswerCard } from '../../src/cards';
import { CsvExports } from '../../src/bot/csv-exports';
import { csvExportStoreContract } from '../helpers/csv-export-contract';

function table(n: number): Answer {
  return {
    kind: 'table', title: 'Who had access to Salesforce, 2026-06-01 to 2026-11-15', summary: `${n} rows`,
    columns: ['name', 'note'], columnTitles: ['Name', 'Note'],
    rows: Array.from({ length: n }, (_, i) => [`Person ${i}`, i % 2 === 0 ? 'plain' : 'with "quotes", commas']),
    facts: [], followUps: [],
  };
}

function actionsOf(card: unknown): { type: string; title: string; url?: string }[] {
  const out: { type: string; title: string; url?: string }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['type'] === 'string' && String(o['type']).startsWith('Action.')) out.push(o as never);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe('answerCsv', () => {
  it('writes a header and every row, quoting what needs it (RFC 4180)', () => {
    const csv = answerCsv(table(3));
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Name,Note', 'Person 0,plain', 'Person 1,"with ""quotes"", commas"', 'Person 2,plain', '']);
  });

  it('defuses spreadsheet formulas and keeps numbers and empty cells', () => {
    const a: Answer = { ...table(0), columns: ['a', 'b', 'c'], columnTitles: undefined, rows: [['=HYPERLINK("x")', -3, null], ['@SUM(A1)', true, ' padded ']] };
    expect(answerCsv(a).slice(1).split('\r\n')).toEqual(['a,b,c', '"\'=HYPERLINK(""x"")",-3,', "'@SUM(A1),true,\" padded \"", '']);
  });

  it('names the file after the title', () => {
    expect(csvFileName(table(1))).toBe('who-had-access-to-salesforce-2026-06-01-to-2026-11-15.csv');
  });
});

describe('the card links the CSV when its page cannot hold every row', () => {
  it('adds Action.OpenUrl for a long table, on every page', () => {
    const url = 'https://bot.example/exports/abc.csv';
    const first = actionsOf(renderAnswerCard(table(60), { question: 'q', queries: [], csvUrl: url }));
    expect(first).toContainEqual(expect.objectContaining({ type: 'Action.OpenUrl', url, title: 'Download all 60 rows (CSV)' }));
    const second = actionsOf(renderAnswerCard(table(60), { question: 'q', queries: [], csvUrl: url, page: 1 }));
    expect(second.some((a) => a.type === 'Action.OpenUrl' && a.url === url)).toBe(true);
  });

  it('does not when the page holds every row, or without a URL', () => {
    expect(actionsOf(renderAnswerCard(table(5), { question: 'q', queries: [], csvUrl: 'https://x/e.csv' })).some((a) => a.type === 'Action.OpenUrl')).toBe(false);
    expect(actionsOf(renderAnswerCard(table(60), { question: 'q', queries: [] })).some((a) => a.type === 'Action.OpenUrl')).toBe(false);
  });
});

csvExportStoreContract('CsvExports (memory)', (options) => new CsvExports(options));

describe('CsvExports (memory)', () => {
  it('keeps at most maxEntries, dropping the oldest', async () => {
    const store = new CsvExports({ maxEntries: 2 });
    const tokens: string[] = [];
    for (const i of [1, 2, 3]) tokens.push(/exports\/(.*)\.csv$/.exec(await store.add(`${i}`, 'f.csv', 'o', 'msteams'))?.[1] as string);
    expect(store.size).toBe(2);
    expect(await store.get(tokens[0] as string)).toBeUndefined();
    expect((await store.get(tokens[2] as string))?.csv).toBe('3');
  });
});
