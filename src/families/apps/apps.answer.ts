import type { Answer, Cell } from '../../answers/answer';
import { graphResult, graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, obj, plural, str, yesNo } from '../../answers/format';
import { capNote, emptyAnswer, fact, facts, followUp, followUpFields, inWindow, rowsWithPrefix, sortBy, tableAnswer } from '../../answers/answer-kit';
import { concreteWindow, describeWindow } from '../../planning/time';
import { humanize, levelWord, stateWord } from '../../answers/risk-words';

/** Tenants whose apps are Microsoft's own (first-party apps). */
const MICROSOFT_TENANTS = new Set(['f8cdef31-a31e-4b4a-93e4-5f571e91255a', '72f988bf-86f1-41af-91ab-2d7cd011db47']);

function audience(value: unknown): string | undefined {
  const v = str(value);
  return ({
    AzureADMyOrg: 'This organization only', AzureADMultipleOrgs: 'Any Microsoft Entra organization',
    AzureADandPersonalMicrosoftAccount: 'Any organization and personal Microsoft accounts', PersonalMicrosoftAccount: 'Personal Microsoft accounts',
  } as Record<string, string>)[v] ?? (v || undefined);
}

/** The verified publisher, or the app registration's publisher domain (v1.0 has no publisherName). */
function publisher(sp: Row, app?: Row): string {
  const verified = str(obj(sp.verifiedPublisher).displayName) || str(obj(app?.verifiedPublisher).displayName);
  if (verified) return `${verified} (verified)`;
  return str(app?.publisherDomain) ? `${str(app?.publisherDomain)} (not verified)` : 'Not verified';
}

function ownerOrg(sp: Row, tenantId: string): string {
  const org = str(sp.appOwnerOrganizationId);
  if (org === '') return 'Unknown';
  if (org === tenantId) return 'This tenant';
  return MICROSOFT_TENANTS.has(org) ? `Microsoft (${org})` : `Another tenant (${org})`;
}

export function answerAppDetails(input: AnswerInput): Answer {
  const name = input.resolved.app?.displayName ?? 'the app';
  const sp = graphRows(input, 'sp')[0];
  const followUps = followUpFields([followUp(`Which permissions are granted to ${name}?`, `Permissions of ${name}`, 'Permissions of this app'), followUp(`Who has access to ${name}?`, `Who has access to ${name}?`, `Access to ${name}`, 'Who has access to this app?'), followUp(`Who owns ${name}?`, `Who owns ${name}?`, 'Owners of this app')]);
  if (!sp) return emptyAnswer({ title: `Details of ${name}`, followUps: [] }, `No app ${name} was found.`);
  const app = graphRows(input, 'application')[0];
  const risk = graphRows(input, 'risk')[0];
  // /applications lists only apps registered in this tenant: finding one means the app is ours.
  const tenantId = app ? str(sp.appOwnerOrganizationId) : '';
  const secrets = (k: string) => (Array.isArray(app?.[k]) ? (app[k] as Row[]).length : undefined);
  const roles = Array.isArray(sp.appRoles) ? (sp.appRoles as Row[]).map((r) => str(r.displayName)).filter(Boolean) : [];
  const list = facts(
    fact('Name', sp.displayName), fact('App (client) ID', sp.appId), fact('Service principal object ID', sp.id),
    fact('Application object ID', app?.id), fact('Publisher', publisher(sp, app)), fact('Publisher domain', app?.publisherDomain),
    fact('Owner organization', ownerOrg(sp, tenantId)), fact('Sign-in audience', audience(app?.signInAudience ?? sp.signInAudience)),
    fact('Type', sp.servicePrincipalType), fact('Enabled for sign-in', yesNo(sp.accountEnabled)),
    fact('Assignment required', yesNo(sp.appRoleAssignmentRequired)), fact('App roles', roles.join(', ')),
    fact('Client secrets', secrets('passwordCredentials')), fact('Certificates', secrets('keyCredentials')),
    fact('Registered', formatDateTime(app?.createdDateTime)), fact('Homepage', sp.homepage),
    fact('Risk', risk ? `${levelWord(risk.riskLevel)} (${stateWord(risk.riskState)}${str(risk.riskDetail) && risk.riskDetail !== 'none' ? `, ${humanize(str(risk.riskDetail)).toLowerCase()}` : ''})` : undefined),
  );
  return {
    kind: 'facts', title: str(sp.displayName) || name, columns: [], rows: [], facts: list, ...followUps,
    summary: `Published by ${publisher(sp, app)}; ${app ? 'registered in this tenant' : `owned by ${ownerOrg(sp, tenantId).replace(/^Another/, 'another')}`}. App ID ${str(sp.appId)}.${risk && (risk.riskState === 'atRisk' || risk.riskState === 'confirmedCompromised') ? ` ID Protection flags it as ${stateWord(risk.riskState)}.` : ''}`,
  };
}

