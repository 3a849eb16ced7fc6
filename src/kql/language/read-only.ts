/**
 * The read-only check every KQL text passes before it runs anywhere (the embedded engine, Azure
 * Data Explorer, Log Analytics). It reads Kusto.Language's tokens, so comments, whitespace, `let`
 * statements and string literals cannot hide or fake anything:
 *
 * - management commands (`.drop`, `.set`, `.ingest`, …) at the start of the text or of any
 *   statement — EA001;
 * - anything that reads outside the one configured database: `cluster()`, `database()`,
 *   `workspace()`, `app()`, `adx()`, `resource()`, `external_table()`, `externaldata` — EA005;
 * - `evaluate` plugins other than the local, read-only ones (`http_request`, `sql_request`,
 *   `python`, … reach out or run code) — EA006;
 * - `set` statements, which would override the row and time limits the executor sets — EA007.
 */
import { globalsFor, parseOnly } from './bridge';
import type { GlobalState } from './bridge';
import { Syn } from './syntax';
import { diag } from '../diagnostics';
import type { KqlDiagnostic } from '../diagnostics';

/** Functions that name another cluster, database, workspace, application or Azure resource. */
const OUTSIDE_FUNCTIONS = new Set(['cluster', 'database', 'workspace', 'app', 'adx', 'resource', 'external_table']);
const EXTERNAL_DATA = new Set(['externaldata', 'external_data']);

/**
 * Plugins that only compute over the query's own rows. Every other plugin is refused: the
 * `*_request` plugins, `python`/`r`, `ai_*` and `infer_storage_schema` reach other systems.
 */
const LOCAL_PLUGINS = new Set([
  'active_users_count', 'activity_counts_metrics', 'activity_engagement', 'activity_metrics', 'autocluster', 'bag_unpack', 'basket',
  'dcount_intersect', 'diffpatterns', 'diffpatterns_text', 'funnel_sequence', 'funnel_sequence_completion', 'ipv4_lookup', 'ipv6_lookup',
  'narrow', 'new_activity_metrics', 'pivot', 'preview', 'rolling_percentile', 'rows_near', 'schema_merge',
  'sequence_detect', 'session_count', 'sliding_window_counts',
]);

/** Tokens after which a `.` starts a (management) command rather than a member access. */
const STATEMENT_START = new Set(['SemicolonToken', 'BarToken', 'OpenBraceToken', 'OpenParenToken', 'LessThanBarToken']);

let globals: GlobalState | undefined;

function tokensOf(node: Syn, out: Syn[]): Syn[] {
  if (node.isToken) {
    if (node.text !== '') out.push(node);
    return out;
  }
  for (const c of node.children()) tokensOf(c, out);
  return out;
}

/** Whitespace and `//` comment lines, then a `.`: a command, told without parsing. */
const COMMAND_AT_START = /^(\s|\/\/[^\n]*(\n|$))*\./;

/**
 * A management command at the very start of the text, found without Kusto.Language: parsing a
 * command takes seconds (its grammar is large), which no one should be able to make the bot do.
 */
export function commandAtStart(text: string): KqlDiagnostic | undefined {
  const m = COMMAND_AT_START.exec(text);
  if (!m) return undefined;
  const start = m[0].length - 1;
  return diag('managementCommand', start, Math.max(1, text.length - start));
}

/** Why `text` may not run as a read-only query; empty when it may. Parses `text` (no binding). */
export function readOnlyProblems(text: string): KqlDiagnostic[] {
  const command = commandAtStart(text);
  if (command) return [command];
  globals ??= globalsFor('db', {});
  return readOnlyProblemsIn(new Syn(parseOnly(text, globals).Syntax), text);
}

/** The same check over a tree already parsed from `text` (the engine's bound tree). */
export function readOnlyProblemsIn(root: Syn, text: string): KqlDiagnostic[] {
  const tokens = tokensOf(root, []);
  const problems: KqlDiagnostic[] = [];
  const first = tokens[0];
  // A management command: Kusto.Language parses a text as a CommandBlock exactly when its first
  // token is a dot (read-only-units.test.ts checks that), so the first token decides.
  if (first?.kind === 'DotToken') return [diag('managementCommand', first.start, Math.max(1, text.length - first.start))];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const word = t.text.toLowerCase();
    if (t.kind === 'DotToken' && prev && STATEMENT_START.has(prev.kind)) {
      problems.push(diag('managementCommand', t.start, Math.max(1, text.length - t.start)));
    } else if (OUTSIDE_FUNCTIONS.has(word) && next?.kind === 'OpenParenToken') {
      problems.push(diag('outsideData', t.start, t.length, `${word}()`));
    } else if (EXTERNAL_DATA.has(word)) {
      problems.push(diag('outsideData', t.start, t.length, word));
    } else if (t.kind === 'EvaluateKeyword') {
      const name = tokens.slice(i + 1).find((_u, j, rest) => rest[j + 1]?.kind === 'OpenParenToken');
      const plugin = name?.text.toLowerCase() ?? '';
      if (!LOCAL_PLUGINS.has(plugin)) problems.push(diag('plugin', name?.start ?? t.start, name?.length ?? t.length, plugin || 'evaluate'));
    } else if (t.kind === 'SetKeyword' && (!prev || prev.kind === 'SemicolonToken')) {
      problems.push(diag('setStatement', t.start, t.length));
    }
  });
  return problems;
}
