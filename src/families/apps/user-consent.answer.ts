import type { Answer, Cell } from '../../answers/answer';
import { graphResult, graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { obj, plural, str } from '../../answers/format';
import { byId, capNote, emptyAnswer, followUp, followUpFields, rowsWithPrefix, sortBy, tableAnswer } from '../../answers/answer-kit';
import { privilegedPermission } from '../../answers/privileged-permissions';

/** Who publishes the client app, as a person reading the grant wants to know it. */
function origin(sp: Row | undefined, tenantId: string): string {
  const org = str(sp?.appOwnerOrganizationId);
  const verified = str(obj(sp?.verifiedPublisher).displayName);
  if (org !== '' && org === tenantId) return 'This organization';
  if (org === '') return 'Unknown';
  return verified ? `Other organization, verified publisher ${verified}` : 'Other organization, publisher not verified';
}

/**
 * apps.userConsent: grants people gave for themselves (consentType Principal) — permissions no
 * administrator approved for the organization. One row per grant: the app, who publishes it, who
 * consented, the scopes, and which of them Microsoft's consent guidance treats as high risk.
 */
export function answerUserConsent(input: AnswerInput): Answer {
  const app = input.resolved.app;
  const result = graphResult(input, 'grants');
  const grants = result.rows;
  const sps = byId(rowsWithPrefix(input, 'sps'));
  const people = byId(rowsWithPrefix(input, 'people'));
  const tenantId = str(input.results.has('organization') ? graphRows(input, 'organization')[0]?.id : '');
  const label = app ? ` to ${app.displayName}` : '';
  const base = {
    title: `Permissions users consented to on their own${label}`,
    ...followUpFields([
      ...[...new Set(grants.slice(0, 2).map((g) => str(sps.get(str(g.clientId))?.displayName) || 'this app'))].map((n) => followUp(`Which permissions are granted to ${n}?`, `Permissions of ${n}`, 'Permissions of this app')),
      'Show me apps outside my tenant',
    ]),
    sourceNote: 'Delegated permission grants with consentType "Principal": a person consented for themselves, no administrator approved them for the organization.',
  };
  if (grants.length === 0) return emptyAnswer(base, `No app${label} holds permissions a user consented to on their own: every delegated grant was approved by an administrator.`);
  const rows = sortBy(grants, (g) => `${str(sps.get(str(g.clientId))?.displayName)}\u0000${str(people.get(str(g.principalId))?.displayName)}`).map((g): Cell[] => {
    const client = sps.get(str(g.clientId));
    const person = people.get(str(g.principalId));
    const scopes = str(g.scope).split(' ').filter(Boolean);
    const risky = scopes.filter((s) => privilegedPermission(s) !== undefined);
    return [
      str(client?.displayName) || str(g.clientId), origin(client, tenantId),
      str(person?.displayName) || str(g.principalId), str(person?.userPrincipalName) || null,
      scopes.join(' '), str(sps.get(str(g.resourceId))?.displayName) || str(g.resourceId),
      risky.length > 0 ? risky.join(' ') : null,
    ];
  });
  const apps = new Set(grants.map((g) => str(g.clientId)));
  const outside = [...apps].filter((id) => origin(sps.get(id), tenantId).startsWith('Other')).length;
  const risky = rows.filter((r) => r[6] !== null).length;
  const consenters = new Set(grants.map((g) => str(g.principalId))).size;
  return tableAnswer(base,
    `${plural(grants.length, 'user consent')} to ${plural(apps.size, 'app')} by ${plural(consenters, 'person', 'people')}${capNote(result.truncated, grants.length)}: `
      + `${outside} of the apps from other organizations; ${plural(risky, 'grant')} with high-risk permissions.`,
    [['app', 'App'], ['publisher', 'Publisher'], ['consentedBy', 'Consented by'], ['userPrincipalName', 'User principal name'],
      ['scope', 'Permissions'], ['resource', 'API'], ['highRisk', 'High-risk permissions']],
    rows);
}
