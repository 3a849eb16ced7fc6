import type { Answer, Cell } from '../../answers/answer';
import type { AnswerInput, Row } from '../../answers/answer-input';
import { graphRows } from '../../answers/answer-input';
import { formatDateTime, plural, str } from '../../answers/format';
import { emptyAnswer, followUp, followUpFields, sortBy, tableAnswer } from '../../answers/answer-kit';

const STATE_WORDS: Readonly<Record<string, string>> = {
  enabled: 'On', disabled: 'Off', enabledForReportingButNotEnforced: 'Report-only',
};
const STATE_SLOT: Readonly<Record<string, string>> = { enabled: 'enabled', disabled: 'disabled', reportOnly: 'enabledForReportingButNotEnforced' };
const STATE_TITLE: Readonly<Record<string, string>> = { enabled: 'turned on', disabled: 'turned off', reportOnly: 'in report-only mode' };

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const usersOf = (p: Row): Row => ((p.conditions as Row | undefined)?.users ?? {}) as Row;

function appliesTo(p: Row): string {
  const u = usersOf(p);
  const parts: string[] = [];
  if (list(u.includeUsers).includes('All')) parts.push('All users');
  else if (list(u.includeUsers).length > 0) parts.push(plural(list(u.includeUsers).length, 'user'));
  if (list(u.includeGroups).length > 0) parts.push(plural(list(u.includeGroups).length, 'group'));
  if (list(u.includeRoles).length > 0) parts.push(plural(list(u.includeRoles).length, 'admin role'));
  return parts.join(', ') || 'Nobody';
}

function controls(p: Row): string {
  const grant = (p.grantControls ?? {}) as Row;
  const words: Record<string, string> = { mfa: 'Require MFA', block: 'Block access', compliantdevice: 'Require compliant device', domainjoineddevice: 'Require hybrid joined device', passwordchange: 'Require password change' };
  const out = list(grant.builtInControls).map((c) => words[c.toLowerCase()] ?? c);
  const strength = (grant.authenticationStrength as Row | undefined)?.displayName;
  if (typeof strength === 'string') out.push(`Require ${strength}`);
  const session = (p.sessionControls ?? {}) as Row;
  const sif = session.signInFrequency as Row | undefined;
  if (sif?.isEnabled === true) out.push(`Sign-in frequency ${str(sif.value)} ${str(sif.type)}`);
  return out.join(', ') || '—';
}

/**
 * The tenant's Conditional Access policies: state, who they apply to, who they exclude, what they
 * require. Filters asked for (state; exclusions, the break-glass accounts; a person they name
 * directly or through "All users") are applied here and named in the title; group and role
 * membership of a person is not evaluated, and the summary says so.
 */
export function answerConditionalAccess(input: AnswerInput): Answer {
  const { state, excludes } = input.intent.slots;
  const person = input.resolved.user;
  const names = new Map(input.results.has('excluded') ? graphRows(input, 'excluded').map((u) => [str(u.id), str(u.displayName) || str(u.userPrincipalName)]) : []);
  const breakGlassIds = input.results.has('breakGlass') ? new Set(graphRows(input, 'breakGlass').map((u) => str(u.id))) : undefined;
  let policies = graphRows(input, 'policies');
  const filters: string[] = [];
  const notes: string[] = [];
  if (state !== undefined && STATE_SLOT[state] !== undefined) {
    policies = policies.filter((p) => p.state === STATE_SLOT[state]);
    filters.push(STATE_TITLE[state]!);
  }
  if (excludes === 'breakGlass' && breakGlassIds !== undefined && breakGlassIds.size > 0) {
    policies = policies.filter((p) => list(usersOf(p).excludeUsers).some((id) => breakGlassIds.has(id)));
    filters.push('that exclude the emergency-access (break-glass) accounts');
  } else if (excludes !== undefined) {
    policies = policies.filter((p) => list(usersOf(p).excludeUsers).length + list(usersOf(p).excludeGroups).length + list(usersOf(p).excludeRoles).length > 0);
    filters.push('with exclusions');
    if (excludes === 'breakGlass') notes.push('No emergency-access accounts are configured (BREAK_GLASS_ACCOUNTS), so this lists every policy with exclusions.');
  }
  if (person !== undefined) {
    policies = policies.filter((p) => {
      const u = usersOf(p);
      return (list(u.includeUsers).includes('All') || list(u.includeUsers).includes(person.id)) && !list(u.excludeUsers).includes(person.id);
    });
    filters.push(`that apply to ${person.displayName}`);
    notes.push(`Policies that reach ${person.displayName} only through a group or an admin role are not included: group and role membership is not evaluated here.`);
  }
  const title = `Conditional Access policies${filters.length ? ` ${filters.join(', ')}` : ''}`;
  const base = { title, ...followUpFields([followUp('Which Conditional Access policies are in report-only mode?', 'Policies in report-only mode'), followUp('Which conditional access policies exclude the break-glass accounts?', 'Policies that exclude break-glass'), followUp('Show sign-ins blocked by conditional access today', 'Sign-ins blocked by CA today')]) };
  if (policies.length === 0) return emptyAnswer(base, `No Conditional Access policy matches.${notes.length ? ` ${notes.join(' ')}` : ''}`);
  const rows = sortBy(policies, (p) => str(p.displayName)).map((p): Cell[] => {
    const u = usersOf(p);
    const excluded = [
      ...list(u.excludeUsers).map((id) => names.get(id) ?? id),
      ...(list(u.excludeGroups).length ? [plural(list(u.excludeGroups).length, 'group')] : []),
      ...(list(u.excludeRoles).length ? [plural(list(u.excludeRoles).length, 'admin role')] : []),
    ];
    return [str(p.displayName), STATE_WORDS[str(p.state)] ?? str(p.state), appliesTo(p), excluded.join(', ') || null, controls(p), formatDateTime(p.modifiedDateTime ?? p.createdDateTime)];
  });
  const count = (s: string): number => policies.filter((p) => p.state === s).length;
  return tableAnswer(base,
    `${plural(policies.length, 'policy', 'policies')}: ${count('enabled')} on, ${count('enabledForReportingButNotEnforced')} report-only, ${count('disabled')} off.${notes.length ? ` ${notes.join(' ')}` : ''}`,
    [['displayName', 'Policy'], ['state', 'State'], ['appliesTo', 'Applies to'], ['excludes', 'Excludes'], ['controls', 'Requires'], ['modifiedDateTime', 'Last changed']], rows);
}
