import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Gazetteer, Intent, UnderstandOptions } from '../../../src/understanding';
import { isIntentName, understand } from '../../../src/understanding';
import { seededRandom } from '../../../src/util/seeded-random';

/**
 * The real-world question set of issue 16: questions written by people outside the project
 * (Microsoft Learn's Copilot in Entra prompts, MCP server prompts, forum and blog titles), each
 * with its source, labelled with the intents of shared/spec/questions.md. A third of it, drawn
 * with a recorded seed before any tuning, is frozen as a never-trained-on test split
 * (`frozen-test.json`); the rest may be looked at while tuning.
 */
export interface RealWorldCase {
  /** An intent of questions.md (possibly one not built yet), `unknown` or `change.refused`. */
  readonly label: string;
  readonly question: string;
  readonly slots: Readonly<Record<string, unknown>>;
  readonly source: string;
  readonly where: string;
  readonly split: 'test' | 'tune';
}

const DIR = __dirname;

/** The frozen split: the seed it was drawn with and the questions it holds. */
export interface FrozenSplit {
  readonly seed: number;
  readonly frozenAt: string;
  readonly note: string;
  /** The seeded draw: the first third of the first 303 questions. */
  readonly questions: readonly string[];
  /** Questions added to the split later, each batch before its results were looked at. */
  readonly added?: readonly { readonly at: string; readonly seed?: number; readonly note: string; readonly questions: readonly string[] }[];
}

/** Every question of the frozen split: the seeded draw and the batches added later. */
export function frozenQuestions(split: FrozenSplit): string[] {
  return [...split.questions, ...(split.added ?? []).flatMap((b) => b.questions)];
}

/** questions.md's sections, as families (the "right family" of the issue). */
const FAMILY_PREFIXES: readonly [RegExp, string][] = [
  [/^(user\.|users\.|licenses\.|tenant\.)/, 'users'],
  [/^(group\.|groups\.)/, 'groups'],
  [/^signIns\./, 'sign-ins'],
  [/^(riskyUsers?\.|riskyUser\.|riskyApps\.)/, 'risk'],
  [/^audit\./, 'audit'],
  [/^(app\.|apps\.|policies\.)/, 'apps'],
  [/^(role\.|privileged\.)/, 'privileged'],
  [/^(accessPackages?\.|accessPackage\.|assignments\.|accessRequests\.)/, 'access-packages'],
  [/^report\./, 'reports'],
  [/^(kql\.|graph\.)/, 'raw'],
];

export function familyOfLabel(label: string): string {
  for (const [re, family] of FAMILY_PREFIXES) if (re.test(label)) return family;
  return label; // help, unknown, change.refused are their own
}

const NUMBERS = new Set(['top', 'errorCode', 'maxOwners']);
const LISTS = new Set(['groups', 'apps', 'departments']);

function windowOf(text: string): unknown {
  if (!text.includes('..')) return { last: text };
  const [from, to] = text.split('..') as [string, string];
  const iso = (d: string): string => (d.length === 10 ? `${d}T00:00:00Z` : d);
  return { from: iso(from), to: iso(to) };
}

export function parseRealWorldSlots(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of text.split(/;\s*/).filter((p) => p.trim() !== '')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 'window' || key === 'createdWithin') out[key] = windowOf(value);
    else if (NUMBERS.has(key)) out[key] = Number(value);
    else if (value === 'true' || value === 'false') out[key] = value === 'true';
    else if (LISTS.has(key)) out[key] = value.split(',').map((v) => v.trim());
    else out[key] = value;
  }
  return out;
}

export function readFrozenSplit(): FrozenSplit {
  return JSON.parse(readFileSync(join(DIR, 'frozen-test.json'), 'utf8')) as FrozenSplit;
}

/** Every labelled line of questions.tsv, in file order, without the split. */
export function readRealWorldLines(): Omit<RealWorldCase, 'split'>[] {
  const out: Omit<RealWorldCase, 'split'>[] = [];
  readFileSync(join(DIR, 'questions.tsv'), 'utf8').split('\n').forEach((line, n) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [label, question, slotText = '', source = ''] = line.split('\t');
    if (label === undefined || question === undefined || question.trim() === '') throw new Error(`questions.tsv:${n + 1}: bad line`);
    out.push({ label, question, slots: parseRealWorldSlots(slotText), source: source.trim(), where: `real-world/questions.tsv:${n + 1}` });
  });
  return out;
}

