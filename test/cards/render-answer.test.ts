import { describe, expect, it } from 'vitest';
import { renderAnswerCard } from '../../src/cards/render-answer';
import { QUERY_CONTAINER_ID } from '../../src/cards/query-section';
import { cardBytes } from '../../src/cards/card-size';
import { actionsOfType, allNodes, allText, dataRows, nodesOfType, submitData } from './card-walk';
import { fitsNarrowTable } from '../../src/cards/table-card';
import { allKinds, clarify, denied, empty, failure, graphQuery, kqlQuery, owners, riskSummary, userDetails } from './sample-answers';
import { validateCard } from './validate-card';

const opts = { question: 'who owns the Finance Department group?', queries: [graphQuery] };

describe('renderAnswerCard: every kind', () => {
  it.each(allKinds.map((a) => [a.kind, a] as const))('%s is a valid Adaptive Card 1.5 for Teams', (_kind, answer) => {
    const card = renderAnswerCard(answer, { ...opts, queries: [graphQuery, kqlQuery] });
    expect(validateCard(card)).toEqual([]);
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      msteams: { width: 'Full' },
    });
    expect(allText(card)).toContain(answer.title);
    expect(allText(card)).toContain(answer.summary);
  });

  it.each(allKinds.map((a) => [a.kind, a] as const))('%s has a collapsed "Show query" with the query text', (_kind, answer) => {
    const card = renderAnswerCard(answer, { ...opts, queries: [graphQuery, kqlQuery] });
    // Issue 20: the label follows the state — "Show queries (2)" and a hidden "Hide queries" swap.
    const toggle = actionsOfType(card, 'Action.ToggleVisibility');
    expect(toggle.map((t) => t['title'])).toEqual(['Show queries (2)', 'Hide queries']);
    const sets = nodesOfType(card, 'ActionSet').filter((s) => (s['actions'] as { type: string }[])[0]?.type === 'Action.ToggleVisibility');
    expect(sets.map((s) => s['isVisible'] ?? true)).toEqual([true, false]);
    for (const t of toggle) expect(t['targetElements']).toEqual([QUERY_CONTAINER_ID, sets[0]!['id'], sets[1]!['id']]);
    const container = nodesOfType(card, 'Container').find((c) => c['id'] === QUERY_CONTAINER_ID);
    expect(container?.['isVisible']).toBe(false);
    const text = allText(container);
    expect(text).toContain(`GET ${graphQuery.source === 'graph' ? graphQuery.url : ''}`);
    expect(text).toContain(kqlQuery.source === 'kql' ? kqlQuery.text : '');
    expect(text).toContain('KQL · demo');
  });
});

it('a card with no query has no "Show query" button (it only revealed "No query was run", issue 20)', () => {
  for (const answer of allKinds) {
    const card = renderAnswerCard(answer, { ...opts, queries: [] });
    expect(actionsOfType(card, 'Action.ToggleVisibility'), answer.kind).toEqual([]);
    expect(allText(card)).not.toContain('No query was run');
  }
});

