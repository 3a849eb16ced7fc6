/** parse_urlquery and parse_path (parse-url-query-function.md, parse-path-function.md). */

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * parse_urlquery(query): {"Query Parameters": {key: value, …}} with keys and values URL-decoded
 * ('+' is a space); a leading '?' is skipped; a key given twice keeps its values joined with ','
 * (.NET's query-string collection, a reading: the page does not show that case).
 */
export function parseUrlQuery(query: string): string {
  const params: Record<string, string> = {};
  const text = query.startsWith('?') ? query.slice(1) : query;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    const value = at < 0 ? '' : decode(pair.slice(at + 1));
    params[key] = Object.prototype.hasOwnProperty.call(params, key) ? `${params[key]},${value}` : value;
  }
  return JSON.stringify({ 'Query Parameters': params });
}

/**
 * parse_path(path): Scheme, RootPath (a drive such as "C:"), DirectoryPath (up to the last
 * separator, '/' or '\'), DirectoryName (its last part), Filename (an alternate data stream
 * ":name" after it split off), Extension (after the file name's last dot) — as the page's five
 * examples show (a UNC path "\\share\…" has no RootPath).
 */
export function parsePath(path: string): string {
  let rest = path;
  let scheme = '';
  const s = /^([A-Za-z][A-Za-z0-9+.-]+):\/\//.exec(rest);
  if (s) {
    scheme = s[1]!;
    rest = rest.slice(s[0].length);
  }
  const drive = /^[A-Za-z]:/.exec(rest);
  const rootPath = drive ? drive[0] : '';
  const cut = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\'));
  const directoryPath = cut >= 0 ? rest.slice(0, cut) : '';
  let filename = cut >= 0 ? rest.slice(cut + 1) : rest.slice(rootPath.length);
  let stream = '';
  const colon = filename.indexOf(':');
  if (colon >= 0) {
    stream = filename.slice(colon + 1);
    filename = filename.slice(0, colon);
  }
  const dirParts = directoryPath.split(/[/\\]/);
  const directoryName = dirParts[dirParts.length - 1] ?? '';
  const dot = filename.lastIndexOf('.');
  return JSON.stringify({
    Scheme: scheme,
    RootPath: rootPath,
    DirectoryPath: directoryPath,
    DirectoryName: directoryName === rootPath ? '' : directoryName,
    Filename: filename,
    Extension: dot >= 0 ? filename.slice(dot + 1) : '',
    AlternateDataStreamName: stream,
  });
}
