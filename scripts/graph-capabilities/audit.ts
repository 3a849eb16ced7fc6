/**
 * `npm run graph:audit`: every Graph API the product calls, its version, the permission it needs
 * in each mode (derived from the capability table as the app registration is) and whether each
 * request shape the product emits is within Microsoft's documented support — for an administrator
 * to review before consenting, and for the planner work list.
 *
 *   npm run graph:audit [-- --strict] [-- --json]
 *
 * The product is run once per mode (delegated, app-only), each time planning as that mode does
 * (app-only plans leave out the APIs Microsoft documents as delegated only), and each mode's
 * requests are checked against that mode. `--strict` runs those two passes against the demo
 * endpoint in strict mode and shows how each shape was answered.
 */
import path from 'node:path';
import { CAPABILITIES, checkRequest, describeViolations } from '../../src/sources/graph/capabilities';
import type { GraphApiCapabilities, GraphAuthMode } from '../../src/sources/graph/capabilities';
import { derivedFor } from './derived-permissions';
import { enumerateProductRequests } from './product-requests';
import { registrationFindings } from './registration';
import type { ProductRequest } from './product-requests';
import { requestShape } from './shape';

const MODES: readonly GraphAuthMode[] = ['delegated', 'appOnly'];
const LABEL: Record<GraphAuthMode, string> = { delegated: 'delegated', appOnly: 'app-only' };

/** One request shape, per mode: who asked, what is outside the documented support, how the strict endpoint answered. */
interface ShapeReport {
  readonly shape: string;
  readonly origins: Record<GraphAuthMode, string[]>;
  readonly violations: Record<GraphAuthMode, string[]>;
  readonly strictOutcomes: Record<GraphAuthMode, string[]>;
}

/** The permission(s) the registration takes for the API in a mode (as derived-permissions.ts derives them). */
export function permissionText(api: GraphApiCapabilities, mode: GraphAuthMode): string {
  const perms = derivedFor(api, mode === 'delegated' ? 'delegated' : 'application');
  return perms === null ? 'Not supported' : perms.join(' + ');
}

/** Per mode, the shapes planned in that mode, checked against that mode. */
export function shapeReports(runs: Readonly<Record<GraphAuthMode, readonly ProductRequest[]>>, strict: boolean): { byApi: Map<string, Map<string, ShapeReport>>; outside: Map<string, ShapeReport> } {
  const byApi = new Map<string, Map<string, ShapeReport>>();
  const outside = new Map<string, ShapeReport>();
  for (const mode of MODES) {
    for (const r of runs[mode]) {
      const req = { method: r.method, url: r.path, headers: r.headers, version: r.version };
      const checked = checkRequest(req, mode);
      const shape = requestShape(r.method, r.version, r.path);
      const bucket = checked.match ? (byApi.get(checked.match.api.id) ?? byApi.set(checked.match.api.id, new Map()).get(checked.match.api.id)!) : outside;
      let s = bucket.get(shape);
      if (!s) bucket.set(shape, (s = { shape, origins: { delegated: [], appOnly: [] }, violations: { delegated: [], appOnly: [] }, strictOutcomes: { delegated: [], appOnly: [] } }));
      if (!s.origins[mode].includes(r.origin)) s.origins[mode].push(r.origin);
      for (const m of describeViolations(checked.violations)) if (!s.violations[mode].includes(m)) s.violations[mode].push(m);
      if (strict && r.outcome !== undefined && !s.strictOutcomes[mode].includes(r.outcome)) s.strictOutcomes[mode].push(r.outcome);
    }
  }
  return { byApi, outside };
}

