/**
 * A wording pass over every family's card (issue 20): rendered over the demo tenant and read as a
 * person reads it (the query container left out), checked for raw enum values, GUIDs where a name
 * is known, product names in the wrong case and "1 rows".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAnswerCard } from '../../src/cards';
import { QUERY_CONTAINER_ID } from '../../src/cards/query-section';
import type { Intent } from '../../src/understanding/intent';
import { startRealTenant, upn, type RealTenant } from './real-tenant';

let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); }, 60_000);
afterAll(async () => { await t?.close(); });

const INTENTS: Intent[] = [
  { name: 'user.details', slots: { user: upn('karita') } },
  { name: 'user.passwordChange', slots: { user: upn('karita') } },
  { name: 'user.devices', slots: { user: upn('karita') } },
  { name: 'user.authMethods', slots: { user: upn('karita') } },
  { name: 'user.roles', slots: { user: upn('grady') } },
  { name: 'user.apps', slots: { user: upn('karita') } },
  { name: 'user.accessPackages', slots: { user: upn('alain') } },
  { name: 'users.search', slots: { userType: 'guest' } },
  { name: 'users.inactive', slots: {} },
  { name: 'group.owners', slots: { group: 'Finance Department' } },
  { name: 'group.details', slots: { group: 'Finance Department' } },
  { name: 'group.roles', slots: { group: 'Helpdesk Admins' } },
  { name: 'groups.ownerless', slots: {} },
  { name: 'signIns.list', slots: { user: upn('karita') } },
  { name: 'signIns.failures', slots: { user: upn('karita') } },
  { name: 'signIns.troubleshoot', slots: { user: upn('alain') } },
  { name: 'signIns.troubleshoot', slots: { user: upn('karita') } },
  { name: 'riskyUsers.list', slots: {} },
  { name: 'riskyUser.details', slots: { user: upn('giovanna') } },
  { name: 'riskyUser.details', slots: { user: upn('karita') } },
  { name: 'riskyUser.history', slots: { user: upn('giovanna') } },
  { name: 'riskyUser.detections', slots: { user: upn('karita') } },
  { name: 'riskyUser.signIns', slots: { user: upn('karita') } },
  { name: 'riskyUser.summary', slots: { user: upn('karita') } },
  { name: 'riskyApps.list', slots: {} },
  { name: 'audit.forUser', slots: { user: upn('karita'), window: { last: 'P30D' } } },
  { name: 'audit.changes', slots: { targetType: 'role', window: { last: 'P30D' } } },
  { name: 'app.details', slots: { app: 'Salesforce' } },
  { name: 'app.permissions', slots: { app: 'Salesforce' } },
  { name: 'app.users', slots: { app: 'Salesforce' } },
  { name: 'apps.external', slots: {} },
  { name: 'role.members', slots: {} },
  { name: 'privileged.noMfa', slots: {} },
  { name: 'privileged.changes', slots: {} },
  { name: 'accessPackages.list', slots: {} },
  { name: 'accessPackage.assignments', slots: { accessPackage: 'Project Falcon' } },
  { name: 'accessPackage.details', slots: { accessPackage: 'Project Falcon' } },
  { name: 'assignments.expiring', slots: {} },
  { name: 'accessRequests.pending', slots: {} },
];

type Node = Record<string, unknown>;

/** Every text a person sees on the card: runs, text blocks, facts, button titles; not the query. */
function visibleTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) { for (const n of node) visibleTexts(n, out); return out; }
  if (!node || typeof node !== 'object') return out;
  const n = node as Node;
  if (n['id'] === QUERY_CONTAINER_ID) return out;
  if ((n['type'] === 'TextRun' || n['type'] === 'TextBlock') && typeof n['text'] === 'string') out.push(n['text']);
  if (typeof n['title'] === 'string' && typeof n['type'] === 'string' && String(n['type']).startsWith('Action.')) out.push(n['title']);
  if (typeof n['title'] === 'string' && typeof n['value'] === 'string' && n['type'] === undefined) out.push(`${n['title']}: ${n['value']}`);
  for (const [k, v] of Object.entries(n)) if (k !== 'data' && k !== 'msteams') visibleTexts(v, out);
  return out;
}

/** Graph enum values that must be said in words. */
const RAW_ENUMS = /\b(atRisk|notApplied|notEnabled|confirmedCompromised|userPerformedSecuredPasswordChange|adminConfirmedSigninCompromised|singleFactorAuthentication|multiFactorAuthentication|unfamiliarFeatures|unlikelyTravel|anonymizedIPAddress|investigationsThreatIntelligence|passwordSpray|microsoftAuthenticatorPush|softwareOneTimePasscode|mobilePhone|passKeyDeviceBound|windowsHelloForBusiness|hidden|none)\b/;
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const BAD_CASING = /\b(Aad|Ios|Iphone|Macos|Windows10|Sharepoint|Onedrive|Powerbi|Azure Ad|Microsoft entra|Entra Id)\b/;
const ONE_MANY = /(?<![\d.,])1 (rows|users|groups|sign-ins|attempts|apps|events|failures|members|owners|assignments|accounts|days|hours|people|records|roles|devices|methods|changes|detections|requests|packages|IP addresses|policies)\b/;

describe('wording of every family\'s card', () => {
  it.each(INTENTS.map((i, k) => [`${i.name} #${k}`, i] as const))('%s', async (_name, intent) => {
    const out = await t.ask(intent, 'question');
    const card = renderAnswerCard(out.answer, { question: 'question', queries: out.queries });
    const texts = visibleTexts(card);
    const problems: string[] = [];
    texts.forEach((text, i) => {
      const raw = RAW_ENUMS.exec(text.replace(/\(none\)/g, ''));
      if (raw) problems.push(`raw value "${raw[1]}" in "${text}"`);
      // A GUID is fine labelled as an id ("App ID …", "request ID …", a tenant with no name); not as
      // the value of a field that names someone ("Initiated by: 3d2d…") nor unlabelled in prose.
      const label = texts[i - 1] ?? '';
      // Risk level "none" shown as "no"; "Risk detail: None" on every risky user.
      if ((/Risk level: $/.test(label) && text === 'no') || /^Risk level: no$/.test(text)) problems.push('risk level "no"');
      if ((/(Risk )?[Dd]etail: $/.test(label) && text === 'None') || /^Risk detail: None$/.test(text)) problems.push('"Risk detail: None"');
      if (GUID.test(text) && text.trim().length === 36) {
        if (/: $/.test(label) && !/\bID\b/.test(label)) problems.push(`GUID as "${label.trim()}" "${text}"`);
      } else {
        for (const m of text.matchAll(new RegExp(GUID.source, 'gi'))) {
          const before = text.slice(Math.max(0, m.index - 30), m.index);
          // Allowed: labelled as an id, a tenant with no name, a changed value, or in brackets after the name it identifies.
          if (!/\bID\b|tenant \($|→ $|\w \($/.test(before)) problems.push(`GUID in "${text}"`);
        }
      }
      const casing = BAD_CASING.exec(text);
      if (casing) problems.push(`casing "${casing[1]}" in "${text}"`);
      if (/\bby The\b/.test(text)) problems.push(`"by The" in "${text}"`);
      const plural = ONE_MANY.exec(text);
      if (plural) problems.push(`"1 ${plural[1]}" in "${text}"`);
    });
    expect(problems).toEqual([]);
  });
});
