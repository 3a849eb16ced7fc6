import type { ErrorDialect } from '../errors';
import { graphErrors } from '../errors';

/** Where the next page starts: an offset into the query's result, or a sign-in store cursor. */
export interface PageToken {
  readonly offset: number;
}

const PREFIX = 'RUFTa';

/** An opaque `$skiptoken` value. */
export function encodeSkipToken(t: PageToken): string {
  return PREFIX + Buffer.from(JSON.stringify({ o: t.offset }), 'utf8').toString('base64url');
}

/** Reads a `$skiptoken`; a malformed one is a 400 like Graph's. */
export function decodeSkipToken(token: string | undefined, dialect: ErrorDialect): PageToken {
  if (token === undefined) return { offset: 0 };
  try {
    if (!token.startsWith(PREFIX)) throw new Error('prefix');
    const parsed: unknown = JSON.parse(Buffer.from(token.slice(PREFIX.length), 'base64url').toString('utf8'));
    const o = (parsed as { o?: unknown }).o;
    if (typeof o !== 'number' || !Number.isInteger(o) || o < 0) throw new Error('offset');
    return { offset: o };
  } catch {
    throw graphErrors.invalidSkipToken(dialect);
  }
}

/** The request URL with `$skiptoken` set: an absolute URL on the server's own origin. */
export function nextLinkFor(requestUrl: URL, token: PageToken): string {
  const u = new URL(requestUrl.href);
  for (const k of [...u.searchParams.keys()]) if (k.toLowerCase() === '$skiptoken') u.searchParams.delete(k);
  u.searchParams.set('$skiptoken', encodeSkipToken(token));
  return u.href.replace(/%24/g, '$');
}
