/**
 * String functions that SQL cannot say exactly: replace_strings, parse_csv, parse_command_line,
 * dynamic_to_json (string-functions and other-functions pages of the KQL reference).
 */

/**
 * replace_strings(text, lookups, rewrites) (replace-strings-function.md): all matches are replaced
 * at once ("cat"→"dog", "dog"→"pigeon" turns "a cat into a dog" into "a dog into a pigeon") and
 * matches do not overlap. An earlier lookup wins over a later one: the page replaces 'is' inside
 * 'This' when 'is' comes first (["is", "This"] → "Thwas was …") and keeps 'This' when 'This' does.
 * Non-string lookups are ignored; a non-string rewrite makes no replacement.
 */
export function replaceStrings(text: string, lookupsJson: string, rewritesJson: string): string | null {
  const lookups: unknown = JSON.parse(lookupsJson);
  const rewrites: unknown = JSON.parse(rewritesJson);
  if (!Array.isArray(lookups) || !Array.isArray(rewrites)) return text;
  const taken: { start: number; end: number; with: string | undefined }[] = [];
  lookups.forEach((lookup, i) => {
    if (typeof lookup !== 'string' || lookup === '') return;
    const rewrite = rewrites[i];
    let from = 0;
    for (;;) {
      const at = text.indexOf(lookup, from);
      if (at < 0) break;
      const end = at + lookup.length;
      if (taken.some((t) => at < t.end && end > t.start)) {
        from = at + 1;
        continue;
      }
      taken.push({ start: at, end, with: typeof rewrite === 'string' ? rewrite : undefined });
      from = end;
    }
  });
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const t of taken) {
    out += text.slice(pos, t.start) + (t.with ?? text.slice(t.start, t.end));
    pos = t.end;
  }
  return out + text.slice(pos);
}

/**
 * parse_csv(text) (parse-csv-function.md): the first record's fields; `"…"` quotes a field (with
 * commas and line breaks inside), `""` inside quotes is one quote. A line break outside quotes
 * ends the record.
 */
export function parseCsv(text: string): string {
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') break;
    else field += ch;
  }
  fields.push(field);
  return JSON.stringify(fields);
}

/**
 * parse_command_line(text, "windows") (parse-command-line-function.md): CommandLineToArgvW's
 * rules — white space separates arguments outside quotes; 2n backslashes before a quote give n
 * backslashes and the quote toggles quoting, 2n+1 give n and a literal quote; other backslashes
 * are literal; `""` inside quotes is a literal quote. The first argument (the program name) ends at
 * the first white space outside quotes and takes backslashes literally. Other parser types: null.
 */
export function parseCommandLine(text: string, parser: string): string | null {
  if (parser.toLowerCase() !== 'windows') return null;
  const args: string[] = [];
  let i = 0;
  const n = text.length;
  const space = (c: string | undefined): boolean => c === ' ' || c === '\t';
  // Program name.
  let arg = '';
  let quoted = false;
  for (; i < n; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (space(ch) && !quoted) break;
    else arg += ch;
  }
  if (n > 0) args.push(arg);
  while (i < n) {
    while (space(text[i])) i++;
    if (i >= n) break;
    arg = '';
    quoted = false;
    for (; i < n; i++) {
      const ch = text[i]!;
      if (ch === '\\') {
        let k = 0;
        while (text[i + k] === '\\') k++;
        if (text[i + k] === '"') {
          arg += '\\'.repeat(Math.floor(k / 2));
          if (k % 2 === 1) {
            arg += '"';
            i += k;
            continue;
          }
          i += k - 1;
          continue;
        }
        arg += '\\'.repeat(k);
        i += k - 1;
      } else if (ch === '"') {
        if (quoted && text[i + 1] === '"') {
          arg += '"';
          i++;
        } else quoted = !quoted;
      } else if (space(ch) && !quoted) break;
      else arg += ch;
    }
    args.push(arg);
  }
  return JSON.stringify(args);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * dynamic_to_json(value) (dynamic-to-json-function.md): arrays as `[a,b]`, bags as `{"k":v}` with
 * the names sorted (ordinal), no white space; a string scalar gives its text (tostring).
 */
export function dynamicToJson(json: string): string {
  const v: unknown = JSON.parse(json);
  if (typeof v === 'string') return v;
  if (v === null) return '';
  return canonical(v);
}

/**
 * indexof_regex(text, pattern, start, length, occurrence) (indexof-regex-function.md): the index
 * of the occurrence-th non-overlapping match inside text[start, start + length); -1 when there is
 * none; null when start < 0, length < -1 or occurrence < 0. The pattern was checked at compile time.
 */
export function indexOfRegex(text: string, pattern: string, start: bigint, length: bigint, occurrence: bigint): bigint | null {
  if (start < 0n || length < -1n || occurrence < 0n) return null;
  const from = Number(start);
  if (from > text.length) return -1n;
  const end = length === -1n ? text.length : Math.min(text.length, from + Number(length));
  const re = new RegExp(pattern, 'gu');
  const part = text.slice(0, end);
  re.lastIndex = from;
  let seen = 0n;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    seen++;
    if (seen === occurrence) return BigInt(m.index);
    if (m[0] === '') re.lastIndex++;
  }
  return -1n;
}
