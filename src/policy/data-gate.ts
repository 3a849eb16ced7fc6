/**
 * Permissions by the data read, not only by the question asked. The intent's policy line decides
 * whether a question may be asked at all (authorize.ts); this gate then checks every query the
 * plan would run, by the categories it reads (declared by the plan, and worked out from the query
 * itself: data-reads.ts), against the asker's rights:
 *
 * - a category is readable when the asker holds one of its roles actively, or it is open to every
 *   member and they are one, or an exception of the intent holds (the subject is the asker, a group
 *   they own, a direct report) *and* the category lists that exception in policy.json (risk lists
 *   none: never self-service);
 * - a query that reads a category only through `$select` properties runs without them; any other
 *   query that reads an unreadable category does not run at all (the answer sees no rows for it);
 * - the answer then loses the columns of the removed properties and says, in `notShown` and a
 *   "Not shown" section, which kinds of data were left out and which role would show them. What it
 *   says depends only on the question and the asker, never on the tenant's data.
 */
import type { Answer, Cell, Section } from '../answers/answer';
import type { Resolved } from '../planning/entities';
import type { DataCategory, PlannedQuery, QueryPlan } from '../planning/query-plan';
import type { QueryResult } from '../sources/result-set';
import { encodeQueryValue } from '../sources/graph/odata';
import type { IntentName } from '../understanding/intent';
import type { AskerFacts } from './asker-facts';
import { decodeSafe, queryReads } from './data-reads';
import type { ExceptionKind, Policy } from './policy';

/** What this asker may read while answering this one question. */
export interface DataGate {
  allows(category: string): boolean;
  /** The exceptions that hold for this question (the subject is the asker, a group they own, a report). */
  readonly exceptions: readonly ExceptionKind[];
  /**
   * False when the asker reads the directory only as a group's owner and the policy does not
   * extend that to nested groups: transitive member lists become direct ones.
   */
  readonly nested: boolean;
}

/** The exceptions of the intent's policy line that hold for these resolved objects. */
export function exceptionsHolding(policy: Policy, intent: IntentName, facts: AskerFacts | undefined, resolved: Resolved): ExceptionKind[] {
  const rule = policy.intents[intent];
  if (!facts || !rule) return [];
  const subject = (slot: 'user' | 'group' | undefined) => (slot ? resolved[slot]?.id : undefined);
  const out: ExceptionKind[] = [];
  // An unresolved subject (undefined) equals no id.
  if (subject(rule.self) === facts.objectId) out.push('self');
  const owned = subject(rule.owner);
  if (facts.ownedGroupIds.some((g) => g === owned)) out.push('owner');
  const report = subject(rule.manager);
  if (facts.directReportIds.some((r) => r === report)) out.push('manager');
  return out;
}

export function dataGate(policy: Policy, intent: IntentName, facts: AskerFacts | undefined, resolved: Resolved): DataGate {
  const exceptions = exceptionsHolding(policy, intent, facts, resolved);
  const directory = policy.categories['directory'];
  const directoryByRight = Boolean(facts && directory && (
    facts.activeRoles.some((r) => directory.roles.includes(r)) || (directory.members === true && facts.userType === 'Member')));
  const onlyAsOwner = !directoryByRight && exceptions.includes('owner') && !exceptions.includes('self');
  return {
    exceptions,
    nested: !onlyAsOwner || directory?.ownerSeesNested === true,
    allows(name) {
      const category = policy.categories[name];
      if (!category) return false; // an unknown category is never readable
      if (category.everyone) return true;
      if (!facts) return false;
      if (facts.activeRoles.some((r) => category.roles.includes(r))) return true;
      if (category.members && facts.userType === 'Member') return true;
      return exceptions.some((e) => category.exceptions.includes(e));
    },
  };
}

/** A query left out, and why. */
export interface Withheld {
  readonly id: string;
  readonly categories: readonly DataCategory[];
}

export interface GatedPlan {
  /** The queries that may run (some with `$select` properties removed). */
  readonly plan: QueryPlan;
  /** Queries that do not run: the answer gets an empty result for each. */
  readonly withheld: readonly Withheld[];
  /** Empty results standing in for the withheld queries. */
  readonly placeholders: ReadonlyMap<string, QueryResult>;
  /** `$select` properties removed, with the category each one reads. */
  readonly removed: readonly { readonly property: string; readonly category: DataCategory }[];
}

function withoutSelect(path: string, drop: ReadonlySet<string>): string {
  const q = path.indexOf('?');
  if (q < 0) return path;
  const parts = path.slice(q + 1).split('&').map((part) => {
    // The parameter read as data-reads.ts reads it (`%24select` is `$select`), so what it found is what goes.
    const eq = part.indexOf('=');
    if (eq < 0 || decodeSafe(part.slice(0, eq)).toLowerCase() !== '$select') return part;
    const fields = decodeSafe(part.slice(eq + 1)).split(',').filter((f) => !drop.has(f.trim().toLowerCase()));
    return `$select=${encodeQueryValue(fields.join(','))}`;
  });
  return `${path.slice(0, q)}?${parts.join('&')}`;
}

function placeholder(q: PlannedQuery): QueryResult {
  return q.source === 'graph'
    ? { source: 'graph', query: q, status: 403, rows: [], truncated: false, elapsedMs: 0 }
    : { source: 'kql', query: q, columns: [], rows: [], truncated: false, elapsedMs: 0 };
}

