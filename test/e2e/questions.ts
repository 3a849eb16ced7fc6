/**
 * One real question per question family, as a person types them, and what their card must show.
 * `tenant` checks compare what is rendered with the demo tenant's own data (the bot's model).
 */

import type { TenantModel } from '../../src/demo/model';

/** What a test saw of one rendered card. */
export interface SeenCard {
  /** The card's first text (the title). */
  readonly title: string;
  /** Every text on the card, as rendered. */
  readonly text: string;
  /** Data rows of the first table (header row left out), each a list of cell texts. */
  readonly rows: readonly (readonly string[])[];
  /** Button titles, in order. */
  readonly buttons: readonly string[];
}

export interface Question {
  /** Short name, used in screenshot file names. */
  readonly family: string;
  readonly question: string;
  /** The title must restate the question, or answer it (troubleshooting). */
  readonly title: RegExp;
  /** `rows`: a table with at least one row; `empty`: the "nothing found" message; `none`: no table. */
  readonly shows: 'rows' | 'empty' | 'none';
  /** Buttons that must be there (prefixes of their titles). */
  readonly buttons: readonly string[];
  /** Text that must appear on the card. */
  readonly contains?: readonly (string | RegExp)[];
  /** Problems with what was rendered, judged against the tenant's data; [] when right. */
  readonly tenant?: (seen: SeenCard, model: TenantModel) => string[];
}

type Obj = Record<string, unknown>;

function userByUpn(model: TenantModel): Map<string, Obj> {
  return new Map(model.users.map((u) => [String(u['userPrincipalName']).toLowerCase(), u as Obj]));
}

/** The cells of `seen` that look like UPNs in the demo domain. */
function upnsIn(seen: SeenCard): string[] {
  return seen.rows.flat().map((c) => c.trim().toLowerCase()).filter((c) => /^[^\s@]+@[a-z0-9.-]+\.[a-z]+$/.test(c));
}

function groupNamed(model: TenantModel, name: string): Obj {
  const g = model.groups.find((x) => x['displayName'] === name);
  if (!g) throw new Error(`the demo tenant has no group "${name}"`);
  return g;
}

