/**
 * Binding the query again with a schema written into its text. Two uses:
 *
 * A function's tabular parameter declares a schema (`Source:(Name:string)`), and `invoke` hands it
 * a wider table: in Kusto the body then sees every column of the actual table
 * (project-by-names-operator.md: `column_names_of(Source)` inside such a function gives Name and
 * Data for a table of both). Kusto.Language typed the body with the declared columns only, so the
 * query is bound again with the parameter's schema written as the actual table's columns; if
 * that query does not bind (the function is also called with another table), the invoke is
 * refused as before.
 *
 * `evaluate bag_unpack(d)` without an output schema and followed by more operators: once the data
 * gave its slots (a discovery query), the query is bound again with the output schema those slots
 * make (`: (input columns…, slots…)`), so the later operators see the real columns (Kusto.Language
 * knows none of them otherwise).
 */
import type { KqlType } from '../language/kql-types';

export class RebindNeeded extends Error {
  constructor(
    /** Offsets of the schema text to replace, in the query text. */
    readonly start: number,
    readonly end: number,
    /** The actual table's columns. */
    readonly columns: readonly { readonly name: string; readonly type: KqlType }[],
    /** The refusal to report when binding again fails. */
    readonly refusal: { readonly at: number; readonly length: number; readonly detail: string },
    /** Text written before the parenthesized columns (` : ` for a plugin's output schema). */
    readonly lead = '',
  ) {
    super(refusal.detail);
  }

  /** The query text with the parameter's schema replaced (or the plugin's schema inserted). */
  rewrite(text: string): string {
    const cols = this.columns.map((c) => `['${c.name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']:${c.type}`).join(', ');
    return `${text.slice(0, this.start)}${this.lead}(${cols})${text.slice(this.end)}`;
  }
}
