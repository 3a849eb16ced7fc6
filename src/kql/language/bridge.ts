/**
 * The one typed doorway to Kusto.Language (`@kusto/language-service-next`), Microsoft's KQL
 * parser and binder compiled from C# to JavaScript with Bridge.NET. Loading it creates the
 * untyped globals `Bridge`, `System` and `Kusto`; everything else in `src/kql` sees only the
 * small typed surface below.
 */
import { createRequire } from 'node:module';

/** A .NET `IEnumerable` as Bridge.NET exposes it. */
export interface RawEnumerable {
  readonly __enumerable?: never;
}
interface RawEnumerator {
  moveNext(): boolean;
  readonly Current: unknown;
}

/** A Kusto.Language symbol (table, column, function, type...). */
export interface RawSymbol {
  readonly Name: string;
  readonly Kind: number;
  readonly Columns?: RawEnumerable;
  readonly Type?: RawSymbol;
}

/** A node or token of Kusto.Language's syntax tree. Named members are read with `member()`. */
export interface RawElement {
  readonly Kind: number;
  readonly ChildCount: number;
  readonly TextStart: number;
  readonly Width: number;
  readonly IsToken: boolean;
  readonly Text?: string;
  GetChild(index: number): RawElement | null;
  ToString(): string;
}

export interface RawDiagnostic {
  readonly Code: string;
  readonly Message: string;
  readonly Start: number;
  readonly Length: number;
  readonly Severity: string;
}

export interface RawCode {
  readonly Syntax: RawElement;
  GetDiagnostics(): RawEnumerable;
}

interface RawGlobalState {
  WithDatabase(db: unknown): RawGlobalState;
}

interface KustoGlobals {
  readonly Kusto: {
    readonly Language: {
      readonly KustoCode: {
        ParseAndAnalyze(text: string, globals: RawGlobalState): RawCode;
        Parse(text: string, globals: RawGlobalState): RawCode;
      };
      readonly GlobalState: { readonly Default: RawGlobalState };
      readonly Symbols: {
        readonly TableSymbol: { readonly $ctor7: new (name: string, schema: string, description: string | null) => RawSymbol };
        readonly DatabaseSymbol: { readonly ctor: new (name: string, members: RawSymbol[]) => RawSymbol };
        readonly SymbolKind: object;
      };
      readonly Syntax: { readonly SyntaxKind: object };
    };
  };
  readonly Bridge: { getEnumerator(list: RawEnumerable): RawEnumerator };
  readonly System: { readonly Enum: { toString(enumType: object, value: number): string } };
}

let loaded: KustoGlobals | undefined;

/** Loads Kusto.Language once (≈0.4 s) and returns its globals. */
function kusto(): KustoGlobals {
  if (loaded) return loaded;
  const load = createRequire(__filename);
  load('@kusto/language-service-next/bridge.min.js');
  load('@kusto/language-service-next/Kusto.Language.Bridge.min.js');
  loaded = globalThis as unknown as KustoGlobals;
  return loaded;
}

/** Items of a .NET list. */
export function listItems<T>(list: RawEnumerable | null | undefined): T[] {
  if (!list) return [];
  const items: T[] = [];
  const e = kusto().Bridge.getEnumerator(list);
  while (e.moveNext()) items.push(e.Current as T);
  return items;
}

const kindNames = new Map<number, string>();
/** The `SyntaxKind` enum name of a node, e.g. `FilterOperator`. */
export function syntaxKindName(kind: number): string {
  let name = kindNames.get(kind);
  if (name === undefined) {
    const k = kusto();
    name = k.System.Enum.toString(k.Kusto.Language.Syntax.SyntaxKind, kind);
    kindNames.set(kind, name);
  }
  return name;
}

const symbolKindNames = new Map<number, string>();
export function symbolKindName(kind: number): string {
  let name = symbolKindNames.get(kind);
  if (name === undefined) {
    const k = kusto();
    name = k.System.Enum.toString(k.Kusto.Language.Symbols.SymbolKind, kind);
    symbolKindNames.set(kind, name);
  }
  return name;
}

/** Reads a named member (a .NET property) of a syntax node. */
export function member(node: RawElement, name: string): unknown {
  return (node as unknown as Record<string, unknown>)[name];
}

/** Global state with one database holding the given tables (name → schema text). */
export function globalsFor(database: string, tables: Readonly<Record<string, string>>): RawGlobalState {
  const L = kusto().Kusto.Language;
  const symbols = Object.entries(tables).map(([name, schema]) => new L.Symbols.TableSymbol.$ctor7(name, schema, null));
  const db = new L.Symbols.DatabaseSymbol.ctor(database, symbols);
  return L.GlobalState.Default.WithDatabase(db);
}

export type GlobalState = RawGlobalState;

/** Parses and binds a query. */
export function parseAndAnalyze(text: string, globals: RawGlobalState): RawCode {
  return kusto().Kusto.Language.KustoCode.ParseAndAnalyze(text, globals);
}

/** Parses without binding. */
export function parseOnly(text: string, globals: RawGlobalState): RawCode {
  return kusto().Kusto.Language.KustoCode.Parse(text, globals);
}

/** Error diagnostics of a parsed query. */
export function errorDiagnostics(code: RawCode): RawDiagnostic[] {
  return listItems<RawDiagnostic>(code.GetDiagnostics()).filter((d) => String(d.Severity) === 'Error');
}
