/**
 * Entry point of the compiler: KQL text → bound tree (Kusto.Language) → one DuckDB SELECT with
 * parameters. Pure: no I/O. Never throws for a bad query; problems come back as diagnostics.
 */
import type { Syn } from '../language/syntax';
import { analyzeKql, DEFAULT_SCHEMA } from '../language/analyze';
import type { KqlSchema } from '../language/analyze';
import type { KqlDiagnostic } from '../diagnostics';
import { diag } from '../diagnostics';
import type { KqlColumn } from '../columns';
import { CompileContext, CompileError } from './context';
import { compileLet, compileTabularExpr } from './tabular-ref';
import { DiscoveryNeeded } from './operators/bag-unpack';
import type { BagSlot } from './operators/bag-unpack';
import { RebindNeeded } from './rebind';

/** Rounds of binding again for `invoke` with a wider table (compile/rebind.ts). */
const MAX_REBINDS = 3;

/** A query ready for DuckDB. */
export interface CompiledKql {
  readonly sql: string;
  /** Values for `$1`, `$2`, … in `sql`. */
  readonly parameters: readonly unknown[];
  /** Output columns with their KQL names and types, in order. */
  readonly columns: readonly KqlColumn[];
  /** The `render` operator's chart kind, if any. */
  readonly render?: string;
  /**
   * `assert(condition, message)` conditions: each `sql` is a one-value SELECT the caller runs
   * before `sql`; the query fails with `message` unless it returns true (Kusto checks them when
   * it analyses the query, so they fail a query over no rows too).
   */
  readonly checks?: readonly { readonly sql: string; readonly parameters: readonly unknown[]; readonly message: string }[];
}

/**
 * A query whose output columns depend on its data (`evaluate bag_unpack` without a schema): run
 * `discovery.sql`, then compile again with its rows as `bagSlots[discovery.at]`
 * (`slotsFromRows`). Callers that cannot run it treat it as the diagnostic it also carries.
 */
export interface DiscoveryRequest {
  readonly at: number;
  readonly sql: string;
  readonly parameters: readonly unknown[];
  /** Keep the rows' order (pivot's columns), instead of sorting the slots by name. */
  readonly ordered?: boolean;
}

export type CompileResult = CompiledKql | { readonly diagnostics: readonly KqlDiagnostic[]; readonly discovery?: DiscoveryRequest };

export interface CompileOptions {
  readonly schema?: KqlSchema;
  /** What `now()` and `ago()` count from (ISO-8601). Default: the current time. */
  readonly anchorTime?: string;
  /** Slots found by earlier discovery queries, by operator offset (see {@link DiscoveryRequest}). */
  readonly bagSlots?: ReadonlyMap<number, readonly BagSlot[]>;
}

export function isCompiled(r: CompileResult): r is CompiledKql {
  return 'sql' in r;
}

/**
 * Compiles KQL text to DuckDB SQL with parameters, or returns coded diagnostics.
 * The second argument is either options or just the schema.
 */
