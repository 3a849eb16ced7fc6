/** The view a scalar-function handler gets of one call: arguments compiled on demand. */
import type { CompileContext, RowScope, SqlExpr } from '../context';
import type { Syn } from '../../language/syntax';
import type { KqlType } from '../../language/kql-types';
import { literalOf } from '../../language/literals';
import { asString } from './coerce';
import { compileExpr } from './expressions';

export class Call {
  readonly args: readonly Syn[];
  private readonly compiled = new Map<number, SqlExpr>();
  constructor(
    readonly node: Syn,
    readonly name: string,
    readonly scope: RowScope,
    readonly ctx: CompileContext,
  ) {
    this.args = node.get('ArgumentList')?.list('Expressions') ?? [];
  }

  /** Bound result type of the call. */
  get type(): KqlType {
    return this.node.type;
  }

  /** Argument `i`, compiled. */
  arg(i: number): SqlExpr {
    let e = this.compiled.get(i);
    if (!e) {
      const node = this.args[i];
      if (!node) return this.ctx.fail('unsupportedArgument', this.node, `${this.name}() needs argument ${i + 1}`);
      e = compileExpr(node, this.scope, this.ctx);
      this.compiled.set(i, e);
    }
    return e;
  }

  /** Argument `i` as a string (tostring semantics). */
  str(i: number): string {
    return asString(this.arg(i));
  }

  /** The literal string value of argument `i`, if it is one. */
  literalString(i: number): string | undefined {
    const node = this.args[i];
    if (!node) return undefined;
    if (node.kind === 'StringLiteralExpression' || node.kind === 'CompoundStringLiteralExpression') {
      const v = literalOf(node);
      return v.kind === 'string' ? v.value : undefined;
    }
    return undefined;
  }

  /** The literal number value of argument `i`, if it is one. */
  literalNumber(i: number): number | undefined {
    const node = this.args[i];
    if (!node) return undefined;
    const v = literalOf(node);
    return 'value' in v && typeof v.value === 'number' ? v.value : undefined;
  }

  get count(): number {
    return this.args.length;
  }

  fail(detail: string): never {
    return this.ctx.fail('unsupportedArgument', this.node, `${this.name}(): ${detail}`);
  }
}

export type FunctionHandler = (call: Call) => SqlExpr;
