/**
 * Microsoft's Graph metadata (`../shared/reference/graph-metadata/`, msgraph-metadata, MIT): the
 * v1.0 CSDL and the beta entity-type summary, read into "type → properties and navigation
 * properties", base types folded in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface TypeMembers {
  readonly properties: ReadonlySet<string>;
  readonly navigation: ReadonlySet<string>;
}

export type Schema = ReadonlyMap<string, TypeMembers>;

interface RawType { readonly base?: string; readonly properties: string[]; readonly navigation: string[] }

function fold(raw: Map<string, RawType>): Map<string, TypeMembers> {
  const out = new Map<string, TypeMembers>();
  const resolve = (name: string, depth = 0): TypeMembers => {
    const hit = out.get(name);
    if (hit) return hit;
    const t = raw.get(name);
    if (!t || depth > 20) return { properties: new Set(), navigation: new Set() };
    const base = t.base ? resolve(t.base, depth + 1) : { properties: new Set<string>(), navigation: new Set<string>() };
    const m = { properties: new Set([...base.properties, ...t.properties]), navigation: new Set([...base.navigation, ...t.navigation]) };
    out.set(name, m);
    return m;
  };
  for (const name of raw.keys()) resolve(name);
  return out;
}

/** Entity and complex types of the v1.0 CSDL (namespace microsoft.graph), by simple name. */
export function readV1Schema(csdlFile: string): Schema {
  const all = readFileSync(csdlFile, 'utf8');
  // Only the microsoft.graph schema: other namespaces reuse names (security.user, termStore.group).
  const start = all.indexOf('<Schema Namespace="microsoft.graph"');
  const end = all.indexOf('<Schema ', start + 1);
  const xml = all.slice(start, end < 0 ? undefined : end);
  const raw = new Map<string, RawType>();
  for (const m of xml.matchAll(/<(EntityType|ComplexType) Name="([^"]+)"([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g)) {
    const attrs = m[3] ?? '';
    const body = m[5] ?? '';
    const base = /BaseType="(?:graph|microsoft\.graph)\.([^"]+)"/.exec(attrs)?.[1];
    raw.set(m[2]!, {
      base,
      properties: [...body.matchAll(/<Property Name="([^"]+)"/g)].map((p) => p[1]!),
      navigation: [...body.matchAll(/<NavigationProperty Name="([^"]+)"/g)].map((p) => p[1]!),
    });
  }
  return fold(raw);
}

/** The beta summary (`beta-entity-types.json`): `{ "microsoft.graph": { type: { properties, navigationProperties } } }`. */
export function readBetaSchema(entityFile: string, complexFile?: string): Schema {
  const raw = new Map<string, RawType>();
  for (const file of [entityFile, complexFile].filter((f): f is string => f !== undefined)) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, { baseType?: string; properties?: string[]; navigationProperties?: string[] }>>;
    for (const [name, t] of Object.entries(doc['microsoft.graph'] ?? {})) {
      raw.set(name, { base: t.baseType?.replace(/^microsoft\.graph\./, ''), properties: t.properties ?? [], navigation: t.navigationProperties ?? [] });
    }
  }
  return fold(raw);
}

export function metadataFiles(dir: string): { v1: string; betaEntities: string; betaComplex: string } {
  return { v1: path.join(dir, 'v1.0-Prod.csdl'), betaEntities: path.join(dir, 'beta-entity-types.json'), betaComplex: path.join(dir, 'beta-complex-types.json') };
}
