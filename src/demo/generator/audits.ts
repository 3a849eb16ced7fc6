import type { GraphObject } from '../model';
import type { Apps } from './apps';
import { auditObject } from './audit-object';
import type { AuditSpec } from './audit-object';
import { crowdAudits } from './audits-crowd';
import { storyAudits } from './audits-story';
import type { GenContext } from './context';
import type { Groups } from './groups';
import type { Roles } from './roles';
import type { People } from './users';

/** Everything the audit log builders need. */
export interface AuditInputs {
  readonly ctx: GenContext;
  readonly people: People;
  readonly groups: Groups;
  readonly roles: Roles;
  readonly apps: Apps;
}

/** The directory audit log: story events and crowd noise inside the window, oldest first. */
export function buildAudits(inputs: AuditInputs, more: readonly AuditSpec[] = []): GraphObject[] {
  const { ctx } = inputs;
  // `more` (e.g. user deletions) last, so that the events before keep their seeded ids.
  const specs: AuditSpec[] = [...storyAudits(inputs), ...crowdAudits(inputs), ...more]
    .filter((s) => s.atMs >= ctx.windowStartMs && s.atMs < ctx.anchorMs);
  const indexed = specs.map((spec, i) => ({ spec, i }));
  indexed.sort((a, b) => a.spec.atMs - b.spec.atMs || a.i - b.i);
  return indexed.map(({ spec, i }) => auditObject(spec, ctx.rng('audit', i, spec.atMs / 1000)));
}
