/**
 * parse_url(url) (parse-url-function.md): an absolute URL's parts as one dynamic bag, in the
 * page's order — Scheme, Host, Port, Path, Username, Password, Query Parameters, Fragment.
 * Computed in SQL (one regular-expression match per row, bound once through a one-element
 * list_transform), so it keeps up with millions of Graph activity rows; only a non-empty query
 * string goes through the parse_urlquery UDF (udf/url-path.ts) for its decoded key/value bag.
 *
 * What the page pins down: Port is a string ("1234"); Path is written without its leading slash
 * ("this/is/a/path"), which is followed here as the page writes it; Query Parameters is a bag
 * (the page's cell prints it inside quotes, parse_urlquery's page shows the same part as a bag).
 * A part the URL does not have is "" (a reading: the page's one example has every part). A
 * string that is not an absolute URL stops the query as unsupported (EA104): the page calls for
 * one and does not say what comes back otherwise.
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { RUNTIME_REFUSAL } from '../runtime-refusal';

/** scheme://[user[:password]@]host[:port][/path][?query][#fragment] (RE2 syntax, DuckDB's). */
const URL_PATTERN = String.raw`^([A-Za-z][A-Za-z0-9+.\-]*)://(?:([^:@/?#]*)(?::([^@/?#]*))?@)?(\[[^\]/?#]*\]|[^:/?#@]*)(?::([0-9]*))?(?:/([^?#]*))?(?:\?([^#]*))?(?:#(.*))?$`;
const GROUPS = ['scheme', 'user', 'password', 'host', 'port', 'path', 'query', 'fragment'];

function parseUrl(c: Call): SqlExpr {
  const url = c.str(0);
  // Inlined: DuckDB wants a constant pattern to name the groups; it is this file's constant,
  // never the query's text, and has no quote in it.
  const pattern = `'${URL_PATTERN}'`;
  const refusal = c.ctx.param(`${RUNTIME_REFUSAL}parse_url(): a string that is not an absolute URL (scheme://host…); the page does not say what it returns`, 'VARCHAR');
  const groups = `[${GROUPS.map((g) => `'${g}'`).join(', ')}]`;
  const query = `CASE WHEN m.query = '' THEN CAST('{}' AS JSON) ELSE json_extract(CAST(kql_parse_urlquery(m.query) AS JSON), '$."Query Parameters"') END`;
  const bag = `json_object('Scheme', m.scheme, 'Host', m.host, 'Port', m.port, 'Path', m.path, 'Username', m.user, 'Password', m.password, 'Query Parameters', ${query}, 'Fragment', m.fragment)`;
  const sql = `CASE WHEN regexp_full_match(${url}, ${pattern}) THEN list_transform([regexp_extract(${url}, ${pattern}, ${groups})], m -> ${bag})[1] ELSE error(${refusal}) END`;
  return { sql: `CAST(${sql} AS JSON)`, type: 'dynamic' };
}

export const URL_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  parse_url: parseUrl,
  parseurl: parseUrl,
};
