/**
 * The Entra app registration's permission map (infra/graph-permissions.json) against the
 * documented permissions of the capability table: a path the product calls but the map lacks, a
 * permission the docs do not list for the path, one that is not the least privileged, a property
 * that needs its own permission (e.g. appliedConditionalAccessPolicies) without it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CAPABILITIES } from '../../src/sources/graph/capabilities';

interface RegistrationEntry { readonly path: string; readonly delegated: readonly string[]; readonly application: readonly string[] | null }

/** Where the app registration's permission map and the documented permissions disagree. */
export function registrationFindings(): string[] {
  const file = path.resolve(__dirname, '..', '..', 'infra', 'graph-permissions.json');
  const map = JSON.parse(readFileSync(file, 'utf8')) as { paths: RegistrationEntry[] };
  const out: string[] = [];
  const byPath = new Map(map.paths.map((e) => [e.path, e]));
  for (const a of CAPABILITIES) {
    const e = byPath.get(a.path);
    if (!e) { out.push(`${a.path}: called by the product, not in the permission map`); continue; }
    if ((a.permissions.application === null) !== (e.application === null)) {
      out.push(`${a.path}: application ${e.application === null ? 'null' : e.application.join(', ')} in the map, documented ${a.permissions.application === null ? 'Not supported' : a.permissions.application[0]}`);
    }
    for (const [mode, chosen, documented] of [['delegated', e.delegated, a.permissions.delegated], ['application', e.application, a.permissions.application]] as const) {
      if (!chosen || !documented) continue;
      const unknown = chosen.filter((p) => !documented.includes(p) && !Object.values(a.propertyPermissions ?? {}).some((pp) => (mode === 'delegated' ? pp.delegated : pp.application)?.includes(p)));
      if (unknown.length > 0) out.push(`${a.path}: ${mode} ${unknown.join(', ')} not among the documented ${documented.join(', ')}`);
      else if (!chosen.includes(documented[0]!)) out.push(`${a.path}: ${mode} ${chosen.join(', ')}; least privileged documented is ${documented[0]}`);
    }
    for (const [prop, pp] of Object.entries(a.propertyPermissions ?? {})) {
      for (const [mode, chosen, listed] of [['delegated', e.delegated, pp.delegated], ['application', e.application, pp.application]] as const) {
        const need = listed?.[0];
        if (need && chosen && !chosen.includes(need)) out.push(`${a.path}: reading ${prop} needs ${mode} ${need} (or ${(listed ?? []).slice(1).join(', ') || '—'}), not in the map`);
      }
    }
  }
  for (const e of map.paths) if (!CAPABILITIES.some((a) => a.path === e.path)) out.push(`${e.path}: in the permission map, not in the table`);
  return out;
}