/** Applies the gate to a plan: what runs, what is stripped, what is withheld. */
export function gatePlan(plan: QueryPlan, gate: DataGate): GatedPlan {
  const queries: PlannedQuery[] = [];
  const withheld: Withheld[] = [];
  const placeholders = new Map<string, QueryResult>();
  const removed: { property: string; category: DataCategory }[] = [];
  for (const original of plan.queries) {
    // An owner who may not see nested groups gets their group's direct members, not transitive ones.
    const q = original.source === 'graph' && !gate.nested
      ? { ...original, path: original.path.replace(/\/transitiveMembers(?=[/?]|$)/, '/members').replace(/\/transitiveMemberOf(?=[/?]|$)/, '/memberOf') }
      : original;
    const denied = queryReads(q).filter((e) => !gate.allows(e.category));
    if (denied.length === 0) { queries.push(q); continue; }
    if (q.source === 'graph' && denied.every((e) => e.selectOnly.length > 0)) {
      const drop = new Set(denied.flatMap((e) => e.selectOnly.map((p) => p.toLowerCase())));
      for (const e of denied) for (const property of e.selectOnly) removed.push({ property, category: e.category });
      const gone = new Set(denied.map((e) => e.category));
      queries.push({ ...q, path: withoutSelect(q.path, drop), ...(q.reads ? { reads: q.reads.filter((c) => !gone.has(c)) } : {}) });
      continue;
    }
    withheld.push({ id: q.id, categories: [...new Set(denied.map((e) => e.category))] });
    placeholders.set(q.id, placeholder(q));
  }
  return { plan: { ...plan, queries }, withheld, placeholders, removed };
}

/** Answer columns and facts that show a removed property (by the property's name, or a fact title). */
const FACT_TITLES: Readonly<Record<string, readonly string[]>> = {
  accountenabled: ['Account enabled', 'Enabled'],
  signinactivity: ['Last sign-in', 'Last interactive sign-in', 'Last non-interactive sign-in', 'Last successful sign-in'],
  lastpasswordchangedatetime: ['Password last changed', 'Password last set'],
  approximatelastsignindatetime: ['Last sign-in'],
};

const COLUMN_NAMES: Readonly<Record<string, readonly string[]>> = {
  accountenabled: ['accountenabled', 'enabled'],
  signinactivity: ['lastsignin', 'lastsignindatetime', 'lastnoninteractivesignindatetime', 'signinactivity'],
  lastpasswordchangedatetime: ['lastpasswordchangedatetime', 'passwordlastchanged'],
  approximatelastsignindatetime: ['approximatelastsignindatetime'],
};

const upperFirst = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * The answer without what the asker may not see: columns and facts of removed properties go, and
 * the answer says which kinds of data were left out (`notShown`, and a "Not shown" section).
 */
export function redactAnswer(answer: Answer, gated: readonly GatedPlan[], policy: Policy): Answer {
  const removed = gated.flatMap((g) => g.removed);
  const categories = [...new Set([...gated.flatMap((g) => g.withheld.flatMap((w) => w.categories)), ...removed.map((r) => r.category)])];
  if (categories.length === 0) return answer;
  const props = new Set(removed.map((r) => r.property.toLowerCase()));
  const columnNames = new Set([...props].flatMap((p) => COLUMN_NAMES[p] ?? [p]));
  const factTitles = new Set(Object.entries(FACT_TITLES).filter(([p]) => props.has(p)).flatMap(([, titles]) => titles));
  const keep = answer.columns.map((c) => !columnNames.has(c.toLowerCase()));
  const dropCols = keep.some((k) => !k);
  const index = (i: number) => keep.slice(0, i).filter(Boolean).length;
  const chart = answer.chart && dropCols
    ? (keep[answer.chart.x] && keep[answer.chart.y] ? { ...answer.chart, x: index(answer.chart.x), y: index(answer.chart.y) } : undefined)
    : answer.chart;
  const lines = categories.map((c) => {
    const rule = policy.categories[c];
    // A category the policy does not name: the gate allows it to no one (dataGate), so no role would show it.
    if (!rule) return `${upperFirst(c)}: not shown — no role the policy names reads it.`;
    const { needs } = rule;
    const roles = needs.length === 1 ? needs[0] : `${needs.slice(0, -1).join(', ')} or ${needs[needs.length - 1]}`;
    const never = rule.exceptions.length === 0 && !rule.members ? ' (never shown without that role, not even about yourself)' : '';
    return `${upperFirst(rule.title)}: not shown — it needs the ${roles} role${never}.`;
  });
  const section: Section = { title: 'Not shown', bullets: lines };
  const { chart: _old, ...rest } = answer;
  void _old;
  return {
    ...rest,
    ...(dropCols ? {
      columns: answer.columns.filter((_, i) => keep[i]),
      rows: answer.rows.map((r) => r.filter((_: Cell, i: number) => keep[i])),
      ...(answer.columnTitles ? { columnTitles: answer.columnTitles.filter((_, i) => keep[i]) } : {}),
    } : {}),
    ...(chart ? { chart } : {}),
    facts: answer.facts.filter((f) => !factTitles.has(f.title)),
    sections: [...(answer.sections ?? []), section],
    notShown: categories,
  };
}
