import { odataString } from '../../sources/graph/odata';
import { graphPath, segment } from '../../planning/graph-path';
import { concreteWindow, isoSeconds } from '../../planning/time';
import type { PlanContext } from '../../planning/entities';
import type { GraphRequest, QueryPlan } from '../../planning/query-plan';
import { get } from '../../planning/graph-get';
import { requireRef } from '../../planning/require';

export const RISK_BASE = '/identityProtection';
export const RISK_LIST_LIMIT = 500;
/** Risk detections are kept for 90 days; risky sign-ins follow the sign-in log's 30 days. */
export const DETECTION_DEFAULT_WINDOW = 'P90D';
export const RISKY_SIGN_IN_DEFAULT_WINDOW = 'P30D';

/** riskLevel / riskState clauses; without either, the ones still needing attention. */
function riskFilter(ctx: PlanContext, dateProperty?: string): string {
  const s = ctx.intent.slots;
  const clauses: string[] = [];
  if (s.riskLevel) clauses.push(`riskLevel eq ${odataString(s.riskLevel)}`);
  if (s.riskState) clauses.push(`riskState eq ${odataString(s.riskState)}`);
  else if (!s.riskLevel) clauses.push("(riskState eq 'atRisk' or riskState eq 'confirmedCompromised')");
  if (s.window && dateProperty) {
    const w = concreteWindow(s.window, ctx.now, 'P7D');
    clauses.push(`${dateProperty} ge ${isoSeconds(w.from)}`, `${dateProperty} le ${isoSeconds(w.to)}`);
  }
  return clauses.join(' and ');
}

/**
 * The risky users / risky apps list. Neither page documents `$orderby`, and riskyServicePrincipals
 * documents only `eq` on riskLastUpdatedDateTime: so the list is read without an ordering (and, for
 * apps, without the time window), and the answer orders it newest first, applies the window and
 * keeps the top N (`riskListRows`).
 */
function listRequest(ctx: PlanContext, id: string, path: string, windowFilter: boolean, category: 'risk' | 'appRisk'): GraphRequest {
  return get(id, graphPath(path, {
    $filter: riskFilter(ctx, windowFilter ? 'riskLastUpdatedDateTime' : undefined), $top: 500,
  }), { maxRows: RISK_LIST_LIMIT, reads: [category] });
}

export function planRiskyUsers(ctx: PlanContext): QueryPlan {
  return { queries: [listRequest(ctx, 'riskyUsers', `${RISK_BASE}/riskyUsers`, true, 'risk')], sourceNote: 'Microsoft Entra ID Protection risky users (Microsoft Graph).' };
}

export function planRiskyApps(ctx: PlanContext): QueryPlan {
  return { queries: [listRequest(ctx, 'riskyApps', `${RISK_BASE}/riskyServicePrincipals`, false, 'appRisk')], sourceNote: 'Microsoft Entra ID Protection risky workload identities (Microsoft Graph).' };
}

function riskyUserRequest(ctx: PlanContext): GraphRequest {
  const user = requireRef(ctx, 'user');
  return get('riskyUser', `${RISK_BASE}/riskyUsers/${segment(user.id)}`, { allowNotFound: true, reads: ['risk'] });
}

function historyRequest(ctx: PlanContext): GraphRequest {
  const user = requireRef(ctx, 'user');
  return get('history', `${RISK_BASE}/riskyUsers/${segment(user.id)}/history`, { allowNotFound: true, maxRows: 500, reads: ['risk'] });
}

function detectionsRequest(ctx: PlanContext): GraphRequest {
  const user = requireRef(ctx, 'user');
  const w = concreteWindow(ctx.intent.slots.window, ctx.now, DETECTION_DEFAULT_WINDOW);
  return get('detections', graphPath(`${RISK_BASE}/riskDetections`, {
    $filter: `userId eq ${odataString(user.id)} and detectedDateTime ge ${isoSeconds(w.from)} and detectedDateTime le ${isoSeconds(w.to)}`,
    $top: 500,
  }), { maxRows: 500, reads: ['risk'] });
}

/** Where the risk answers' MFA use comes from: said on their cards. */
export const MFA_SOURCE_NOTE = 'MFA use from the Microsoft Graph beta sign-in log (mfaDetail, authenticationRequirement: v1.0 sign-ins do not have them).';

/**
 * Sign-ins of the user that ID Protection scored as risky (low, medium or high). From beta: the
 * answers say whether each used MFA, and only beta signIn has mfaDetail / authenticationRequirement.
 */
function riskySignInsRequest(ctx: PlanContext): GraphRequest {
  const user = requireRef(ctx, 'user');
  const w = concreteWindow(ctx.intent.slots.window, ctx.now, RISKY_SIGN_IN_DEFAULT_WINDOW);
  // The summary reads every risky sign-in; riskyUser.signIns keeps the level asked for ("high-risk sign-ins of Karita").
  const riskLevel = ctx.intent.name === 'riskyUser.signIns' ? ctx.intent.slots.riskLevel : undefined;
  const request = get('signIns', graphPath('/auditLogs/signIns', {
    $filter: [
      `userId eq ${odataString(user.id)}`, `createdDateTime ge ${isoSeconds(w.from)}`, `createdDateTime le ${isoSeconds(w.to)}`,
      riskLevel === undefined
        ? "(riskLevelDuringSignIn eq 'low' or riskLevelDuringSignIn eq 'medium' or riskLevelDuringSignIn eq 'high')"
        : `riskLevelDuringSignIn eq ${odataString(riskLevel)}`,
    ].join(' and '),
    $top: 500,
  }), { maxRows: 500, reads: ['signInLogs'] });
  return { ...request, version: 'beta' };
}

export function planRiskyUserDetails(ctx: PlanContext): QueryPlan {
  return { queries: [riskyUserRequest(ctx)] };
}

/**
 * The history alone: Identity Protection answers one request per second per tenant, so each read
 * costs a second of waiting. A user ID Protection has no record of has no history either (404,
 * allowed), so the risky-user record adds nothing here.
 */
export function planRiskyUserHistory(ctx: PlanContext): QueryPlan {
  return { queries: [historyRequest(ctx)] };
}

export function planRiskyUserDetections(ctx: PlanContext): QueryPlan {
  return { queries: [detectionsRequest(ctx)], sourceNote: 'Microsoft Entra ID Protection risk detections (kept for 90 days).' };
}

export function planRiskyUserSignIns(ctx: PlanContext): QueryPlan {
  return { queries: [riskySignInsRequest(ctx)], sourceNote: `Microsoft Graph sign-in logs (kept for 30 days) with an ID Protection risk level. ${MFA_SOURCE_NOTE}` };
}

/**
 * Everything the risky-user summary reads: risk, detections, risky sign-ins, MFA registration. Not
 * the history, which the summary does not show (it was read and unused: a second of Identity
 * Protection's one request per second, issue 21).
 */
export function planRiskyUserSummary(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  return {
    queries: [
      riskyUserRequest(ctx), detectionsRequest(ctx), riskySignInsRequest(ctx),
      get('registration', `/reports/authenticationMethods/userRegistrationDetails/${segment(user.id)}`, { allowNotFound: true, reads: ['mfaRegistration'] }),
    ],
    sourceNote: MFA_SOURCE_NOTE,
  };
}