describe('table', () => {
  // Narrow enough for a phone (every column fits its longest word side by side): a Table.
  const narrow = {
    ...owners,
    columns: ['displayName', 'accountEnabled', 'createdDateTime'],
    columnTitles: ['Name', 'Enabled', 'Created'],
    rows: owners.rows.map((r) => [r[0]!, r[3]!, r[4]!]),
  };
  const card = renderAnswerCard(narrow, opts);
  const table = nodesOfType(card, 'Table')[0]!;

  it('has a header row from columnTitles and one row per answer row', () => {
    expect(table['firstRowAsHeader']).toBe(true);
    const rows = table['rows'] as { cells: unknown[] }[];
    expect(rows).toHaveLength(3);
    expect(allText(rows[0])).toBe(['Name', 'Enabled', 'Created'].join('\n'));
    expect((table['columns'] as unknown[]).length).toBe(3);
  });

  it('formats cells: Yes/No, — for null, readable datetimes', () => {
    const rows = table['rows'] as unknown[];
    expect(allText(rows[1])).toBe(['Megan Bowen', 'Yes', '2024-03-13 08:15 UTC'].join('\n'));
    expect(allText(rows[2])).toBe(['Alain Ouellet', 'No', '2023-11-02 17:40:12 UTC'].join('\n'));
    const withNull = renderAnswerCard({ ...narrow, rows: [['x', null, null]] }, opts);
    expect(dataRows(withNull)).toEqual([['x', '—', '—']]);
  });

  it('shows cells as plain TextRuns (no markdown), and no paging when all rows fit', () => {
    const cells = nodesOfType(table, 'TableCell');
    expect(cells.every((c) => nodesOfType(c, 'TextRun').length === 1)).toBe(true);
    expect(allText(card)).not.toMatch(/Showing/);
    expect(submitData(card).some((d) => d['verb'] === 'showMore')).toBe(false);
  });

  it('humanizes column names when there are no titles', () => {
    const untitled = { ...narrow, columns: ['displayName', 'accountEnabled'], columnTitles: undefined, rows: [['a', true]] };
    const header = nodesOfType(renderAnswerCard(untitled, opts), 'TableRow')[0]!;
    expect(allText(header)).toContain('Display name');
  });

  it('shows the source note small and subtle', () => {
    const run = nodesOfType(card, 'TextRun').find((r) => r['text'] === owners.sourceNote);
    expect(run).toMatchObject({ size: 'Small', isSubtle: true });
  });

  it('a table whose long words cannot all fit a phone side by side is shown as records', () => {
    // owners: Name, UPN (24-character words), Job title, Enabled, Created — ~64 characters at the least.
    const wide = renderAnswerCard(owners, opts);
    expect(nodesOfType(wide, 'Table')).toHaveLength(0);
    expect(dataRows(wide)).toEqual([
      ['Megan Bowen', 'meganb@woodgrovebank.com', 'Finance Manager', 'Yes', '2024-03-13 08:15 UTC'],
      ['Alain Ouellet', 'alain@woodgrovebank.com', '—', 'No', '2023-11-02 17:40:12 UTC'],
    ]);
    expect(fitsNarrowTable(['Name', 'UPN'], [['Megan Bowen', 'meganb@woodgrovebank.com']])).toBe(true);
    expect(fitsNarrowTable(['Name', 'UPN', 'Job title', 'Created'], [['Megan Bowen', 'meganb@woodgrovebank.com', 'Finance Manager', '2024-03-13 08:15 UTC']])).toBe(false);
  });
});

