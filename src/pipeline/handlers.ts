import type { Answer } from '../answers/answer';
import type { AnswerInput } from '../answers/answer-input';
import { answerGroupMembers, answerGroupOwners } from '../answers/intents/groups';
import { answerRawGraph, answerRawGraphRefused } from '../answers/intents/raw-graph';
import { answerSignIns } from '../answers/intents/sign-ins';
import { answerTroubleshoot } from '../answers/intents/troubleshoot';
import { answerUserDetails, answerUserGroups } from '../answers/intents/users';
import type { EntityKind, PlanContext } from '../planning/entities';
import { planGroupMembers, planGroupOwners } from '../planning/intents/groups';
import { normaliseRawPath, planRawGraph } from '../planning/intents/raw-graph';
import { planSignIns } from '../planning/intents/sign-ins';
import { planTroubleshoot } from '../planning/intents/troubleshoot';
import { planUserDetails, planUserGroups } from '../planning/intents/users';
import type { QueryPlan } from '../planning/query-plan';
import type { IntentName } from '../understanding/intent';

/** How one intent is answered: what it must resolve, what it asks, how it reads the results. */
export interface IntentHandler {
  readonly kind: 'handler';
  /** Entity slots that must be present and resolved before planning. */
  readonly needs: readonly EntityKind[];
  /** Entity slots resolved when present. */
  readonly optional?: readonly EntityKind[];
  plan(ctx: PlanContext): QueryPlan;
  /** Refuses the question before anything runs (e.g. a raw query that is not read-only). */
  refuse?(ctx: PlanContext): Answer | undefined;
  /** A second round of queries that depends on the first round's results (e.g. group expansion). */
  next?(input: AnswerInput): QueryPlan | undefined;
  answer(input: AnswerInput): Answer;
}

/** Answered by the pipeline itself (help, unknown, raw queries) or not answerable yet. */
type Special = { readonly kind: 'meta' } | { readonly kind: 'notYet' };

const META: Special = { kind: 'meta' };
const NOT_YET: Special = { kind: 'notYet' };

const handler = (h: Omit<IntentHandler, 'kind'>): IntentHandler => ({ kind: 'handler', ...h });

/** Every intent of questions.md; a new intent does not compile until it is listed here. */
export const HANDLERS: Readonly<Record<IntentName, IntentHandler | Special>> = {
  'user.details': handler({ needs: ['user'], plan: planUserDetails, answer: answerUserDetails }),
  'user.passwordChange': NOT_YET,
  'user.devices': NOT_YET,
  'user.authMethods': NOT_YET,
  'user.groups': handler({ needs: ['user'], plan: planUserGroups, answer: answerUserGroups }),
  'user.roles': NOT_YET,
  'user.apps': NOT_YET,
  'user.accessPackages': NOT_YET,
  'users.search': NOT_YET,
  'users.inactive': NOT_YET,
  'group.details': NOT_YET,
  'group.owners': handler({ needs: ['group'], plan: planGroupOwners, answer: answerGroupOwners }),
  'group.members': handler({ needs: ['group'], plan: planGroupMembers, answer: answerGroupMembers }),
  'group.roles': NOT_YET,
  'group.apps': NOT_YET,
  'groups.ownedBy': NOT_YET,
  'groups.ownerless': NOT_YET,
  'signIns.list': handler({ needs: [], optional: ['user', 'app'], plan: (c) => planSignIns(c), answer: (i) => answerSignIns(i) }),
  'signIns.failures': handler({ needs: [], optional: ['user', 'app'], plan: (c) => planSignIns(c, 'failure'), answer: (i) => answerSignIns(i, 'failure') }),
  'signIns.troubleshoot': handler({ needs: ['user'], plan: planTroubleshoot, answer: answerTroubleshoot }),
  'signIns.summary': NOT_YET,
  'riskyUsers.list': NOT_YET,
  'riskyUser.details': NOT_YET,
  'riskyUser.history': NOT_YET,
  'riskyUser.signIns': NOT_YET,
  'riskyUser.detections': NOT_YET,
  'riskyUser.summary': NOT_YET,
  'riskyApps.list': NOT_YET,
  'audit.forUser': NOT_YET,
  'audit.changes': NOT_YET,
  'app.details': NOT_YET,
  'app.owners': NOT_YET,
  'app.permissions': NOT_YET,
  'app.users': NOT_YET,
  'apps.unused': NOT_YET,
  'apps.external': NOT_YET,
  'role.members': NOT_YET,
  'privileged.noMfa': NOT_YET,
  'privileged.signIns': NOT_YET,
  'privileged.breakGlass': NOT_YET,
  'privileged.changes': NOT_YET,
  'accessPackages.list': NOT_YET,
  'accessPackage.details': NOT_YET,
  'accessPackage.assignments': NOT_YET,
  'assignments.expiring': NOT_YET,
  'accessRequests.pending': NOT_YET,
  'report.appAccessAsOf': NOT_YET,
  'report.appAccessBetween': NOT_YET,
  'report.appAccessAdded': NOT_YET,
  'report.groupMembersByDepartment': NOT_YET,
  'kql.run': NOT_YET,
  'graph.get': handler({
    needs: [],
    refuse: (ctx) => {
      const raw = normaliseRawPath(ctx.intent.slots.path ?? '');
      return raw.ok ? undefined : answerRawGraphRefused(ctx.intent.slots.path ?? '', raw.problem);
    },
    plan: planRawGraph,
    answer: answerRawGraph,
  }),
  help: META,
  unknown: META,
};
