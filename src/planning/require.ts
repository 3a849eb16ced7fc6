import type { DirectoryRef, EntityKind, PlanContext } from './entities';

/**
 * The resolved object a planner needs. The pipeline resolves every slot an intent needs before
 * planning, so a missing one here is a bug, not a user mistake.
 */
export function requireRef(ctx: PlanContext, kind: EntityKind): DirectoryRef {
  const ref = ctx.resolved[kind];
  if (!ref) throw new Error(`bug: ${ctx.intent.name} planned without a resolved ${kind}`);
  return ref;
}