describe('wide answers (more than 5 columns) as records', () => {
  const wide = {
    ...owners,
    columns: [...owners.columns, 'department', 'officeLocation'],
    columnTitles: [...(owners.columnTitles ?? []), 'Department', 'Office'],
    rows: owners.rows.map((r, i) => [...r, i === 0 ? 'Finance' : '', 'Helsinki']),
  };
  const card = renderAnswerCard(wide, opts);
  const records = nodesOfType(card, 'Container').filter((c) => String(c['id']).startsWith('entra-ask-row-'));

  it('shows no Table, one record per row, numbered by the row, with separators between them', () => {
    expect(nodesOfType(card, 'Table')).toHaveLength(0);
    expect(records.map((r) => r['id'])).toEqual(['entra-ask-row-1', 'entra-ask-row-2']);
    expect(records.map((r) => r['separator'] ?? false)).toEqual([false, true]);
    expect(validateCard(card)).toEqual([]);
  });

  it('heads each record with its first cell and lists the rest as "Column: value", "—" when empty', () => {
    const [heading, details] = (records[0]!['items'] as unknown[]) as Record<string, unknown>[];
    expect(allText(heading)).toBe('Megan Bowen');
    expect(nodesOfType(heading, 'TextRun')[0]).toMatchObject({ weight: 'Bolder' });
    expect(nodesOfType(details, 'TextRun').map((r) => r['text'])).toEqual([
      'UPN: ', 'meganb@woodgrovebank.com', '  ·  Job title: ', 'Finance Manager', '  ·  Enabled: ', 'Yes',
      '  ·  Created: ', '2024-03-13 08:15 UTC', '  ·  Department: ', 'Finance', '  ·  Office: ', 'Helsinki',
    ]);
    expect(nodesOfType(records[1], 'TextRun').map((r) => r['text'])).toContain('—');
    // Labels are subtle; values are plain runs (never markdown).
    expect(nodesOfType(details, 'TextRun').filter((_, i) => i % 2 === 0).every((r) => r['isSubtle'] === true)).toBe(true);
  });

  it('pages records like table rows: numbers continue on the next page', () => {
    // Values differ by row: a column with one value on every row would go to the heading (issue 20).
    const many = { ...wide, rows: Array.from({ length: 30 }, (_, i) => [`row-${i + 1}`, `u${i}`, `j${i}`, i % 2 === 0, i % 3 === 0 ? null : 'x', `d${i}`, `o${i}`]) };
    const page2 = renderAnswerCard(many, { ...opts, page: 1 });
    const ids = nodesOfType(page2, 'Container').map((c) => String(c['id'])).filter((id) => id.startsWith('entra-ask-row-'));
    expect(ids).toEqual(Array.from({ length: 5 }, (_, i) => `entra-ask-row-${26 + i}`));
    expect(allText(page2)).toContain('Showing 26–30 of 30');
  });

  it('a column with the same value on every row is said once above the rows, not on each row (issue 20)', () => {
    const rows = Array.from({ length: 19 }, (_, i) => [`2026-11-${String(i + 1).padStart(2, '0')} 10:00 UTC`, 'karita@woodgrovebank.com', `App ${i}`, `10.0.0.${i}`, 'Seattle', 'Windows', 'Success', null, 'success']);
    const signIns = { ...wide, columns: ['t', 'u', 'a', 'ip', 'l', 'd', 'r', 'e', 'ca'], columnTitles: ['Time', 'User', 'App', 'IP', 'Location', 'Device', 'Result', 'Error', 'Conditional Access'], rows };
    const card = renderAnswerCard(signIns, opts);
    const text = allText(card);
    expect(text.split('karita@woodgrovebank.com')).toHaveLength(2);
    const line = nodesOfType(card, 'RichTextBlock').find((b) => b['id'] === 'entra-ask-same-on-every-row')!;
    expect(nodesOfType(line, 'TextRun').map((r) => r['text']).join('')).toBe('On every row — User: karita@woodgrovebank.com  ·  Location: Seattle  ·  Device: Windows  ·  Result: Success  ·  Error: —  ·  Conditional Access: success');
    // Said-once columns do not count against the 8-column limit: nothing is left out.
    expect(text).not.toMatch(/columns shown; not shown/);
    // What varies stays on each row: Time (heading), App, IP.
    const first = nodesOfType(card, 'Container').find((c) => c['id'] === 'entra-ask-row-1');
    const runs = first ? nodesOfType(first, 'TextRun').map((r) => r['text']) : nodesOfType(card, 'TableCell').map((c) => JSON.stringify(c));
    expect(runs.join(' ')).toContain('App 0');
    expect(runs.join(' ')).not.toContain('karita@');
  });

  it('a column with one value on every row of the page is said once, even when a later page differs (issue 20, e2e family gallery)', () => {
    // 30 sign-ins: Result is Success on the first page's 25 rows, Failure on some of the last 5.
    const rows = Array.from({ length: 30 }, (_, i) => [`2026-11-${String(i + 1).padStart(2, '0')} 10:00 UTC`, `App ${i}`, `10.0.0.${i}`, i >= 25 && i % 2 === 0 ? 'Failure' : 'Success', `Dev ${i}`, `Loc ${i}`]);
    const signIns = { ...wide, columns: ['t', 'a', 'ip', 'r', 'd', 'l'], columnTitles: ['Time', 'App', 'IP', 'Result', 'Device', 'Location'], rows };
    const page1 = renderAnswerCard(signIns, opts);
    const line = nodesOfType(page1, 'RichTextBlock').find((b) => b['id'] === 'entra-ask-same-on-every-row');
    expect(line && nodesOfType(line, 'TextRun').map((r) => r['text']).join('')).toBe('On every row of this page — Result: Success');
    expect(allText(page1).split('Success')).toHaveLength(2);
    const page2 = renderAnswerCard(signIns, { ...opts, page: 1 });
    expect(nodesOfType(page2, 'RichTextBlock').some((b) => b['id'] === 'entra-ask-same-on-every-row')).toBe(false);
    expect(allText(page2)).toContain('Failure');
  });

  it('"Show more" and the CSV link each get their own row, so neither is cut on a phone (issue 20, e2e family gallery)', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`row ${i}`, `v${i}`]);
    const card = renderAnswerCard({ ...owners, columns: ['a', 'b'], columnTitles: ['A', 'B'], rows }, { ...opts, csvUrl: 'https://example.test/exports/x.csv' });
    expect(card.actions ?? []).toEqual([]);
    const sets = nodesOfType(card, 'ActionSet').filter((s) => (s['actions'] as { title?: string }[]).some((a) => /^Show more|^Download all/.test(a.title ?? '')));
    expect(sets.map((s) => (s['actions'] as { title: string }[]).map((a) => a.title))).toEqual([['Show more (15 left)'], ['Download all 40 rows (CSV)']]);
  });

  it('a narrow answer stays a Table', () => {
    const counts = { ...owners, columns: ['app', 'count'], columnTitles: ['App', 'Count'], rows: [['Salesforce', 3]] };
    expect(nodesOfType(renderAnswerCard(counts, opts), 'Table')).toHaveLength(1);
  });
});

