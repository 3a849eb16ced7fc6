import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';

/** Compiles one query operator over its input relation (undefined when it starts the query). */
export type OperatorHandler = (op: Syn, input: Relation | undefined, ctx: CompileContext) => Relation;
