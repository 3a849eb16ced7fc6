import { odataString } from '../../sources/graph/odata';
import { allErrorCodes } from '../../answers/error-codes';
import { countryCode } from '../../planning/countries';
import { graphPath } from '../../planning/graph-path';
import { concreteWindow, isoSeconds } from '../../planning/time';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';

/** Graph keeps sign-ins for 30 days; the default window when none is given. */
export const SIGN_IN_DEFAULT_WINDOW = 'P7D';
export const SIGN_IN_ROW_LIMIT = 500;
/** Sign-ins read when Graph refuses `status/errorCode ne 0` and the failures are picked here. */
export const SIGN_IN_FALLBACK_ROW_LIMIT = 5000;
const FAILED = 'status/errorCode ne 0';

const INTERRUPT_CODES = allErrorCodes().filter((c) => c.outcome === 'interrupted').map((c) => c.code);

/** The OData $filter clauses for a sign-in question; every value is an escaped literal. */
export function signInFilter(ctx: PlanContext, forceStatus?: 'failure'): string[] {
  const { slots } = ctx.intent;
  const window = concreteWindow(slots.window, ctx.now, SIGN_IN_DEFAULT_WINDOW);
  const clauses = [`createdDateTime ge ${isoSeconds(window.from)}`, `createdDateTime le ${isoSeconds(window.to)}`];
  const user = ctx.resolved.user;
  if (user) clauses.push(`userId eq ${odataString(user.id)}`);
  const app = ctx.resolved.app;
  if (app) clauses.push(`appId eq ${odataString(app.appId ?? app.id)}`);
  if (slots.ip) clauses.push(`ipAddress eq ${odataString(slots.ip)}`);
  if (slots.country) {
    clauses.push(`location/countryOrRegion eq ${odataString(countryCode(slots.country) ?? slots.country)}`);
  }
  if (slots.city) clauses.push(`location/city eq ${odataString(slots.city)}`);
  if (slots.errorCode !== undefined) clauses.push(`status/errorCode eq ${Math.trunc(slots.errorCode)}`);
  const status = forceStatus ?? slots.status;
  if (status === 'success') clauses.push('status/errorCode eq 0');
  if (status === 'failure' && slots.errorCode === undefined) clauses.push(FAILED);
  if (status === 'interrupted' && slots.errorCode === undefined) {
    clauses.push(`(${INTERRUPT_CODES.map((c) => `status/errorCode eq ${c}`).join(' or ')})`);
  }
  // Beta only (v1.0 signIn has no authenticationRequirement); the beta resource documents `$filter (eq, startsWith)` on it.
  if (slots.authRequirement) clauses.push(`authenticationRequirement eq ${odataString(AUTH_REQUIREMENT[slots.authRequirement])}`);
  return clauses;
}

/** The signIn `authenticationRequirement` value of each slot value. */
export const AUTH_REQUIREMENT = { singleFactor: 'singleFactorAuthentication', multiFactor: 'multiFactorAuthentication' } as const;

/**
 * Whether the sign-ins are read whole and kept here: Graph documents `$filter` on deviceDetail
 * only for browser and operatingSystem, so `deviceDetail/isCompliant` is checked on the rows.
 */
export function filtersOnRows(ctx: PlanContext): boolean {
  return ctx.intent.slots.deviceCompliant !== undefined;
}

function signInNote(ctx: PlanContext): string {
  const s = ctx.intent.slots;
  return [
    'Microsoft Graph sign-in logs (kept for 30 days).',
    s.authRequirement ? 'Whether MFA was required comes from the beta sign-in log (authenticationRequirement: v1.0 sign-ins do not have it).' : '',
    s.deviceCompliant !== undefined ? `Graph cannot filter sign-ins by device compliance, so up to ${SIGN_IN_FALLBACK_ROW_LIMIT.toLocaleString('en-US')} sign-ins of the window were read and those from ${s.deviceCompliant ? 'compliant' : 'non-compliant'} devices kept here.` : '',
  ].filter(Boolean).join(' ');
}

export function planSignIns(ctx: PlanContext, forceStatus?: 'failure'): QueryPlan {
  const onRows = filtersOnRows(ctx);
  const maxRows = onRows ? SIGN_IN_FALLBACK_ROW_LIMIT : ctx.intent.slots.top ?? SIGN_IN_ROW_LIMIT;
  const top = onRows ? 1000 : Math.min(Math.max(ctx.intent.slots.top ?? SIGN_IN_ROW_LIMIT, 1), 1000);
  const path = graphPath('/auditLogs/signIns', {
    // signIns honours only $filter, $top and $skiptoken; newest first is its default order.
    $filter: signInFilter(ctx, forceStatus).join(' and '),
    $top: top,
  });
  const failuresKept = signInFilter(ctx, forceStatus).includes(FAILED);
  const version = ctx.intent.slots.authRequirement ? { version: 'beta' as const } : {};
  return {
    queries: [{
      source: 'graph', reads: ['signInLogs'], id: 'signIns', method: 'GET', path, maxRows, ...version,
      // `status/errorCode ne 0` is kept (widely used, Graph answers it) but only `eq` is documented:
      // if Graph refuses it, read the window without it and keep the failures in the answer.
      ...(failuresKept ? { onBadRequest: { source: 'graph' as const, reads: ['signInLogs'], id: 'signIns', method: 'GET' as const, maxRows: SIGN_IN_FALLBACK_ROW_LIMIT, ...version, path: graphPath('/auditLogs/signIns', {
        $filter: signInFilter(ctx, forceStatus).filter((c) => c !== FAILED).join(' and '), $top: 1000,
      }) } } : {}),
    }],
    sourceNote: signInNote(ctx),
  };
}