describe('follow-ups and choices', () => {
  it('follow-ups are Action.Submit verb ask with a Teams messageBack echo of the whole question, one per row (not squeezed side by side), titled by their short title (issue 20: longer titles were cut on a phone)', () => {
    const card = renderAnswerCard(owners, opts);
    expect(card.actions ?? []).toEqual([]);
    const sets = nodesOfType(card, 'ActionSet').filter((s) => (s['actions'] as { data?: { verb?: string } }[]).some((a) => a.data?.verb === 'ask'));
    expect(sets.map((s) => (s['actions'] as unknown[]).length)).toEqual(owners.followUps.map(() => 1));
    const actions = sets.flatMap((s) => s['actions'] as { type: string; title: string }[]);
    expect(actions.map((a) => a.title)).toEqual(['Members of Finance Department', 'Roles of Finance Department']);
    expect(actions[0]).toMatchObject({
      data: {
        verb: 'ask',
        question: owners.followUps[0],
        msteams: { type: 'messageBack', displayText: owners.followUps[0], text: owners.followUps[0] },
      },
    });
  });

  it('clarify choices are buttons that ask the choice question, and no follow-ups', () => {
    const card = renderAnswerCard(clarify, opts);
    const data = submitData(card);
    expect(data.map((d) => d['question'])).toEqual(clarify.choices!.map((c) => c.question));
    expect(data.every((d) => d['verb'] === 'ask')).toBe(true);
    expect(actionsOfType(card, 'Action.Submit').map((a) => a['title'])).toEqual(clarify.choices!.map((c) => c.title));
  });

  it('brief mode keeps at most two follow-ups and drops the source note', () => {
    const many = { ...owners, followUps: ['a?', 'b?', 'c?', 'd?', 'e?'] };
    const card = renderAnswerCard(many, { ...opts, brief: true });
    expect(submitData(card).filter((d) => d['verb'] === 'ask')).toHaveLength(2);
    expect(allText(card)).not.toContain(owners.sourceNote);
    expect(submitData(renderAnswerCard(many, opts)).filter((d) => d['verb'] === 'ask')).toHaveLength(4);
  });
});