export const QUESTIONS: readonly Question[] = [
  {
    family: 'users', question: 'list guest users', title: /^Guest users/, shows: 'rows',
    buttons: ['Show quer'],
    tenant: (seen, model) => {
      const users = userByUpn(model);
      const upns = upnsIn(seen);
      const problems = upns.length === 0 ? ['no UPN in the rows'] : [];
      for (const upn of upns) if (users.get(upn)?.['userType'] !== 'Guest') problems.push(`${upn} is not a guest in the tenant`);
      const guests = model.users.filter((u) => u['userType'] === 'Guest').length;
      if (!seen.text.includes(String(guests))) problems.push(`the card never says the tenant's guest count ${guests}`);
      return problems;
    },
  },
  {
    family: 'groups', question: 'who owns the Finance Department group?', title: /^Owners of Finance Department$/, shows: 'rows',
    buttons: ['Show quer', 'Members of Finance Department'],
    tenant: (seen, model) => {
      const group = groupNamed(model, 'Finance Department');
      const ownerIds = model.groupOwners.find((o) => o.groupId === group.id)?.ownerIds ?? [];
      const want = model.users.filter((u) => ownerIds.includes(u.id)).map((u) => String(u['userPrincipalName']).toLowerCase()).sort();
      const got = upnsIn(seen).sort();
      return JSON.stringify(want) === JSON.stringify(got) ? [] : [`owners shown ${got.join(', ')}; the tenant's owners are ${want.join(', ')}`];
    },
  },
  {
    family: 'sign-ins', question: 'Can you give me sign-in logs for karita for the past 48 hours?',
    title: /^Sign-ins for Karita .* in the last 48 hours$/, shows: 'rows', buttons: ['Show quer', 'Show more'],
    contains: [/Showing 1–\d+ of \d+/],
  },
  {
    // The title answers (issue 20): Alain's lockout of the demo story is over, something else stops him now.
    family: 'troubleshoot', question: "why can't Alain sign in?", title: /^(Alain Charon's latest sign-in (was|failed|stopped)|Alain Charon is locked out|Nothing blocks Alain Charon now)/, shows: 'rows',
    buttons: ['Show quer'], contains: [/Why can't Alain Charon sign in\?/, /Lockout over: locked at .* after 5 bad passwords from 98\.207\.65\.141/],
  },
  {
    family: 'sign-in-summary-chart', question: 'how many failed sign-ins this week by app', title: /^Failed sign-ins by app/, shows: 'rows',
    buttons: ['Show quer'], contains: ['█'],
  },
  {
    family: 'risky-users', question: 'show me the risky users', title: /^Risky users/, shows: 'rows',
    buttons: ['Show quer'],
    tenant: (seen, model) => {
      const risky = new Set(model.riskyUsers.map((r) => String(r['userPrincipalName']).toLowerCase()));
      const upns = upnsIn(seen);
      const problems = upns.length === 0 ? ['no UPN in the rows'] : [];
      for (const upn of upns) if (!risky.has(upn)) problems.push(`${upn} is not a risky user in the tenant`);
      return problems;
    },
  },
  {
    family: 'risky-user-summary', question: "summarize Julieta's risk", title: /^Risk summary for Julieta/, shows: 'rows',
    buttons: ['Show quer'], contains: ['What to do'],
  },
  {
    family: 'audit', question: 'Get audit logs for karita for the past 10 days', title: /^Audit log for Karita .* in the last 10 days$/, shows: 'rows',
    buttons: ['Show quer'],
  },
  {
    family: 'apps', question: 'Tell me more about the application Salesforce', title: /^Salesforce$/, shows: 'none',
    buttons: ['Show quer', 'Permissions of Salesforce'],
    tenant: (seen, model) => {
      const sp = model.servicePrincipals.find((s) => s['displayName'] === 'Salesforce');
      if (!sp) return ['the tenant has no Salesforce service principal'];
      return seen.text.includes(String(sp['appId'])) ? [] : [`the card does not show Salesforce's appId ${String(sp['appId'])}`];
    },
  },
  {
    family: 'app-permissions', question: 'Which permissions are granted to Salesforce?', title: /^Permissions granted to Salesforce$/, shows: 'rows',
    buttons: ['Show quer'],
  },
  {
    family: 'privileged-roles', question: 'who are the global admins', title: /^Members of Global Administrator$/, shows: 'rows',
    buttons: ['Show quer'],
    tenant: (seen, model) => {
      const def = model.roleDefinitions.find((d) => d['displayName'] === 'Global Administrator');
      if (!def) return ['the tenant has no Global Administrator role'];
      const holders = new Set([...model.roleAssignments, ...model.roleEligibilitySchedules]
        .filter((a) => a['roleDefinitionId'] === def.id).map((a) => String(a['principalId'])));
      const users = userByUpn(model);
      const upns = upnsIn(seen);
      const problems = upns.length === 0 ? ['no UPN in the rows'] : [];
      for (const upn of upns) if (!holders.has(String(users.get(upn)?.['id']))) problems.push(`${upn} does not hold Global Administrator in the tenant`);
      return problems;
    },
  },
  {
    family: 'access-packages', question: 'list access packages', title: /^Access packages$/, shows: 'rows', buttons: ['Show quer'],
    tenant: (seen, model) => {
      const names = new Set(model.accessPackages.map((p) => String(p['displayName'])));
      const shownNames = seen.rows.map((r) => r[0] ?? '');
      const problems = shownNames.filter((n) => !names.has(n)).map((n) => `"${n}" is not an access package in the tenant`);
      if (shownNames.length !== Math.min(names.size, 25)) problems.push(`${shownNames.length} packages shown; the tenant has ${names.size}`);
      return problems;
    },
  },
  {
    family: 'kql', question: 'SigninLogs | where ResultType != "0" | summarize count() by AppDisplayName',
    title: /^SigninLogs \| where ResultType != "0" \| summarize count\(\) by AppDisplayName$/, shows: 'rows', buttons: ['Show quer'],
  },
  {
    family: 'help', question: 'help', title: /^What I can answer$/, shows: 'none', buttons: ['Search'],
    contains: ['Sign-ins', 'Privileged accounts'],
  },
  {
    family: 'unknown', question: "what's the weather in Paris?", title: /can't answer that here/i, shows: 'none',
    buttons: ['help'],
  },
];
