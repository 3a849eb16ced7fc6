/**
 * State shared by one compilation: the SQL parameters collected so far, fresh column names,
 * `let` bindings, diagnostics and the render hint. Values enter SQL only through `param()`.
 */
import type { KqlDiagnostic, EaName } from '../diagnostics';
import { diag } from '../diagnostics';
import type { KqlType } from '../language/kql-types';
import type { Syn } from '../language/syntax';

/** A column of a compiled relation: its KQL name and type, and the SQL identifier holding it. */
export interface Column {
  readonly name: string;
  readonly type: KqlType;
  /** Quoted SQL identifier in the relation, e.g. `"TimeGenerated"` or `"#12"`. */
  readonly ref: string;
  /**
   * Set on a dynamic column mv-expand holds as a STRUCT of these keys (each a JSON value) instead
   * of JSON text, because the rest of the chain reads it only as `col.key` (expand.ts). Member
   * access reads the field; a pure pass-through of the column keeps it.
   */
  readonly structKeys?: readonly string[];
}

/** A compiled tabular expression: one SQL SELECT and its columns in KQL order. */
export interface Relation {
  readonly sql: string;
  readonly columns: readonly Column[];
  /**
   * Set on an innerunique join's output: Kusto pushes a later filter on left columns into the
   * left side, before one row per key is kept (join-innerunique.md), so `where` rebuilds the join.
   */
  readonly innerUnique?: { readonly left: Relation; readonly rejoin: (left: Relation) => Relation };
  /**
   * Set by `as Name` on its output: union's `withsource=` column names the leg by it
   * (as-operator.md), like a table name.
   */
  readonly sourceName?: string;
}

/** A compiled scalar expression. */
export interface SqlExpr {
  readonly sql: string;
  readonly type: KqlType;
  /**
   * A dynamic member access `base.a.b` / `base['a'][0]`: its JSON and path, so reading it as
   * text takes one `json_extract_string(base, path)` instead of extracting twice.
   */
  readonly json?: { readonly base: string; readonly path: string };
  /** A column held as a STRUCT of these keys (Column.structKeys): only `.key` reads it. */
  readonly structKeys?: readonly string[];
}

/** What a name bound by `let` stands for. */
export type Binding =
  | { readonly kind: 'table'; readonly relation: Relation }
  | { readonly kind: 'scalar'; readonly expr: SqlExpr; /** The expression it was bound to, for compile-time values. */ readonly source?: Syn }
  | {
      readonly kind: 'function';
      readonly params: readonly string[];
      readonly body: Syn;
      readonly tabularParams: readonly boolean[];
      /** Default value of each parameter (`b:string = "x"`), if it has one. */
      readonly defaults?: readonly (Syn | undefined)[];
      /** Column names each tabular parameter declares (`T:(x:long)`), as the binder typed the body with. */
      readonly declaredColumns?: readonly (readonly string[] | undefined)[];
      /** Where each tabular parameter's schema `(x:long, …)` is in the query text (see rebind.ts). */
      readonly schemaSpans?: readonly ({ readonly start: number; readonly end: number } | undefined)[];
    };

/** Columns visible to an expression: the input row, and for joins the two sides. */
export interface RowScope {
  readonly columns: readonly Column[];
  /** Table alias to qualify references with (`l`, `r`), if any. */
  readonly qualifier?: string;
  /**
   * The operator's input columns, when `columns` also holds columns an earlier expression of the
   * same extend/project defined: pack_all() packs the input row only (pack-all-function.md).
   */
  readonly input?: readonly Column[];
}

export class CompileError extends Error {
  constructor(readonly diagnostic: KqlDiagnostic) {
    super(diagnostic.message);
  }
}

export class CompileContext {
  readonly parameters: unknown[] = [];
  private nextName = 0;
  private readonly scopes: Map<string, Binding>[] = [new Map()];
  render: string | undefined;
  /** Input of operators with no pipe input inside an `mv-apply` subquery. */
  implicitInput: Relation | undefined;
  /** Aggregates already computed (scalar-over-aggregate in summarize): node offset → ref. */
  readonly aggregateRefs = new Map<number, SqlExpr>();

