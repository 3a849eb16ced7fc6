/** Tokens of OData `$filter` text. */
export type Token =
  | { readonly kind: 'ident'; readonly text: string; readonly pos: number }
  | { readonly kind: 'string'; readonly value: string; readonly pos: number }
  | { readonly kind: 'number'; readonly value: number; readonly pos: number }
  | { readonly kind: 'dateTime'; readonly text: string; readonly pos: number }
  | { readonly kind: 'guid'; readonly value: string; readonly pos: number }
  | { readonly kind: 'punct'; readonly text: '(' | ')' | ',' | ':' | '/'; readonly pos: number }
  | { readonly kind: 'end'; readonly pos: number };

/** A syntax problem, with its position in the filter text. */
export class FilterSyntaxError extends Error {
  constructor(message: string, readonly pos: number) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const IDENT = /^[A-Za-z_$@][A-Za-z0-9_.$@]*/;

/** Splits filter text into tokens. Throws `FilterSyntaxError` on an unterminated string or stray character. */
export function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',' || c === ':' || c === '/') {
      tokens.push({ kind: 'punct', text: c, pos: i });
      i++;
      continue;
    }
    if (c === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new FilterSyntaxError('unterminated string literal', i);
        const d = text[j];
        if (d === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += d;
        j++;
      }
      tokens.push({ kind: 'string', value, pos: i });
      i = j + 1;
      continue;
    }
    const rest = text.slice(i);
    const guid = GUID.exec(rest);
    if (guid) {
      tokens.push({ kind: 'guid', value: guid[0], pos: i });
      i += guid[0].length;
      continue;
    }
    const dt = DATE_TIME.exec(rest);
    if (dt) {
      tokens.push({ kind: 'dateTime', text: dt[0], pos: i });
      i += dt[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ kind: 'number', value: Number(num[0]), pos: i });
      i += num[0].length;
      continue;
    }
    const id = IDENT.exec(rest);
    if (id) {
      tokens.push({ kind: 'ident', text: id[0], pos: i });
      i += id[0].length;
      continue;
    }
    throw new FilterSyntaxError(`syntax error: character '${c}' is not valid at position ${i}`, i);
  }
  tokens.push({ kind: 'end', pos: text.length });
  return tokens;
}
