import { followUp, followUpFields } from '../../answers/answer-kit';
import type { Answer } from '../../answers/answer';
import { graphResult, type AnswerInput } from '../../answers/answer-input';
import { cell, plural } from '../../answers/format';
import { cutAtWord } from '../../cards/text';

const MAX_COLUMNS = 8;

/** The most common top-level properties, `id` and `displayName` first, OData annotations last. */
export function rawColumns(rows: readonly Record<string, unknown>[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const k of Object.keys(r)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const rankOf = (k: string) => (k === 'displayName' ? -2 : k === 'id' ? -1 : k.startsWith('@odata') ? 1 : 0);
  return [...counts.entries()]
    .sort((a, b) => rankOf(a[0]) - rankOf(b[0]) || b[1] - a[1])
    .slice(0, MAX_COLUMNS)
    .map(([k]) => k);
}

export function answerRawGraph(input: AnswerInput): Answer {
  const res = graphResult(input, 'raw');
  const path = input.intent.slots.path ?? '';
  const title = `GET ${cutAtWord(path.replace(/^GET\s+/i, ''), 120)}`;
  if (res.rows.length === 0) {
    return { kind: 'empty', title, summary: 'Microsoft Graph returned no objects.', columns: [], rows: [], facts: [], followUps: [] };
  }
  if (res.rows.length === 1) {
    const facts = Object.entries(res.rows[0]!).filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => ({ title: k, value: String(cell(v)) }));
    return { kind: 'facts', title, summary: 'One object.', columns: [], rows: [], facts, followUps: [] };
  }
  const columns = rawColumns(res.rows);
  return {
    kind: 'table', title,
    summary: `${plural(res.rows.length, 'object')}${res.truncated ? ' (the first ones; there are more)' : ''}${res.count !== undefined ? `; @odata.count ${res.count}` : ''}.`,
    columns, rows: res.rows.map((r) => columns.map((c) => cell(r[c]))), facts: [], followUps: [],
  };
}

/** A raw path that is not a read-only Graph v1.0 GET, refused before anything runs. */
export function answerRawGraphRefused(path: string, problem: string): Answer {
  return {
    kind: 'denied', title: /^[A-Za-z]+\s/.test(path) ? cutAtWord(path, 120) : `GET ${cutAtWord(path, 120)}`,
    summary: `Not run: ${problem}`,
    columns: [], rows: [], facts: [],
    ...followUpFields([followUp("GET /users?$filter=userType eq 'Guest'&$select=displayName,mail", 'Example: guest users (Graph)'), 'GET /groups?$top=5']),
  };
}
