/**
 * Just enough of OData's URL grammar to check that a value stayed a value: a query-string splitter
 * that decodes like a server, a `$filter` tokenizer and a `$search` clause reader.
 */

export type Token =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'word'; readonly value: string }
  | { readonly kind: 'number'; readonly value: string }
  | { readonly kind: 'punct'; readonly value: string };

/** `?a=1&b=2` → [['a','1'], ['b','2']], each side percent-decoded. */
export function splitQuery(query: string): [string, string][] {
  const body = query.startsWith('?') ? query.slice(1) : query;
  if (body === '') return [];
  return body.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const key = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? '' : pair.slice(eq + 1);
    return [decodeURIComponent(key), decodeURIComponent(value)];
  });
}

/** Tokens of a `$filter` expression; throws on an unterminated string literal. */
export function tokenizeFilter(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ') {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated string literal');
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ kind: 'string', value });
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_./$]*/.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'word', value: m[0] });
      i += m[0].length;
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?[0-9][0-9.:TZ+-]*/.exec(text.slice(i));
      const value = m === null ? c : m[0];
      tokens.push({ kind: m === null ? 'punct' : 'number', value });
      i += value.length;
    } else {
      tokens.push({ kind: 'punct', value: c });
      i++;
    }
  }
  return tokens;
}

/** `"prop:value"` with backslash escapes → { property, value, rest }. */
export function readSearchClause(text: string): { property: string; value: string; rest: string } {
  if (!text.startsWith('"')) throw new Error('search clause must start with a double quote');
  let i = 1;
  let raw = '';
  for (;;) {
    if (i >= text.length) throw new Error('unterminated search clause');
    const c = text[i] as string;
    if (c === '\\') {
      raw += text[i + 1] ?? '';
      i += 2;
    } else if (c === '"') {
      i++;
      break;
    } else {
      raw += c;
      i++;
    }
  }
  const colon = raw.indexOf(':');
  return { property: raw.slice(0, colon), value: raw.slice(colon + 1), rest: text.slice(i) };
}
