/**
 * Records of an application's own export: CSV (RFC 4180: a header line, quoted fields with
 * `""`, line breaks inside quotes, CRLF or LF) or JSON (an array of objects, or one object per
 * line). Each record keeps the line it starts on, for error messages.
 */

export interface SourceRecord {
  readonly line: number;
  /** Column → value: text for CSV; JSON values for JSON. */
  readonly values: ReadonlyMap<string, unknown>;
}

export interface SourceTable {
  readonly format: 'csv' | 'json';
  /** Column names in first-seen order. */
  readonly columns: readonly string[];
  readonly records: readonly SourceRecord[];
}

/** A problem with the file's shape (not a value): where, and what was expected. */
export class RecordError extends Error {
  override readonly name = 'RecordError';
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

export function readCsv(text: string): SourceTable {
  const rows: { line: number; fields: string[] }[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new RecordError(start, 'a quoted field is not closed (a " is missing)');
          const ch = text[i] as string;
          if (ch === '"') {
            if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
            i++;
            break;
          }
          if (ch === '\n') line++;
          value += ch;
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new RecordError(line, `unexpected ${JSON.stringify(next)} after a closing quote (expected a comma or the end of the line)`);
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
      }
      fields.push(value);
      if (text[i] === ',') { i++; continue; }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') { i++; line++; }
      break;
    }
    // Blank lines (a lone empty field) are skipped.
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: start, fields });
  }
  const header = rows.shift();
  if (!header) throw new RecordError(1, 'the file is empty (expected a header line with column names)');
  const columns = header.fields.map((f) => f.trim());
  const records = rows.map((r) => {
    if (r.fields.length !== columns.length) {
      throw new RecordError(r.line, `expected ${columns.length} fields like the header, found ${r.fields.length}`);
    }
    return { line: r.line, values: new Map(columns.map((c, k) => [c, r.fields[k] as string])) };
  });
  return { format: 'csv', columns, records };
}

/** Offsets (and lines) where each top-level array element starts, found without parsing twice. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && ch !== undefined && !/\s/.test(ch) && ch !== ',' && ch !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

function objectRecord(value: unknown, line: number, columns: string[], seen: Set<string>): SourceRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordError(line, `expected an object ({ "column": value, … }), found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
  }
  const values = new Map<string, unknown>();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = k.trim();
    if (!seen.has(key)) { seen.add(key); columns.push(key); }
    values.set(key, v);
  }
  return { line, values };
}

export function readJson(text: string): SourceTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const columns: string[] = [];
  const seen = new Set<string>();
  const trimmed = body.trimStart();
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (e) {
      const pos = /position (\d+)/.exec((e as Error).message)?.[1];
      const line = pos === undefined ? 1 : body.slice(0, Number(pos)).split('\n').length;
      throw new RecordError(line, `not valid JSON: ${(e as Error).message}`);
    }
    const lines = elementLines(body);
    const records = (parsed as unknown[]).map((v, k) => objectRecord(v, lines[k] ?? 1, columns, seen));
    return { format: 'json', columns, records };
  }
  // One JSON object per line (JSON Lines), or a single object.
  const records: SourceRecord[] = [];
  const all = body.split('\n');
  if (trimmed.startsWith('{') && all.filter((l) => l.trim() !== '').length > 1 && (() => { try { JSON.parse(body); return true; } catch { return false; } })()) {
    return { format: 'json', columns, records: [objectRecord(JSON.parse(body), 1, columns, seen)] };
  }
  all.forEach((l, k) => {
    if (l.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(l);
    } catch (e) {
      throw new RecordError(k + 1, `not valid JSON: ${(e as Error).message}`);
    }
    records.push(objectRecord(v, k + 1, columns, seen));
  });
  return { format: 'json', columns, records };
}
