/** Example answers of every kind, shaped like the answers stage produces them. */

import type { Answer, Cell } from '../../src/answers/answer';
import type { ShownQuery } from '../../src/planning/query-plan';

export const graphQuery: ShownQuery = {
  source: 'graph',
  method: 'GET',
  url: 'https://graph.microsoft.com/v1.0/groups/0d1a/owners?$select=displayName,userPrincipalName,jobTitle',
};

export const kqlQuery: ShownQuery = {
  source: 'kql',
  database: 'demo',
  text: 'SigninLogs\n| where TimeGenerated > ago(7d)\n| where ResultType != "0"\n| summarize Failures = count() by AppDisplayName',
};

export const owners: Answer = {
  kind: 'table',
  title: 'Owners of Finance Department',
  summary: '2 owners',
  columns: ['displayName', 'userPrincipalName', 'jobTitle', 'accountEnabled', 'createdDateTime'],
  columnTitles: ['Name', 'UPN', 'Job title', 'Enabled', 'Created'],
  rows: [
    ['Megan Bowen', 'meganb@woodgrovebank.com', 'Finance Manager', true, '2024-03-13T08:15:00Z'],
    ['Alain Ouellet', 'alain@woodgrovebank.com', null, false, '2023-11-02T17:40:12Z'],
  ],
  facts: [],
  followUps: ['Who are the members of Finance Department?', 'What roles does Finance Department have?'],
  followUpTitles: { 'Who are the members of Finance Department?': 'Members of Finance Department', 'What roles does Finance Department have?': 'Roles of Finance Department' },
  sourceNote: 'Microsoft Graph, live.',
};

/** `n` sign-in rows: id, user, app, status, time. */
export function signInRows(n: number): Cell[][] {
  return Array.from({ length: n }, (_, i) => [
    `row-${i + 1}`,
    `user${i + 1}@woodgrovebank.com`,
    i % 3 === 0 ? 'Salesforce' : 'Office 365',
    i % 2 === 0,
    `2024-03-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
  ]);
}

export function signIns(n: number): Answer {
  return {
    kind: 'table',
    title: 'Sign-ins for Karita, last 7 days',
    summary: `${n} sign-ins`,
    columns: ['id', 'userPrincipalName', 'appDisplayName', 'success', 'createdDateTime'],
    rows: signInRows(n),
    facts: [],
    followUps: ['Show failed sign-ins for Karita', 'Why can Karita not sign in?'],
  };
}

export const userDetails: Answer = {
  kind: 'facts',
  title: 'Karita Kristensen',
  summary: 'Account enabled, member, Finance',
  columns: [],
  rows: [],
  facts: [
    { title: 'Object ID', value: '6e7b768e-07e2-4810-8459-485f84f8f204' },
    { title: 'Job title', value: 'Accountant' },
    { title: 'Account enabled', value: 'Yes' },
  ],
  followUps: ['What groups is Karita in?'],
};

export const riskSummary: Answer = {
  kind: 'summary',
  title: 'Risk summary for Julieta',
  summary: 'High risk, at risk since 2024-03-10',
  columns: ['riskEventType', 'count'],
  rows: [
    ['unfamiliarFeatures', 3],
    ['anonymizedIPAddress', 1],
  ],
  facts: [{ title: 'Risk level', value: 'high' }],
  followUps: ['List the risk detections for Julieta'],
  sections: [
    { title: 'Summary', text: 'Julieta signed in from an anonymous IP address.' },
    { title: 'What to do', bullets: ['Require a password change', 'Review her recent sign-ins'] },
    {
      title: 'Help and documentation',
      links: [
        { title: 'Remediate risks', url: 'https://learn.microsoft.com/entra/id-protection/howto-identity-protection-remediate-unblock' },
        { title: 'Bad link', url: 'javascript:alert(1)' },
      ],
    },
  ],
  chart: { type: 'bar', x: 0, y: 1 },
};

export const clarify: Answer = {
  kind: 'clarify',
  title: 'Which Karita?',
  summary: 'Two users match "Karita". Pick one:',
  columns: [],
  rows: [],
  facts: [],
  followUps: [],
  choices: [
    { title: 'Karita Kristensen (karita@woodgrovebank.com)', question: 'user details for karita@woodgrovebank.com' },
    { title: 'Karita Lind (karital@woodgrovebank.com)', question: 'user details for karital@woodgrovebank.com' },
  ],
};

export const denied: Answer = {
  kind: 'denied',
  title: 'Sign-in logs for Karita',
  summary: 'Reading sign-in logs needs the Reports Reader or Security Reader role.',
  columns: [],
  rows: [],
  facts: [],
  followUps: ['What groups is Karita in?'],
};

export const empty: Answer = {
  kind: 'empty',
  title: 'Failed sign-ins for Karita, last 7 days',
  summary: 'No failed sign-ins for karita@woodgrovebank.com in the last 7 days.',
  columns: [],
  rows: [],
  facts: [],
  followUps: ['Show all sign-ins for Karita in the last 30 days'],
};

export const failure: Answer = {
  kind: 'error',
  title: 'Sign-ins for Karita',
  summary: 'Microsoft Graph is throttling requests right now. Try again in a minute.',
  columns: [],
  rows: [],
  facts: [],
  followUps: [],
};

export const allKinds: readonly Answer[] = [owners, userDetails, riskSummary, clarify, denied, empty, failure];
