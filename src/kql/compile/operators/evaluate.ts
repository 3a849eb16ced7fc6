/**
 * `evaluate plugin(...)`: the plugins that compute over the query's own rows. The read-only check
 * (language/read-only.ts) has already refused every plugin that reaches outside the data; a
 * local plugin without a handler here is refused as unsupported (EA101).
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { requireInput } from './basic';
import { bagUnpack } from './bag-unpack';
import { rowsNear } from './rows-near';
import { ipv4Lookup } from './ipv4-lookup';
import { ipv6Lookup } from './ipv6-lookup';
import { dcountIntersect } from './dcount-intersect';
import { slidingWindowCounts } from './sliding-window-counts';
import { activityCountsMetrics } from './activity-counts-metrics';
import { rollingPercentile } from './rolling-percentile';
import { pivot } from './pivot';
import { activeUsersCount } from './active-users-count';
import type { OperatorHandler } from './types';

type PluginHandler = (op: Syn, call: Syn, input: Relation, ctx: CompileContext) => Relation;

const PLUGINS: Readonly<Record<string, PluginHandler>> = {
  bag_unpack: bagUnpack,
  rows_near: rowsNear,
  ipv4_lookup: ipv4Lookup,
  ipv6_lookup: ipv6Lookup,
  dcount_intersect: dcountIntersect,
  sliding_window_counts: slidingWindowCounts,
  activity_counts_metrics: activityCountsMetrics,
  rolling_percentile: rollingPercentile,
  pivot,
  active_users_count: activeUsersCount,
};

export const evaluate: OperatorHandler = (op, input, ctx) => {
  const call = op.get('FunctionCall') ?? op.children().find((c) => c.kind === 'FunctionCallExpression');
  const name = call?.get('Name')?.simpleName ?? '';
  const handler = PLUGINS[name];
  if (!call || !handler) return ctx.fail('unsupportedOperator', op, `evaluate ${name || 'plugin'}()`);
  return handler(op, call, requireInput(input, op, ctx), ctx);
};
