/**
 * A read-only typed view over one bound Kusto.Language syntax node: its kind name, position,
 * named children, bound type and referenced symbol. The compiler reads the tree only through it.
 */
import { listItems, member, symbolKindName, syntaxKindName } from './bridge';
import type { RawElement, RawEnumerable, RawSymbol } from './bridge';
import { asKqlType } from './kql-types';
import type { KqlType } from './kql-types';

/** A column of a tabular result as the binder computed it. */
export interface BoundColumn {
  readonly name: string;
  readonly type: KqlType;
}

/** A scalar literal as a plain JS value: string, number, boolean, ISO datetime, timespan in µs. */
export type LiteralValue =
  | { readonly kind: 'string'; readonly value: string }
  /** `exact`: a long beyond ±2^53, which `value` (a double) cannot hold, as the literal wrote it. */
  | { readonly kind: 'long' | 'int' | 'real' | 'decimal'; readonly value: number; readonly exact?: bigint }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'datetime'; readonly value: string }
  | { readonly kind: 'timespan'; readonly micros: number; readonly finerThanMicros?: true }
  | { readonly kind: 'guid'; readonly value: string }
  | { readonly kind: 'dynamic'; readonly json: string }
  | { readonly kind: 'null'; readonly type: KqlType };

function isRawElement(value: unknown): value is RawElement {
  return typeof value === 'object' && value !== null && typeof (value as { Kind?: unknown }).Kind === 'number' && 'ChildCount' in value;
}

export class Syn {
  readonly kind: string;
  constructor(readonly raw: RawElement) {
    this.kind = syntaxKindName(raw.Kind);
  }

  get start(): number {
    return this.raw.TextStart;
  }
  get length(): number {
    return this.raw.Width;
  }
  get isToken(): boolean {
    return this.raw.IsToken;
  }
  /** Token text (tokens only). */
  get text(): string {
    return this.raw.Text ?? '';
  }
  /** Source text of the node without leading trivia. */
  get source(): string {
    return this.raw.ToString().trim();
  }

  /** The node this one is a child of (undefined at the root). */
  get parent(): Syn | undefined {
    const p = member(this.raw, 'Parent');
    return isRawElement(p) ? new Syn(p) : undefined;
  }

  /** Whether both views are of the same syntax node. */
  same(other: Syn | undefined): boolean {
    return other !== undefined && other.raw === this.raw;
  }

  /** A named child node, e.g. `get('Condition')`. */
  get(name: string): Syn | undefined {
    const value = member(this.raw, name);
    return isRawElement(value) ? new Syn(value) : undefined;
  }

  /** Text of a named token member, lower-cased keyword names stay as written. */
  token(name: string): string | undefined {
    return this.get(name)?.text;
  }

  children(): Syn[] {
    const out: Syn[] = [];
    for (let i = 0; i < this.raw.ChildCount; i++) {
      const child = this.raw.GetChild(i);
      if (child) out.push(new Syn(child));
    }
    return out;
  }

  /** Elements of a named `SyntaxList` member, separators dropped. */
  list(name: string): Syn[] {
    const list = this.get(name);
    return list ? list.elements() : [];
  }

  /** Elements of this list node, separators dropped. */
  elements(): Syn[] {
    return this.children()
      .map((c) => (c.kind === 'SeparatedElement' ? c.get('Element') : c))
      .filter((c): c is Syn => c !== undefined && !(c.isToken && c.kind === 'CommaToken'));
  }

  /** The bound result type of an expression. */
  get type(): KqlType {
    const t = member(this.raw, 'ResultType') as RawSymbol | null | undefined;
    return asKqlType(t?.Name ?? '');
  }

  /** Columns of a tabular expression's bound result. */
  columns(): BoundColumn[] {
    const t = member(this.raw, 'ResultType') as RawSymbol | null | undefined;
    return listItems<RawSymbol>(t?.Columns as RawEnumerable | undefined).map((c) => ({
      name: c.Name,
      type: asKqlType(c.Type?.Name ?? ''),
    }));
  }

  get isTabular(): boolean {
    const t = member(this.raw, 'ResultType') as RawSymbol | null | undefined;
    return t !== null && t !== undefined && symbolKindName(t.Kind) === 'Table';
  }

  /** The symbol a name reference or call binds to. */
  get symbol(): { readonly name: string; readonly kind: string } | undefined {
    const s = member(this.raw, 'ReferencedSymbol') as RawSymbol | null | undefined;
    return s ? { name: s.Name, kind: symbolKindName(s.Kind) } : undefined;
  }

  /** `SimpleName` of names, name references and declarations. */
  get simpleName(): string {
    const n = member(this.raw, 'SimpleName');
    return typeof n === 'string' ? n : '';
  }
}

export function asSyn(raw: RawElement): Syn {
  return new Syn(raw);
}
