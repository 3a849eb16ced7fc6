/**
 * Parse and bind a query against a schema written as text, returning the bound tree or coded
 * diagnostics. Anything but a read-only query of this database is refused before binding
 * (`readOnlyProblems`).
 */
import { errorDiagnostics, globalsFor, parseAndAnalyze } from './bridge';
import type { GlobalState } from './bridge';
import { Syn } from './syntax';
import { literalOf } from './literals';
import { LOG_TABLE_SCHEMAS, SNAPSHOT_TABLE_SCHEMAS } from './table-schemas';
import { diag } from '../diagnostics';
import { commandAtStart, readOnlyProblemsIn } from './read-only';
import { documentationAllows } from './documented-overloads';
import type { KqlDiagnostic } from '../diagnostics';

/** Tables a query may read: name → KQL schema text such as `'(TimeGenerated:datetime, Name:string)'`. */
export interface KqlSchema {
  readonly database: string;
  readonly tables: Readonly<Record<string, string>>;
}

/** The product's default schema: Entra log tables plus snapshot tables. */
export const DEFAULT_SCHEMA: KqlSchema = {
  database: 'EntraAsk',
  tables: { ...LOG_TABLE_SCHEMAS, ...SNAPSHOT_TABLE_SCHEMAS },
};

export type AnalyzeResult = { readonly ok: true; readonly root: Syn } | { readonly ok: false; readonly diagnostics: readonly KqlDiagnostic[] };

const globalsCache = new WeakMap<KqlSchema, GlobalState>();

function globals(schema: KqlSchema): GlobalState {
  let g = globalsCache.get(schema);
  if (!g) {
    g = globalsFor(schema.database, schema.tables);
    globalsCache.set(schema, g);
  }
  return g;
}

/** Parses and binds `text`. Returns the bound `QueryBlock`, or every error found. */
export function analyzeKql(text: string, schema: KqlSchema = DEFAULT_SCHEMA): AnalyzeResult {
  if (text.trim() === '') return { ok: false, diagnostics: [diag('emptyQuery', 0, 0)] };
  const command = commandAtStart(text);
  if (command) return { ok: false, diagnostics: [command] };
  const code = parseAndAnalyze(text, globals(schema));
  const root = new Syn(code.Syntax);
  const refused = readOnlyProblemsIn(root, text);
  if (refused.length > 0) return { ok: false, diagnostics: refused };
  if (root.kind !== 'QueryBlock') {
    return { ok: false, diagnostics: [diag('managementCommand', 0, text.length)] };
  }
  const errors = errorDiagnostics(code).filter((d) => !documentationAllows(root, { code: d.Code, start: d.Start, length: d.Length }));
  if (errors.length > 0) {
    return {
      ok: false,
      diagnostics: errors.map((d) => ({ code: d.Code, message: d.Message, start: d.Start, length: d.Length })),
    };
  }
  const empty = emptyNames(root);
  if (empty.length > 0) return { ok: false, diagnostics: empty };
  return { ok: true, root };
}

/**
 * `['']`: entity-names.md, "Identifiers must be between 1 and 1024 characters long". Kusto.Language binds such a name
 * (`print [''] = 1`), which then named no column the engine could make (an internal error).
 */
function emptyNames(node: Syn, out: KqlDiagnostic[] = []): KqlDiagnostic[] {
  if (node.kind === 'BracketedName') {
    const literal = node.children().find((c) => c.kind === 'StringLiteralExpression');
    const name = literal === undefined ? undefined : literalOf(literal);
    if (name !== undefined && 'value' in name && name.value === '') out.push(diag('emptyName', node.start, node.length));
    return out;
  }
  for (const c of node.children()) if (!c.isToken) emptyNames(c, out);
  return out;
}

/** Runs one parse so the first real query does not pay Kusto.Language's start-up (~1–2 s). */
export function warmKqlParser(schema: KqlSchema = DEFAULT_SCHEMA): void {
  analyzeKql('SigninLogs | where TimeGenerated > ago(1d) | summarize count() by bin(TimeGenerated, 1h)', schema);
}