  /** Slots of each schema-less `bag_unpack`, by operator offset, once the engine has read them. */
  bagSlots: ReadonlyMap<number, readonly { readonly name: string; readonly type: KqlType }[]> = new Map();
  /** Inside a `scan` step: `step.variable` → the step's state (see operators/scan.ts). */
  scanStates: ReadonlyMap<string, ReadonlyMap<string, SqlExpr>> = new Map();
  /** `assert()` conditions (constant SQL) the engine checks before the query runs (assert-function.md). */
  readonly checks: { readonly sql: string; readonly message: string }[] = [];
  /** Offset of the query's last operator (a plugin whose columns depend on the data must be it). */
  finalOperator: number | undefined;
  /** For each operator of the query's pipe chain (by offset), the kinds of the operators after it. */
  operatorsAfter: ReadonlyMap<number, readonly string[]> = new Map();

  constructor(readonly anchorTime: string) {}

  /** Adds a value as a parameter and returns its placeholder, cast to the DuckDB type given. */
  param(value: unknown, cast?: string): string {
    this.parameters.push(value);
    const p = `$${this.parameters.length}`;
    return cast ? `CAST(${p} AS ${cast})` : p;
  }

  /** Query-level materialized CTEs (name → SELECT), each computed once per query. */
  readonly ctes = new Map<string, { readonly name: string; readonly sql: string }>();

  /**
   * The name of a CTE computing `sql` once for the query, shared by every use with the same `key`
   * and the same parameter values (`$n` in the key are replaced by their values).
   */
  onceValue(key: string, sql: string): string {
    const k = key.replace(/\$(\d+)/g, (_m, d: string) => JSON.stringify(this.parameters[Number(d) - 1], (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));
    let cte = this.ctes.get(k);
    if (!cte) this.ctes.set(k, (cte = { name: this.fresh(), sql }));
    return cte.name;
  }

  /** A new unique SQL column identifier. */
  fresh(): string {
    this.nextName += 1;
    return `"#${this.nextName}"`;
  }

  /** A new unique table alias. */
  alias(): string {
    this.nextName += 1;
    return `t${this.nextName}`;
  }

  /** SQL for `now()`: the anchor time. */
  now(): string {
    return this.param(this.anchorTime, 'TIMESTAMP');
  }

  bind(name: string, binding: Binding): void {
    this.scopes[this.scopes.length - 1]!.set(name, binding);
  }

  lookup(name: string): Binding | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const b = this.scopes[i]!.get(name);
      if (b) return b;
    }
    return undefined;
  }

  withScope<T>(fn: () => T): T {
    this.scopes.push(new Map());
    try {
      return fn();
    } finally {
      this.scopes.pop();
    }
  }

  /** Stops compiling with a coded diagnostic located at `node`. */
  fail(name: EaName, node: Syn, detail?: string): never {
    throw new CompileError(diag(name, node.start, node.length, detail));
  }
}

/** Double-quotes a SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `SELECT <items> FROM (<input>) AS t` with explicit, freshly named columns. */
export function selectColumns(
  input: Relation,
  items: readonly { readonly sql: string; readonly name: string; readonly type: KqlType; readonly ref?: string }[],
  ctx: CompileContext,
  tail = '',
): Relation {
  const columns: Column[] = [];
  const parts: string[] = [];
  for (const item of items) {
    const ref = item.ref && item.sql === item.ref ? item.ref : ctx.fresh();
    parts.push(item.sql === ref ? ref : `${item.sql} AS ${ref}`);
    // The same SQL column passed through keeps its SQL type, so a STRUCT column stays one.
    const structKeys = item.sql === ref ? input.columns.find((c) => c.ref === ref)?.structKeys : undefined;
    columns.push(structKeys ? { name: item.name, type: item.type, ref, structKeys } : { name: item.name, type: item.type, ref });
  }
  const list = parts.length > 0 ? parts.join(', ') : '1 AS "#empty"';
  return { sql: `SELECT ${list} FROM (${input.sql}) AS t${tail}`, columns };
}

/** Passes every column of `input` through unchanged, as select items. */
export function passThrough(input: Relation): { sql: string; name: string; type: KqlType; ref: string }[] {
  return input.columns.map((c) => ({ sql: c.ref, name: c.name, type: c.type, ref: c.ref }));
}

/**
 * `name`, or the first of name1, name2, … not in `used`, added to `used`: how Kusto numbers a
 * column name an operator would repeat (parse into an existing column, union's renamed columns).
 */
export function takeUniqueName(name: string, used: Set<string>): string {
  let n = name;
  for (let i = 1; used.has(n); i++) n = `${name}${i}`;
  used.add(n);
  return n;
}