/** Draws the test third: a seeded shuffle of the questions, the first third. */
export function drawTestSplit(questions: readonly string[], seed: number): string[] {
  const rand = seededRandom(seed);
  const order = [...questions];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, Math.round(questions.length / 3));
}

export function loadRealWorldSet(): RealWorldCase[] {
  const frozen = new Set(frozenQuestions(readFrozenSplit()));
  return readRealWorldLines().map((c) => ({ ...c, split: frozen.has(c.question) ? 'test' : 'tune' }));
}

export interface RealWorldResult {
  readonly case: RealWorldCase;
  readonly got: Intent;
  readonly intentOk: boolean;
  readonly familyOk: boolean;
  readonly slotsRight: number;
  readonly slotsTotal: number;
  readonly wrongSlots: readonly string[];
}

export interface RealWorldFigures {
  readonly results: readonly RealWorldResult[];
  readonly inScope: number;
  /** In-scope questions understood as their intent / as an intent of their family. */
  readonly intentAccuracy: number;
  readonly familyAccuracy: number;
  /** In-scope questions whose intent is built (the rest cannot be right yet): how many, and their intent accuracy. */
  readonly builtInScope: number;
  readonly builtIntentAccuracy: number;
  /** Slots right out of the union of expected and produced slots, over in-scope questions. */
  readonly slotAccuracy: number;
  readonly outOfScope: number;
  /** Out-of-scope questions answered `unknown`. */
  readonly outOfScopeRefused: number;
  /** Out-of-scope questions sent to a family that would show data (not unknown, help or change.refused). */
  readonly outOfScopeAnsweredWithData: number;
  readonly changes: number;
  readonly changesRefused: number;
}

const META = new Set(['unknown', 'change.refused', 'help']);

/** `options` replaces parts of the parser's options (a cross-validation fold's open-set model). */
export function evaluateRealWorld(cases: readonly RealWorldCase[], gazetteer: Gazetteer, now: Date, options: Omit<UnderstandOptions, 'gazetteer' | 'now'> = {}): RealWorldFigures {
  const results = cases.map((c): RealWorldResult => {
    const got = understand(c.question, {}, { ...options, gazetteer, now });
    const actual = got.slots as Record<string, unknown>;
    const keys = c.label === 'unknown' || c.label === 'change.refused'
      ? new Set<string>()
      : new Set([...Object.keys(c.slots), ...Object.keys(actual)]);
    const wrongSlots: string[] = [];
    let right = 0;
    for (const k of keys) {
      if (isDeepStrictEqual(c.slots[k], actual[k])) right += 1;
      else wrongSlots.push(`${k}: expected ${JSON.stringify(c.slots[k])}, got ${JSON.stringify(actual[k])}`);
    }
    return {
      case: c, got, intentOk: got.name === c.label, familyOk: familyOfLabel(got.name) === familyOfLabel(c.label),
      slotsRight: right, slotsTotal: keys.size, wrongSlots,
    };
  });
  const inScope = results.filter((r) => !META.has(r.case.label));
  const out = results.filter((r) => r.case.label === 'unknown');
  const changes = results.filter((r) => r.case.label === 'change.refused');
  const share = (xs: readonly RealWorldResult[], ok: (r: RealWorldResult) => boolean): number => (xs.length === 0 ? 1 : xs.filter(ok).length / xs.length);
  const slotsTotal = inScope.reduce((s, r) => s + r.slotsTotal, 0);
  return {
    results,
    inScope: inScope.length,
    intentAccuracy: share(inScope, (r) => r.intentOk),
    familyAccuracy: share(inScope, (r) => r.familyOk),
    builtInScope: inScope.filter((r) => isIntentName(r.case.label)).length,
    builtIntentAccuracy: share(inScope.filter((r) => isIntentName(r.case.label)), (r) => r.intentOk),
    slotAccuracy: slotsTotal === 0 ? 1 : inScope.reduce((s, r) => s + r.slotsRight, 0) / slotsTotal,
    outOfScope: out.length,
    outOfScopeRefused: share(out, (r) => r.got.name === 'unknown'),
    outOfScopeAnsweredWithData: share(out, (r) => !META.has(r.got.name)),
    changes: changes.length,
    changesRefused: share(changes, (r) => (r.got.name as string) === 'change.refused'),
  };
}