export function answerAppsExternal(input: AnswerInput): Answer {
  const res = graphResult(input, 'apps');
  const tenantId = /appOwnerOrganizationId ne ([0-9a-f-]{36})/i.exec(decodeURIComponent(res.query.source === 'graph' ? res.query.path : ''))?.[1] ?? '';
  const apps = res.rows.filter((a) => str(a.appOwnerOrganizationId) !== '' && str(a.appOwnerOrganizationId) !== tenantId);
  const base = { title: 'Apps from outside this tenant', ...followUpFields([followUp('Give me a list of owners for these apps', 'Owners of these apps'), ...apps.slice(0, 2).map((a) => followUp(`Tell me more about ${str(a.displayName)}`, `About ${str(a.displayName)}`)), 'Show me risky apps']) };
  if (apps.length === 0) return emptyAnswer(base, 'No apps from outside this tenant.');
  const microsoft = apps.filter((a) => MICROSOFT_TENANTS.has(str(a.appOwnerOrganizationId))).length;
  const unverified = apps.filter((a) => !MICROSOFT_TENANTS.has(str(a.appOwnerOrganizationId)) && !str(obj(a.verifiedPublisher).displayName)).length;
  const total = res.count !== undefined && res.count >= apps.length ? res.count : apps.length;
  const rows = sortBy(apps, (a) => str(a.displayName)).map((a): Cell[] => [
    str(a.displayName), publisher(a), ownerOrg(a, tenantId), str(a.servicePrincipalType) || null, yesNo(a.accountEnabled), str(a.appId),
  ]);
  return tableAnswer(base, `${plural(total, 'app')} from outside this tenant: ${microsoft} from Microsoft, ${apps.length - microsoft} from other organizations (${unverified} with an unverified publisher).`, [
    ['displayName', 'App'], ['publisher', 'Publisher'], ['appOwnerOrganizationId', 'Owner organization'], ['servicePrincipalType', 'Type'],
    ['accountEnabled', 'Enabled'], ['appId', 'App ID'],
  ], rows, { totalRows: total });
}

export function answerAppOwners(input: AnswerInput): Answer {
  const app = input.resolved.app;
  if (!app && !(input.intent.slots.apps?.length)) {
    return { kind: 'clarify', title: 'Which app?', summary: 'Tell me which app you mean — a name or app ID is enough.', columns: [], rows: [], facts: [], followUps: [], choices: [] };
  }
  const owned: { app: string; owner: Row; of: string }[] = [];
  let appNames: string[];
  if (app) {
    for (const o of graphRows(input, 'spOwners')) owned.push({ app: app.displayName, owner: o, of: 'Enterprise app (service principal)' });
    for (const a of graphRows(input, 'appOwners')) for (const o of (Array.isArray(a.owners) ? (a.owners as Row[]) : [])) owned.push({ app: app.displayName, owner: o, of: 'App registration' });
    appNames = [app.displayName];
  } else {
    const sps = [...rowsWithPrefix(input, 'apps.ids'), ...rowsWithPrefix(input, 'apps.names')];
    for (const sp of sps) for (const o of (Array.isArray(sp.owners) ? (sp.owners as Row[]) : [])) owned.push({ app: str(sp.displayName), owner: o, of: 'Enterprise app (service principal)' });
    appNames = [...new Set(sps.map((s) => str(s.displayName)))];
  }
  const label = appNames.length === 1 ? appNames[0]! : `${plural(appNames.length, 'app')}`;
  const base = { title: `Owners of ${label}`, ...followUpFields(appNames.slice(0, 1).flatMap((n) => [followUp(`Who has access to ${n}?`, `Who has access to ${n}?`, `Access to ${n}`, 'Who has access to this app?'), followUp(`Which permissions are granted to ${n}?`, `Permissions of ${n}`, 'Permissions of this app')])) };
  if (owned.length === 0) return emptyAnswer(base, `${label} ${appNames.length === 1 ? 'has' : 'have'} no owners: only admins can manage ${appNames.length === 1 ? 'it' : 'them'}.`);
  const rows = sortBy(owned, (o) => `${o.app}\u0000${str(o.owner.displayName)}`).map((o): Cell[] => [o.app, str(o.owner.displayName), str(o.owner.userPrincipalName) || null, o.of]);
  const without = appNames.filter((n) => !owned.some((o) => o.app === n));
  return tableAnswer(base, `${plural(new Set(owned.map((o) => str(o.owner.id))).size, 'owner')} of ${label}${without.length ? `; no owners: ${without.join(', ')}` : ''}.`,
    [['app', 'App'], ['owner', 'Owner'], ['userPrincipalName', 'User principal name'], ['ownerOf', 'Owner of']], rows);
}