describe('facts, summary, denied, empty, error', () => {
  it('facts are a FactSet', () => {
    const set = nodesOfType(renderAnswerCard(userDetails, opts), 'FactSet')[0]!;
    expect(set['facts']).toEqual([
      { title: 'Object ID', value: '6e7b768e-07e2-4810-8459-485f84f8f204' },
      { title: 'Job title', value: 'Accountant' },
      { title: 'Account enabled', value: 'Yes' },
    ]);
  });

  it('summary has section headings, bullets, web links only, facts, rows and bars', () => {
    const card = renderAnswerCard(riskSummary, opts);
    const text = allText(card);
    for (const s of ['Summary', 'What to do', 'Help and documentation', '• Require a password change']) {
      expect(text).toContain(s);
    }
    const links = actionsOfType(card, 'Action.OpenUrl');
    expect(links.map((l) => l['title'])).toEqual(['Remediate risks']);
    const linkSets = nodesOfType(card, 'ActionSet').filter((s) => (s['actions'] as { type: string }[]).some((a) => a.type === 'Action.OpenUrl'));
    expect(linkSets.every((s) => (s['actions'] as unknown[]).length === 1), 'one link per row').toBe(true);
    expect(nodesOfType(card, 'FactSet')).toHaveLength(1);
    expect(nodesOfType(card, 'Table')).toHaveLength(1);
    expect(text).toContain('█'.repeat(20));
  });

  it('chart counts sit in a column as wide as the longest count, with thousands separators, so "694" never wraps (issue 20)', () => {
    const counts = { ...riskSummary, kind: 'table' as const, sections: [], facts: [], columns: ['app', 'n'], columnTitles: ['App', 'Failed sign-ins'], rows: [['OfficeHome', 1694], ['Azure Portal', 4]], chart: { type: 'bar' as const, x: 0, y: 1 } };
    const bars = nodesOfType(renderAnswerCard(counts, opts), 'ColumnSet');
    expect(bars).toHaveLength(2);
    const value = (b: Record<string, unknown>) => (b['columns'] as Record<string, unknown>[])[2]!;
    expect(bars.map((b) => value(b)['width'])).toEqual(['46px', '46px']);
    expect(nodesOfType(value(bars[0]!), 'TextRun')[0]!['text']).toBe('1,694');
  });

  it('no card uses the Warning or Good text colours (unreadable on Teams light: #f8d22a is 1.5:1 on white)', () => {
    for (const answer of allKinds) {
      const colours = allNodes(renderAnswerCard(answer, opts)).map((n) => n['color']).filter((c) => c !== undefined);
      expect(colours, answer.kind).not.toContain('Warning');
      expect(colours, answer.kind).not.toContain('Good');
    }
  });

  it('denied says what role is needed and that nothing was read', () => {
    const text = allText(renderAnswerCard(denied, opts));
    expect(text).toContain('Reports Reader');
    expect(text).toContain('Nothing was read from the tenant');
  });

  it('empty says what was searched', () => {
    expect(allText(renderAnswerCard(empty, opts))).toContain('No failed sign-ins for karita@woodgrovebank.com');
  });

  it('error offers "Try again" with the same question unless not retryable', () => {
    const card = renderAnswerCard(failure, opts);
    expect(card.actions?.[0]).toMatchObject({ title: 'Try again', data: { verb: 'ask', question: opts.question } });
    const noRetry = renderAnswerCard(failure, { ...opts, retryable: false });
    expect(submitData(noRetry)).toHaveLength(0);
  });

  it('small answers make small cards', () => {
    for (const a of allKinds) expect(cardBytes(renderAnswerCard(a, opts))).toBeLessThan(8 * 1024);
  });
});

it('a query answered from the shared read cache says, under it, that it was not run again and how long ago it ran', () => {
  const card = renderAnswerCard(owners, { ...opts, queries: [{ ...graphQuery, reusedSeconds: 12 }, kqlQuery] });
  const container = nodesOfType(card, 'Container').find((c) => c['id'] === QUERY_CONTAINER_ID);
  const text = allText(container);
  expect(text).toContain('Not run again: these rows come from the same query, run 12 seconds ago for another question');
  // Only under the reused one: the KQL query ran for this answer.
  expect(text.match(/Not run again/g)).toHaveLength(1);
  const fresh = allText(nodesOfType(renderAnswerCard(owners, { ...opts, queries: [graphQuery, kqlQuery] }), 'Container').find((c) => c['id'] === QUERY_CONTAINER_ID));
  expect(fresh).not.toContain('Not run again');
});