export function compileKql(text: string, optionsOrSchema: CompileOptions | KqlSchema = {}, rebinds = 0): CompileResult {
  const options: CompileOptions = 'tables' in optionsOrSchema ? { schema: optionsOrSchema } : optionsOrSchema;
  const analyzed = analyzeKql(text, options.schema ?? DEFAULT_SCHEMA);
  if (!analyzed.ok) return { diagnostics: analyzed.diagnostics };
  const anchor = (options.anchorTime ?? new Date().toISOString()).replace('T', ' ').replace('Z', '');
  const ctx = new CompileContext(anchor);
  if (options.bagSlots) ctx.bagSlots = options.bagSlots;
  try {
    let result: ReturnType<typeof compileTabularExpr> | undefined;
    for (const st of analyzed.root.list('Statements')) {
      if (st.kind === 'LetStatement') compileLet(st, ctx);
      else if (st.kind === 'ExpressionStatement') {
        const expr = st.get('Expression')!;
        if (!expr.isTabular) return { diagnostics: [diag('unsupportedExpression', expr.start, expr.length, 'a query must return a table')] };
        // The last operator: of a pipe, or the statement itself (a bare `union …`).
        ctx.finalOperator = expr.kind === 'PipeExpression' ? expr.get('Operator')?.start : expr.start;
        ctx.operatorsAfter = operatorsAfter(expr);
        result = compileTabularExpr(expr, ctx);
      } else if (st.kind === 'SetOptionStatement' || st.kind === 'QueryParametersStatement') continue;
      else return { diagnostics: [diag('unsupportedOperator', st.start, st.length, st.kind)] };
    }
    if (!result) return { diagnostics: [diag('emptyQuery', 0, text.length)] };
    const select = result.columns.map((c) => c.ref).join(', ');
    const ctes = [...ctx.ctes.values()].map((c) => `${c.name} AS MATERIALIZED (${c.sql})`);
    const withClause = ctes.length > 0 ? `WITH ${ctes.join(', ')} ` : '';
    const { sql, parameters } = compactParameters(`${withClause}SELECT ${select || '*'} FROM (${result.sql}) AS q`, ctx.parameters);
    const compiled: CompiledKql = {
      sql,
      parameters,
      columns: result.columns.map((c) => ({ name: c.name, type: c.type })),
      ...(ctx.render ? { render: ctx.render } : {}),
      ...(ctx.checks.length > 0 ? { checks: ctx.checks.map((c) => ({ ...compactParameters(`SELECT ${c.sql}`, ctx.parameters), message: c.message })) } : {}),
    };
    return compiled;
  } catch (e) {
    if (e instanceof CompileError) return { diagnostics: [e.diagnostic] };
    if (e instanceof RebindNeeded) {
      const refused = { diagnostics: [diag('unsupportedOperator', e.refusal.at, e.refusal.length, e.refusal.detail)] };
      if (rebinds >= MAX_REBINDS) return refused;
      const again = compileKql(e.rewrite(text), options, rebinds + 1);
      // A discovery asked for by the text bound again (a pivot after a bag_unpack): the engine runs
      // it and compiles the original text again, which makes the same rewrite, so offsets agree.
      return isCompiled(again) || again.discovery ? again : refused;
    }
    if (e instanceof DiscoveryNeeded) {
      const { sql, parameters } = compactParameters(e.sql, e.parameters);
      return {
        diagnostics: [diag('unsupportedOperator', e.at, 0, `evaluate ${e.plugin}() without an output schema needs the data (run it through the engine)`)],
        discovery: { at: e.at, sql, parameters, ...(e.ordered ? { ordered: true } : {}) },
      };
    }
    throw e;
  }
}

/** For each operator of the query's pipe chain (by offset), the kinds of the operators after it. */
function operatorsAfter(expr: Syn): Map<number, string[]> {
  const chain: Syn[] = [];
  for (let e: Syn | undefined = expr; e?.kind === 'PipeExpression'; e = e.get('Expression')) {
    const op = e.get('Operator');
    if (op) chain.unshift(op);
  }
  return new Map(chain.map((op, i) => [op.start, chain.slice(i + 1).map((o) => o.kind)]));
}

/** Renumbers `$n` placeholders to the ones the SQL really uses, in order (DuckDB wants 1..n). */
function compactParameters(sql: string, values: readonly unknown[]): { sql: string; parameters: unknown[] } {
  const map = new Map<number, number>();
  const parameters: unknown[] = [];
  const out = sql.replace(/\$(\d+)/g, (_m, d: string) => {
    const old = Number(d);
    let n = map.get(old);
    if (n === undefined) {
      parameters.push(values[old - 1]);
      n = parameters.length;
      map.set(old, n);
    }
    return `$${n}`;
  });
  return { sql: out, parameters };
}