const DAY_MS = 86_400_000;

/**
 * apps.unused: the tenant's apps (Microsoft's own first-party apps left out) whose last sign-in,
 * as client or resource, is older than the window (90 days by default) or that never signed in.
 * An app registered inside the window that has not signed in yet is new, not unused: counted apart.
 */
export function answerAppsUnused(input: AnswerInput): Answer {
  const window = input.intent.slots.window;
  const { from: cutoff } = concreteWindow(window, input.now, 'P90D');
  const span = describeWindow(window, 'P90D');
  const activity = graphResult(input, 'activity');
  const sps = graphResult(input, 'sps');
  const lastUse = new Map(activity.rows.map((a) => [str(a.appId), str(obj(a.lastSignInActivity).lastSignInDateTime)]));
  const registered = new Map(graphRows(input, 'registrations').map((r) => [str(r.appId), str(r.createdDateTime)]));
  const apps = sps.rows.filter((sp) => !MICROSOFT_TENANTS.has(str(sp.appOwnerOrganizationId)) && str(sp.servicePrincipalType || 'Application') === 'Application');
  const unused: { sp: Row; last: string }[] = [];
  let newApps = 0;
  for (const sp of apps) {
    const last = lastUse.get(str(sp.appId)) ?? '';
    if (last !== '' && Date.parse(last) >= cutoff.getTime()) continue;
    const created = registered.get(str(sp.appId));
    if (last === '' && created && Date.parse(created) >= cutoff.getTime()) { newApps++; continue; }
    unused.push({ sp, last });
  }
  const ordered = sortBy(unused, (u) => u.last || '0');
  const first = ordered[0] ? str(ordered[0].sp.displayName) : '';
  const base = {
    title: `Apps unused ${inWindow(window, 'P90D')}`,
    ...followUpFields([...(first ? [followUp(`Who owns ${first}?`, `Who owns ${first}?`, 'Owners of this app'), followUp(`Which permissions are granted to ${first}?`, `Permissions of ${first}`, 'Permissions of this app')] : []), 'Show me apps outside my tenant', 'Show me risky apps']),
  };
  const aside = newApps > 0 ? ` ${plural(newApps, 'app')} registered ${inWindow(window, 'P90D')} ${newApps === 1 ? 'has' : 'have'} not signed in yet and ${newApps === 1 ? 'is' : 'are'} counted as new, not unused.` : '';
  if (unused.length === 0) return emptyAnswer(base, `Every one of the ${plural(apps.length, 'app')} signed in during ${span}.${aside}`);
  const daysSince = (last: string): Cell => (last === '' ? null : Math.floor((input.now.getTime() - Date.parse(last)) / DAY_MS));
  const never = unused.filter((u) => u.last === '').length;
  // /applications lists only this tenant's registrations: their service principals name the tenant.
  const tenantId = str(apps.find((a) => registered.has(str(a.appId)))?.appOwnerOrganizationId);
  const rows = ordered.map((u): Cell[] => [
    str(u.sp.displayName), u.last === '' ? 'Never' : formatDateTime(u.last), daysSince(u.last), publisher(u.sp, undefined), ownerOrg(u.sp, tenantId),
    yesNo(u.sp.accountEnabled), str(u.sp.appId),
  ]);
  const truncated = activity.truncated || sps.truncated;
  return tableAnswer(base,
    `${plural(unused.length, 'app')} of ${apps.length} with no sign-in during ${span}${never ? ` (${never} never signed in)` : ''}.${aside}${capNote(truncated, apps.length)}`,
    [['displayName', 'App'], ['lastSignInDateTime', 'Last sign-in'], ['daysSinceLastSignIn', 'Days since'], ['publisher', 'Publisher'],
      ['appOwnerOrganizationId', 'Owner organization'], ['accountEnabled', 'Enabled'], ['appId', 'App ID']],
    rows);
}
