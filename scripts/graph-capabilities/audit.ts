/**
 * `npm run graph:audit`: every Graph API the product calls, its version, the permission it needs
 * in each mode (least privileged, from the capability table) and whether each request shape the
 * product emits is within Microsoft's documented support — for an administrator to review before
 * consenting, and for the planner work list.
 *
 *   npm run graph:audit [-- --strict] [-- --json]
 *
 * `--strict` also runs the product against the demo endpoint in strict mode (app-only and
 * delegated) and shows how each shape was answered.
 */
import path from 'node:path';
import { CAPABILITIES, checkRequest, describeViolations } from '../../src/sources/graph/capabilities';
import type { GraphApiCapabilities, GraphAuthMode } from '../../src/sources/graph/capabilities';
import { enumerateProductRequests } from './product-requests';
import { registrationFindings } from './registration';
import type { ProductRequest } from './product-requests';
import { requestShape } from './shape';

const MODES: readonly GraphAuthMode[] = ['delegated', 'appOnly'];

interface ShapeReport {
  readonly shape: string;
  readonly origins: string[];
  readonly violations: Record<GraphAuthMode, string[]>;
  readonly strictOutcomes: Record<GraphAuthMode, string[]>;
}

function permissionText(api: GraphApiCapabilities, mode: GraphAuthMode): string {
  const list = mode === 'delegated' ? api.permissions.delegated : api.permissions.application;
  if (list === null) return 'Not supported';
  const together = api.permissions.together;
  return together ? `${together.join(' + ')}` : (list[0] ?? '?');
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const strict = process.argv.includes('--strict');
  const dataDir = path.resolve(__dirname, '..', '..', '.data', 'graph-audit-tenant');
  const requests = await enumerateProductRequests({ dataDir });
  const strictRuns: Partial<Record<GraphAuthMode, ProductRequest[]>> = {};
  const errorCards: Record<GraphAuthMode, Map<string, Map<string, number>>> = { delegated: new Map(), appOnly: new Map() };
  if (strict) {
    for (const mode of MODES) {
      strictRuns[mode] = await enumerateProductRequests({
        dataDir, strict: { authMode: mode },
        onAnswer: (intent, kind, summary) => {
          if (kind !== 'error' && kind !== 'exception') return;
          const byText = errorCards[mode].get(intent) ?? errorCards[mode].set(intent, new Map()).get(intent)!;
          const text = summary.replace(/\s*\(request id [^)]*\)/, '');
          byText.set(text, (byText.get(text) ?? 0) + 1);
        },
      });
    }
  }

  const byApi = new Map<string, Map<string, ShapeReport>>();
  const outside = new Map<string, ShapeReport>();
  const report = (r: ProductRequest): ShapeReport => {
    const shape = requestShape(r.method, r.version, r.path);
    const match = checkRequest({ method: r.method, url: r.path, headers: r.headers, version: r.version }, 'delegated').match;
    const bucket = match ? (byApi.get(match.api.id) ?? byApi.set(match.api.id, new Map()).get(match.api.id)!) : outside;
    let s = bucket.get(shape);
    if (!s) bucket.set(shape, (s = { shape, origins: [], violations: { delegated: [], appOnly: [] }, strictOutcomes: { delegated: [], appOnly: [] } }));
    return s;
  };
  for (const r of requests) {
    const s = report(r);
    if (!s.origins.includes(r.origin)) s.origins.push(r.origin);
    for (const mode of MODES) {
      for (const m of describeViolations(checkRequest({ method: r.method, url: r.path, headers: r.headers, version: r.version }, mode).violations)) {
        if (!s.violations[mode].includes(m)) s.violations[mode].push(m);
      }
    }
  }
  for (const mode of MODES) for (const r of strictRuns[mode] ?? []) {
    const s = report(r);
    const o = r.outcome ?? '?';
    if (!s.strictOutcomes[mode].includes(o)) s.strictOutcomes[mode].push(o);
  }

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
    const within = shapes.every((s) => MODES.every((m) => s.violations[m].length === 0));
    lines.push(`${a.method} ${a.version} ${a.path}  [${a.id}]`);
    lines.push(`  permission  delegated: ${permissionText(a, 'delegated')}   application: ${permissionText(a, 'appOnly')}`);
    lines.push(`  product     ${shapes.length} request shape(s); ${shapes.length === 0 ? 'not called in this run' : within ? 'all within documented support' : 'OUTSIDE documented support:'}`);
    for (const s of shapes) {
      const v = [...new Set([...s.violations.delegated, ...s.violations.appOnly.map((x) => (s.violations.delegated.includes(x) ? x : `${x} (app-only)`))])];
      if (v.length === 0 && !strict) continue;
      problems += v.length > 0 ? 1 : 0;
      lines.push(`    ${s.shape}`);
      lines.push(`      from: ${s.origins.join(', ')}`);
      for (const x of v) lines.push(`      ✗ ${x}`);
      if (strict) lines.push(`      strict demo: delegated ${s.strictOutcomes.delegated.join('/') || '—'}, app-only ${s.strictOutcomes.appOnly.join('/') || '—'}`);
    }
  }
  if (outside.size > 0) {
    lines.push('Requests outside the table:');
    for (const s of outside.values()) { problems++; lines.push(`    ${s.shape}  from: ${s.origins.join(', ')}`); }
  }
  if (strict) {
    lines.push('', 'Strict demo endpoint: lookups answered with an error (404s left out), by who asked:');
    for (const mode of MODES) {
      const failed = new Map<string, Set<string>>();
      for (const r of strictRuns[mode] ?? []) {
        if (r.outcome === undefined || r.outcome === 'ok' || /NotFound/.test(r.outcome)) continue;
        const set = failed.get(r.origin) ?? failed.set(r.origin, new Set()).get(r.origin)!;
        set.add(`${r.id.replace(/\.[0-9a-f-]{36}$/, '')}: ${r.outcome}`);
      }
      lines.push(`  ${mode}:`);
      for (const [origin, what] of [...failed].sort()) lines.push(`    ${origin}  ${[...what].join('; ')}`);
    }
    lines.push('', 'Strict demo endpoint: questions answered with an error card, by intent:');
    for (const mode of MODES) {
      lines.push(`  ${mode}:`);
      for (const [intent, texts] of [...errorCards[mode]].sort()) lines.push(`    ${intent}  ${[...texts].map(([t, n]) => `${n}× "${t}"`).join(' / ')}`);
    }
  }
  lines.push('', 'App registration (infra/graph-permissions.json) against the table:');
  for (const line of registrationFindings()) lines.push(`  ${line}`);
  lines.push('', `${CAPABILITIES.length} APIs in the table, ${requests.length} requests planned, ${problems} shape(s) outside documented support.`);
  console.log(lines.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