/** What one shape is in one mode, in words. */
function modeLine(s: ShapeReport, mode: GraphAuthMode, strict: boolean): string {
  if (s.origins[mode].length === 0) return `${LABEL[mode]}: not asked`;
  const v = s.violations[mode];
  const state = v.length === 0 ? 'within documented support' : `OUTSIDE: ${v.join('; ')}`;
  return `${LABEL[mode]}: ${state}${strict ? ` (strict demo: ${s.strictOutcomes[mode].join('/') || '—'})` : ''}; from ${s.origins[mode].join(', ')}`;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const strict = process.argv.includes('--strict');
  const dataDir = path.resolve(__dirname, '..', '..', '.data', 'graph-audit-tenant');
  const runs = { delegated: [] as ProductRequest[], appOnly: [] as ProductRequest[] };
  const errorCards: Record<GraphAuthMode, Map<string, Map<string, number>>> = { delegated: new Map(), appOnly: new Map() };
  for (const mode of MODES) {
    runs[mode] = await enumerateProductRequests({
      dataDir, graphAuth: mode,
      ...(strict ? {
        strict: { authMode: mode },
        onAnswer: (intent: string, kind: string, summary: string) => {
          if (kind !== 'error' && kind !== 'exception') return;
          const byText = errorCards[mode].get(intent) ?? errorCards[mode].set(intent, new Map()).get(intent)!;
          const text = summary.replace(/\s*\(request id [^)]*\)/, '');
          byText.set(text, (byText.get(text) ?? 0) + 1);
        },
      } : {}),
    });
  }
  const { byApi, outside } = shapeReports(runs, strict);

  if (json) {
    console.log(JSON.stringify({
      apis: CAPABILITIES.map((a) => ({ id: a.id, method: a.method, path: a.path, version: a.version, delegated: permissionText(a, 'delegated'), application: permissionText(a, 'appOnly'), shapes: [...(byApi.get(a.id)?.values() ?? [])] })),
      outsideTable: [...outside.values()],
    }, null, 2));
    return;
  }
  const lines: string[] = [];
  let problems = 0;
  for (const a of CAPABILITIES) {
    const shapes = [...(byApi.get(a.id)?.values() ?? [])];
    lines.push(`${a.method} ${a.version} ${a.path}  [${a.id}]`);
    lines.push(`  permission  delegated: ${permissionText(a, 'delegated')}   app-only: ${permissionText(a, 'appOnly')}`);
    for (const mode of MODES) {
      const mine = shapes.filter((s) => s.origins[mode].length > 0);
      const bad = mine.filter((s) => s.violations[mode].length > 0);
      problems += bad.length;
      lines.push(`  ${LABEL[mode].padEnd(9)}   ${mine.length} request shape(s); ${mine.length === 0 ? 'not called in this mode' : bad.length === 0 ? 'all within documented support' : `${bad.length} OUTSIDE documented support`}`);
    }
    for (const s of shapes) {
      if (!strict && MODES.every((m) => s.violations[m].length === 0)) continue;
      lines.push(`    ${s.shape}`);
      for (const mode of MODES) lines.push(`      ${modeLine(s, mode, strict)}`);
    }
  }
  if (outside.size > 0) {
    lines.push('Requests outside the table:');
    for (const s of outside.values()) { problems++; lines.push(`    ${s.shape}`); for (const mode of MODES) lines.push(`      ${modeLine(s, mode, strict)}`); }
  }
  if (strict) {
    lines.push('', 'Strict demo endpoint: lookups answered with an error (404s left out), by who asked:');
    for (const mode of MODES) {
      const failed = new Map<string, Set<string>>();
      for (const r of runs[mode]) {
        if (r.outcome === undefined || r.outcome === 'ok' || /NotFound/.test(r.outcome)) continue;
        const set = failed.get(r.origin) ?? failed.set(r.origin, new Set()).get(r.origin)!;
        set.add(`${r.id.replace(/\.[0-9a-f-]{36}$/, '')}: ${r.outcome}`);
      }
      lines.push(`  ${LABEL[mode]}:`);
      for (const [origin, what] of [...failed].sort()) lines.push(`    ${origin}  ${[...what].join('; ')}`);
    }
    lines.push('', 'Strict demo endpoint: questions answered with an error card, by intent:');
    for (const mode of MODES) {
      lines.push(`  ${LABEL[mode]}:`);
      for (const [intent, texts] of [...errorCards[mode]].sort()) lines.push(`    ${intent}  ${[...texts].map(([t, n]) => `${n}× "${t}"`).join(' / ')}`);
    }
  }
  lines.push('', 'App registration (infra/graph-permissions.json) against the table:');
  for (const line of registrationFindings()) lines.push(`  ${line}`);
  lines.push('', `${CAPABILITIES.length} APIs in the table; ${runs.delegated.length} requests planned in delegated mode, ${runs.appOnly.length} in app-only mode; ${problems} shape(s) outside documented support.`);
  console.log(lines.join('\n'));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
