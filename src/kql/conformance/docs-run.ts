/**
 * Runs the documentation conformance suite (Microsoft's KQL reference examples) through the
 * embedded engine and reports pass / refused / wrong / failed per page and per feature.
 * Used by test/kql/docs-conformance.test.ts and scripts/kql-docs-report.ts.
 */
import type { EmbeddedKqlEngine } from '../engine/embedded-engine';
import { isKqlError } from '../errors';
import { corrected, isNondeterministic, tableDifference } from './docs-cases';
import type { DocsCase, DocsCorrection, DocsOutcome } from './docs-cases';

export interface DocsCaseResult {
  readonly id: string;
  readonly page: string;
  readonly feature: string;
  readonly outcome: DocsOutcome;
  /** Error code and message (refused, failed) or the difference (wrong). */
  readonly detail?: string;
}

export type Tally = Record<DocsOutcome, number>;

export interface DocsReport {
  readonly results: readonly DocsCaseResult[];
  readonly total: Tally;
  readonly byFeature: ReadonlyMap<string, Tally>;
  readonly byPage: ReadonlyMap<string, Tally>;
}

/** Features outside the ≥ 90 % target: they must refuse cleanly, not pass. */
export const OUT_OF_SCOPE_FEATURES: ReadonlySet<string> = new Set(['Geospatial functions', 'Graph']);

/** An engine error that refuses cleanly: unsupported (EA1xx), policy (EA0xx), limit (EA2xx), binder (KS). */
export function isRefusal(code: string): boolean {
  return /^(KS|EA0|EA1(?!05)|EA2)/.test(code);
}

export function emptyTally(): Tally {
  return { pass: 0, refused: 0, wrong: 0, failed: 0, unverifiable: 0 };
}

/** Runs one case. */
export async function runDocsCase(engine: EmbeddedKqlEngine, raw: DocsCase, fix: DocsCorrection | undefined): Promise<DocsCaseResult> {
  const c = corrected(raw, fix);
  const base = { id: c.id, page: c.page, feature: c.feature };
  try {
    const result = await engine.query(c.query, { maxRows: 10_000 });
    if (fix?.unverifiable || isNondeterministic(c.query)) return { ...base, outcome: 'unverifiable' };
    const diff = tableDifference(c, c.query, result);
    return diff === undefined ? { ...base, outcome: 'pass' } : { ...base, outcome: 'wrong', detail: diff };
  } catch (e) {
    if (isKqlError(e)) {
      const detail = `${e.code} ${e.message}`;
      return { ...base, outcome: isRefusal(e.code) ? 'refused' : 'failed', detail };
    }
    return { ...base, outcome: 'failed', detail: `BUG ${e instanceof Error ? e.message : String(e)}` };
  }
}

function add(map: Map<string, Tally>, key: string, outcome: DocsOutcome): void {
  let t = map.get(key);
  if (!t) map.set(key, (t = emptyTally()));
  t[outcome]++;
}

/** Runs every case, one after another. */
export async function runDocsSuite(
  engine: EmbeddedKqlEngine,
  cases: readonly DocsCase[],
  corrections: Readonly<Record<string, DocsCorrection>>,
  onCase?: (c: DocsCase) => void,
): Promise<DocsReport> {
  const results: DocsCaseResult[] = [];
  const total = emptyTally();
  const byFeature = new Map<string, Tally>();
  const byPage = new Map<string, Tally>();
  for (const c of cases) {
    onCase?.(c);
    const r = await runDocsCase(engine, c, corrections[c.id]);
    results.push(r);
    total[r.outcome]++;
    add(byFeature, r.feature, r.outcome);
    add(byPage, r.page, r.outcome);
  }
  return { results, total, byFeature, byPage };
}

/** One line: `pass 170 · refused 297 · wrong 0 · failed 3 · unverifiable 12 (pass 30.1 % of checkable)`. */
export function tallyLine(t: Tally): string {
  const checkable = t.pass + t.refused + t.wrong + t.failed;
  const pct = checkable > 0 ? ((100 * t.pass) / checkable).toFixed(1) : '—';
  return `pass ${t.pass} · refused ${t.refused} · wrong ${t.wrong} · failed ${t.failed} · unverifiable ${t.unverifiable} (pass ${pct} % of checkable)`;
}

/** Tally over the features inside the target (not geo, not graph). */
export function inScopeTally(report: DocsReport): Tally {
  const t = emptyTally();
  for (const [feature, f] of report.byFeature) {
    if (OUT_OF_SCOPE_FEATURES.has(feature)) continue;
    for (const k of Object.keys(t) as DocsOutcome[]) t[k] += f[k];
  }
  return t;
}
