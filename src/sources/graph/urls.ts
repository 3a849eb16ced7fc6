import type { GraphConfig } from './config';
import { GRAPH_V1_ROOT } from './config';
import { GraphRequestError } from './errors';

/** The version root requests go to: `http://127.0.0.1:5050/v1.0`, `https://graph.microsoft.com/v1.0`. */
export function versionRoot(config: GraphConfig): string {
  const base = config.mode === 'demo' ? config.baseUrl : (config.baseUrl ?? GRAPH_V1_ROOT);
  const trimmed = base.replace(/\/+$/, '');
  return /\/(v1\.0|beta)$/.test(trimmed) ? trimmed : `${trimmed}/v1.0`;
}

/** The same root on another Graph version: `…/v1.0` → `…/beta`. */
export function rootForVersion(root: string, version: 'v1.0' | 'beta' | undefined): string {
  return version === undefined ? root : root.replace(/\/(v1\.0|beta)$/, `/${version}`);
}

/** The graph client's `baseUrl` and `defaultVersion` for a version root. */
export function clientBase(root: string): { readonly baseUrl: string; readonly version: string } {
  const at = root.lastIndexOf('/');
  return { baseUrl: root.slice(0, at), version: root.slice(at + 1) };
}

/** The URL shown to a person: on the public Graph v1.0 root unless another https root is given. */
export function shownUrl(path: string, root: string = GRAPH_V1_ROOT): string {
  return `${root}${relativePath(path)}`;
}

/**
 * The root shown under answers: the public Graph root for the demo tenant (never localhost), the
 * configured root for a real tenant in a national cloud (so the query can be re-run there).
 */
export function shownRoot(config: GraphConfig): string {
  if (config.mode === 'demo') return GRAPH_V1_ROOT;
  const root = versionRoot(config);
  return root.startsWith('https://') ? root : GRAPH_V1_ROOT;
}

/** A request path with one leading slash. */
export function relativePath(path: string): string {
  return `/${path.replace(/^\/+/, '')}`;
}

/**
 * A path the graph client will not misread. Its `parsePath` treats any `https://` in the string as
 * the start of an absolute URL, so such text in the query is percent-encoded (same meaning once
 * the server decodes the query).
 */
export function clientSafePath(path: string): string {
  const rel = relativePath(path);
  const q = rel.indexOf('?');
  if (q === -1) return rel;
  return rel.slice(0, q + 1) + rel.slice(q + 1).replace(/https:\/\//gi, (m) => `${m.slice(0, 5)}%3A%2F%2F`);
}

/**
 * An `@odata.nextLink` as a path relative to the version root. A link to any other origin or
 * version is refused: the bearer token must not leave the configured endpoint.
 */
export function nextLinkPath(nextLink: string, root: string): string {
  let link: URL;
  try {
    link = new URL(nextLink, `${root}/`);
  } catch {
    throw foreignLink(nextLink);
  }
  const base = new URL(`${root}/`);
  if (link.origin !== base.origin || !link.pathname.startsWith(base.pathname)) throw foreignLink(nextLink);
  return relativePath(link.pathname.slice(base.pathname.length) + link.search);
}

function foreignLink(nextLink: string): GraphRequestError {
  return new GraphRequestError({
    status: 0,
    code: 'foreignNextLink',
    kind: 'other',
    message: `Refused to follow a next link outside the Graph endpoint: ${nextLink.slice(0, 200)}`,
  });
}
