/**
 * The one place where values become OData syntax. User text is never spliced into a query string
 * by hand: names, UPNs and dates go through `odataString` / `odataLiteral` / `odataSearch`, and the
 * query string is assembled and URL-encoded by `odataQuery`.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces unpaired UTF-16 surrogates (which cannot be URL-encoded) with U+FFFD. */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * A quoted OData string literal: `O'Brien` → `'O''Brien'`. The only escape OData has inside a
 * string literal is a doubled single quote; everything else (including look-alike quotes such as
 * U+2019 and U+02BC) is plain data once the query string is percent-encoded by `odataQuery`.
 */
export function odataString(value: string): string {
  return `'${wellFormed(value).replace(/'/g, "''")}'`;
}

/** A value that may appear in a `$filter` expression. */
export type ODataValue = string | number | boolean | Date | null;

/** Any value as an OData literal: strings quoted, dates as DateTimeOffset, numbers checked. */
export function odataLiteral(value: ODataValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return odataString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  if (Number.isNaN(value.getTime())) throw new RangeError('Invalid date');
  return value.toISOString();
}

/**
 * A `$filter` built from a template: every interpolated value becomes a literal.
 * `odataFilter\`startswith(displayName,${name}) and accountEnabled eq ${true}\``.
 */
export function odataFilter(parts: TemplateStringsArray, ...values: readonly ODataValue[]): string {
  let out = parts[0] ?? '';
  values.forEach((value, i) => {
    out += odataLiteral(value) + (parts[i + 1] ?? '');
  });
  return out;
}

/**
 * One `$search` clause, double-quoted as Graph requires: `odataSearch('displayName', 'a"b')`
 * → `"displayName:a\"b"`. Backslash and double quote are escaped with a backslash.
 */
export function odataSearch(property: string, value: string): string {
  assertIdentifier(property);
  const escaped = wellFormed(value).replace(/[\\"]/g, (c) => `\\${c}`);
  return `"${property}:${escaped}"`;
}

/** Property names and `$select` items must be plain OData identifiers or paths (`signInActivity/lastSignInDateTime`). */
export function assertIdentifier(name: string): void {
  if (!/^[A-Za-z_@][A-Za-z0-9_.@/]*$/.test(name)) {
    throw new RangeError(`Not an OData property name: ${JSON.stringify(name)}`);
  }
}

/** An `$orderby` item: a property path, optionally followed by ` asc` or ` desc`. */
function assertOrderItem(item: string): void {
  const m = /^(.*?)( (asc|desc))?$/.exec(item);
  assertIdentifier(m?.[1] ?? item);
}

/** The system query options `odataQuery` knows how to write. */
export interface ODataQueryOptions {
  /** A complete `$filter` expression, built with `odataFilter` / `odataLiteral`. */
  readonly filter?: string;
  readonly select?: readonly string[];
  readonly expand?: string;
  readonly orderby?: readonly string[];
  readonly top?: number;
  readonly skip?: number;
  readonly count?: boolean;
  /** A complete `$search` value, built with `odataSearch` (clauses may be joined with AND/OR). */
  readonly search?: string;
}

/**
 * Percent-encodes a query option value. `$ , : @ / ' ( )` stay readable (they are legal in a
 * query, and the shown URL reads like Graph Explorer's); `& = # + % ?`, spaces, quotes and
 * everything non-ASCII are encoded, so a value can never end its option early.
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(/%(24|2C|3A|40|2F)/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** `?$filter=…&$select=…` (or `''` when no option is set), properly encoded. */
export function odataQuery(options: ODataQueryOptions): string {
  const pairs: string[] = [];
  const add = (name: string, value: string): void => {
    pairs.push(`${name}=${encodeQueryValue(value)}`);
  };
  if (options.filter !== undefined) add('$filter', options.filter);
  if (options.search !== undefined) add('$search', options.search);
  if (options.select !== undefined && options.select.length > 0) {
    options.select.forEach(assertIdentifier);
    add('$select', options.select.join(','));
  }
  if (options.expand !== undefined) add('$expand', options.expand);
  if (options.orderby !== undefined && options.orderby.length > 0) {
    options.orderby.forEach(assertOrderItem);
    add('$orderby', options.orderby.join(','));
  }
  if (options.top !== undefined) add('$top', String(assertCount(options.top, 'top')));
  if (options.skip !== undefined) add('$skip', String(assertCount(options.skip, 'skip')));
  if (options.count !== undefined) add('$count', options.count ? 'true' : 'false');
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** A key or name used as one path segment: `/users/${odataPathSegment(upn)}`. */
export function odataPathSegment(value: string): string {
  // URL parsers resolve `.`/`..` (even as %2E) as dot segments: such a key could climb the path.
  if (/^(\.|%2e){1,2}$/i.test(value) || value === '') throw new RangeError(`Not a usable key: ${JSON.stringify(value)}`);
  return encodeURIComponent(wellFormed(value)).replace(/'/g, '%27');
}

function assertCount(n: number, name: string): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`$${name} must be a non-negative integer`);
  return n;
}
