/** Arguments of `evaluate` plugins: a column of the input, or a constant of a given type. */
import type { Column, CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { compileExpr } from '../expr/expressions';

/** The input column an argument names, if it is a bare column name. */
export function inputColumn(a: Syn | undefined, rel: Relation): Column | undefined {
  return a?.kind === 'NameReference' ? rel.columns.find((c) => c.name === a.simpleName) : undefined;
}

/** The input column an argument names, or an EA104 refusal ("plugin(): a column name"). */
export function columnArg(a: Syn, rel: Relation, ctx: CompileContext, plugin: string): Column {
  return inputColumn(a, rel) ?? ctx.fail('unsupportedArgument', a, `${plugin}(): a column name`);
}

/** The SQL of an argument that reads no column and has one of `types` (the first one named in the refusal). */
export function constantArg(a: Syn, types: readonly string[], ctx: CompileContext, plugin: string): string {
  const e = compileExpr(a, { columns: [] }, ctx);
  return types.includes(e.type) ? e.sql : ctx.fail('unsupportedArgument', a, `${plugin}(): a ${types[0]} here`);
}
