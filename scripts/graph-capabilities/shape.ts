/**
 * A request's shape: ids in the path become `{id}`, literal values in `$filter` become `…`, and
 * `$top` / `$skiptoken` values are dropped — so requests that differ only in values group together.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function filterShape(text: string): string {
  return text
    .replace(/'(?:[^']|'')*'/g, '…')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '…')
    .replace(/\b\d{4}-\d{2}-\d{2}T[\d:.]+Z\b/g, '…')
    .replace(/(\b(?:eq|ne|gt|ge|lt|le)\s+)-?\d+\b/g, '$1…')
    .replace(/\((?:…\s*,\s*)+…\)/g, '(…)');
}

export function requestShape(method: string, version: string, path: string): string {
  const [p = '', q = ''] = path.split('?');
  const segs = p.split('/').map((s) => (GUID.test(s) || s.includes('@') || s.includes('%40') ? '{id}' : s));
  const params = new URLSearchParams(q);
  const parts: string[] = [];
  for (const [k, v] of params) {
    if (k === '$skiptoken' || k === '$deltatoken') continue;
    parts.push(k === '$filter' ? `${k}=${filterShape(v)}` : k === '$top' ? `${k}=n` : `${k}=${v}`);
  }
  return `${method} /${version}${segs.join('/')}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
}
