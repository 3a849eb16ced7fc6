import type { Answer } from '../../answers/answer';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { formatDateTime, str } from '../../answers/format';


const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The tenant's identity: id, name, creation, country, notification contacts, domains. */
export function answerTenantDetails(input: AnswerInput): Answer {
  const org = graphRows(input, 'organization')[0] ?? {};
  const domains = graphRows(input, 'domains');
  const name = str(org.displayName) || 'this tenant';
  const verified = domains.filter((d) => d.isVerified === true).map((d) => str(d.id));
  const unverified = domains.filter((d) => d.isVerified !== true).map((d) => str(d.id));
  const initial = domains.find((d) => d.isInitial === true);
  const byDefault = domains.find((d) => d.isDefault === true);
  const rows: [string, string][] = [
    ['Tenant ID', str(org.id)],
    ['Name', name],
    ['Created', String(formatDateTime(org.createdDateTime) ?? '—')],
    ['Country', str(org.countryLetterCode) || '—'],
    ['Default domain', byDefault ? str(byDefault.id) : '—'],
    ['Initial domain', initial ? str(initial.id) : '—'],
    ['Verified domains', verified.join(', ') || 'none'],
    ...(unverified.length ? [['Unverified domains', unverified.join(', ')] as [string, string]] : []),
    ['Synced from on-premises', org.onPremisesSyncEnabled === true ? 'Yes' : 'No'],
    ['Technical contact', list(org.technicalNotificationMails).join(', ') || '—'],
    ['Security and compliance contact', list(org.securityComplianceNotificationMails).join(', ') || '—'],
  ];
  return {
    kind: 'facts',
    title: `Tenant details: ${name}`,
    summary: `${name}, tenant ID ${str(org.id)}; ${verified.length} verified domain${verified.length === 1 ? '' : 's'}.`,
    columns: [], rows: [],
    facts: rows.map(([title, value]) => ({ title, value })),
    followUps: ['How many users do we have?', 'List conditional access policies', 'Who are the global admins?'],
  };
}
