import type { CompareOp, FilterNode, Literal, PropertyPath, StringFunction } from './filter-ast';
import { FilterSyntaxError, lex } from './filter-lexer';
import type { Token } from './filter-lexer';

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS: ReadonlySet<string> = new Set(['startswith', 'endswith', 'contains']);

/**
 * Parses `$filter` text into a `FilterNode`. Precedence: `or` < `and` < `not` < comparisons.
 * Throws `FilterSyntaxError` (with a position) on malformed input.
 */
export function parseFilter(text: string): FilterNode {
  const p = new Parser(lex(text));
  const node = p.expression();
  p.expectEnd();
  return node;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)] as Token;
  }
  private next(): Token {
    const t = this.peek();
    this.i++;
    return t;
  }
  private isWord(t: Token, word: string): boolean {
    return t.kind === 'ident' && t.text.toLowerCase() === word;
  }
  private isPunct(t: Token, text: string): boolean {
    return t.kind === 'punct' && t.text === text;
  }
  private expectPunct(text: string): void {
    const t = this.next();
    if (!this.isPunct(t, text)) throw new FilterSyntaxError(`expected '${text}' at position ${t.pos}`, t.pos);
  }
  expectEnd(): void {
    const t = this.peek();
    if (t.kind !== 'end') throw new FilterSyntaxError(`unexpected token at position ${t.pos}`, t.pos);
  }

  expression(): FilterNode {
    let left = this.conjunction();
    while (this.isWord(this.peek(), 'or')) {
      this.next();
      left = { kind: 'or', left, right: this.conjunction() };
    }
    return left;
  }

  private conjunction(): FilterNode {
    let left = this.unary();
    while (this.isWord(this.peek(), 'and')) {
      this.next();
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord(this.peek(), 'not')) {
      this.next();
      return { kind: 'not', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): FilterNode {
    const t = this.peek();
    if (this.isPunct(t, '(')) {
      this.next();
      const inner = this.expression();
      this.expectPunct(')');
      return inner;
    }
    if (t.kind === 'ident' && FUNCTIONS.has(t.text.toLowerCase()) && this.isPunct(this.peek(1), '(')) {
      this.next();
      this.next();
      const property = this.path();
      this.expectPunct(',');
      const value = this.literal();
      this.expectPunct(')');
      return { kind: 'function', name: t.text.toLowerCase() as StringFunction, property, value };
    }
    if (t.kind !== 'ident') throw new FilterSyntaxError(`expected a property at position ${t.pos}`, t.pos);
    const property = this.path();
    const q = this.peek();
    if ((this.isWord(q, 'any') || this.isWord(q, 'all')) && q.kind === 'ident') {
      this.next();
      this.expectPunct('(');
      const v = this.next();
      if (v.kind !== 'ident') throw new FilterSyntaxError(`expected a lambda variable at position ${v.pos}`, v.pos);
      this.expectPunct(':');
      const body = this.expression();
      this.expectPunct(')');
      return { kind: 'lambda', quantifier: q.text.toLowerCase() as 'any' | 'all', collection: property, variable: v.text, body };
    }
    if (this.isWord(q, 'in')) {
      this.next();
      this.expectPunct('(');
      const values: Literal[] = [this.literal()];
      while (this.isPunct(this.peek(), ',')) {
        this.next();
        values.push(this.literal());
      }
      this.expectPunct(')');
      return { kind: 'in', property, values };
    }
    if (q.kind === 'ident' && COMPARE_OPS.has(q.text.toLowerCase())) {
      this.next();
      return { kind: 'compare', op: q.text.toLowerCase() as CompareOp, property, value: this.literal() };
    }
    throw new FilterSyntaxError(`expected an operator at position ${q.pos}`, q.pos);
  }

  /** `a/b/c`, stopping before a trailing `/any(` or `/all(`. */
  private path(): PropertyPath {
    const first = this.next();
    if (first.kind !== 'ident') throw new FilterSyntaxError(`expected a property at position ${first.pos}`, first.pos);
    const segments = [first.text];
    while (this.isPunct(this.peek(), '/')) {
      const seg = this.peek(1);
      if (seg.kind !== 'ident') throw new FilterSyntaxError(`expected a property at position ${seg.pos}`, seg.pos);
      this.next();
      if ((this.isWord(seg, 'any') || this.isWord(seg, 'all')) && this.isPunct(this.peek(1), '(')) break;
      this.next();
      segments.push(seg.text);
    }
    return { segments };
  }

  private literal(): Literal {
    const t = this.next();
    switch (t.kind) {
      case 'string':
        return { kind: 'string', value: t.value };
      case 'number':
        return { kind: 'number', value: t.value };
      case 'guid':
        return { kind: 'guid', value: t.value };
      case 'dateTime': {
        const ms = Date.parse(t.text);
        if (Number.isNaN(ms)) throw new FilterSyntaxError(`invalid date-time '${t.text}'`, t.pos);
        return { kind: 'dateTime', text: t.text, ms };
      }
      case 'ident': {
        const w = t.text.toLowerCase();
        if (w === 'true' || w === 'false') return { kind: 'boolean', value: w === 'true' };
        if (w === 'null') return { kind: 'null' };
        break;
      }
      case 'punct':
      case 'end':
        break;
    }
    throw new FilterSyntaxError(`expected a literal at position ${t.pos}`, t.pos);
  }
}
