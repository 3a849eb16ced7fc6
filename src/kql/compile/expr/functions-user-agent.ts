/**
 * parse_user_agent(ua, look-for) (parse-user-agent-function.md), computed by the
 * `kql_parse_user_agent` UDF (udf/user-agent.ts). look-for must be written in the query: "browser",
 * "os" or "device", or a dynamic array of them; anything else is refused (EA104). The bag's parts
 * come in the page's order (Browser, OperatingSystem, Device) whatever the array's order.
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { dynamicJson, literalOf } from '../../language/literals';
import { USER_AGENT_TARGETS } from '../../udf/user-agent';

function targetsOf(c: Call): string[] {
  const node = c.args[1];
  if (!node) return c.fail('the look-for argument is required');
  const v = literalOf(node);
  let list: unknown[] | undefined;
  if (v.kind === 'string') list = [v.value];
  else if (v.kind === 'dynamic' && node.kind === 'DynamicExpression') {
    const parsed = dynamicJson(node);
    list = Array.isArray(parsed) ? parsed : undefined;
  }
  if (!list || list.length === 0 || !list.every((t): t is string => typeof t === 'string' && t in USER_AGENT_TARGETS)) {
    return c.fail('look-for must be "browser", "os" or "device", or a dynamic array of them, written in the query');
  }
  return Object.keys(USER_AGENT_TARGETS).filter((t) => list.includes(t));
}

function parseUserAgent(c: Call): SqlExpr {
  const targets = targetsOf(c);
  return { sql: `CAST(kql_parse_user_agent(${c.str(0)}, ${c.ctx.param(targets.join(','), 'VARCHAR')}) AS JSON)`, type: 'dynamic' };
}

export const USER_AGENT_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  parse_user_agent: parseUserAgent,
};
