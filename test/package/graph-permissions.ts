import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One row of infra/graph-permissions.json. */
export interface PathPermission {
  readonly path: string;
  readonly delegated: readonly string[];
  /** `null`: Graph offers no application permission for this API (delegated mode only). */
  readonly application: readonly string[] | null;
  readonly applicationNote?: string;
  readonly doc: string;
  readonly intents: readonly string[];
  /** What else calls the path when no intent does: `asker-facts`, `export`. */
  readonly usedBy?: readonly string[];
  readonly note?: string;
}

export interface PermissionMap {
  readonly signIn: { readonly delegated: readonly string[] };
  readonly paths: readonly PathPermission[];
}

export const ROOT = path.resolve(__dirname, '..', '..');

export function loadPermissionMap(): PermissionMap {
  return JSON.parse(readFileSync(path.join(ROOT, 'infra', 'graph-permissions.json'), 'utf8')) as PermissionMap;
}

/** The segments of a Graph path that decide its permission: no query, no casts, no `$count`. */
export function segmentsOf(graphPath: string): string[] {
  return graphPath.split('?')[0]!.split('/').filter((s) => s !== '' && !s.startsWith('microsoft.graph.') && s !== '$count');
}

/** The map entry for a concrete Graph path (`{id}` matches any one segment), or undefined. */
export function entryFor(map: PermissionMap, graphPath: string): PathPermission | undefined {
  const segs = segmentsOf(graphPath);
  return map.paths.find((e) => {
    const t = segmentsOf(e.path);
    return t.length === segs.length && t.every((s, i) => s === '{id}' || s === segs[i]);
  });
}

export function delegatedUnion(map: PermissionMap): string[] {
  return [...new Set([...map.signIn.delegated, ...map.paths.flatMap((p) => p.delegated)])].sort();
}

export function applicationUnion(map: PermissionMap): string[] {
  return [...new Set(map.paths.flatMap((p) => p.application ?? []))].sort();
}
