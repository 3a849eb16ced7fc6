import type { Answer, Cell } from '../../answers/answer';
import { graphResult, graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, obj, plural, str, yesNo } from '../../answers/format';
import { emptyAnswer, expiresText, fact, facts, firstName, followUp, followUpFields, inWindow, rowsWithPrefix, sortBy, tableAnswer } from '../../answers/answer-kit';
import { heldRoleRow, heldRoles, HELD_ROLE_COLUMNS, sortHeld, type HeldRole } from '../../answers/role-rows';

function who(input: AnswerInput): { name: string; first: string } {
  const name = input.resolved.user?.displayName ?? 'this user';
  return { name, first: firstName(name) };
}

const PASSWORD_EVENT = /password/i;

function initiator(audit: Row): string {
  const by = obj(audit.initiatedBy);
  const user = obj(by.user);
  const app = obj(by.app);
  return str(user.userPrincipalName) || str(user.displayName) || str(app.displayName) || 'Unknown';
}

/**
 * Graph keeps no expiry date on a user: it follows from the last change and the password
 * expiration policy of the user's domain (`passwordValidityPeriodInDays` on the domain), unless
 * the user's `passwordPolicies` include `DisablePasswordExpiration`. This answer reads neither.
 */
const EXPIRY = 'When it expires depends on the password expiration policy of the user\'s domain (not read here): the last change plus the domain\'s validity period, or never if expiry is turned off.';

export function answerPasswordChange(input: AnswerInput): Answer {
  const { name, first } = who(input);
  const user = graphRows(input, 'user')[0] ?? {};
  const events = sortBy(graphRows(input, 'audits').filter((a) => PASSWORD_EVENT.test(str(a.activityDisplayName))), (a) => str(a.activityDateTime), true);
  const last = formatDateTime(user.lastPasswordChangeDateTime);
  const base = {
    title: `Password changes and resets for ${name}`,
    ...followUpFields([followUp(`Show ${first}'s sign-ins since the last password change`, `${first}'s sign-ins since password change`, 'Sign-ins since the password change'), followUp(`Is ${first} a risky user?`, `Is ${first} a risky user?`, 'Is this a risky user?'), followUp(`Show audit logs for ${first} for the past 7 days`, `${first}'s audit log, past 7 days`, 'Audit log, past 7 days')]),
  };
  const lastLine = last ? `Password last changed or reset ${last}.` : `Graph has no password change date for ${name}.`;
  const head = facts(fact('Password last set', last), fact('Account created', formatDateTime(user.createdDateTime)),
    fact('Synced from on-premises', yesNo(user.onPremisesSyncEnabled) ?? 'No'));
  if (events.length === 0) {
    const span = input.intent.slots.window ? inWindow(input.intent.slots.window, 'P30D') : '(30 days)';
    return emptyAnswer(base, `${lastLine} No password resets or changes in the audit log ${span}. ${EXPIRY}`, head);
  }
  const rows = events.map((a) => [formatDateTime(a.activityDateTime), str(a.activityDisplayName), initiator(a), str(a.result) || null]);
  return {
    ...tableAnswer(base, `${lastLine} ${plural(events.length, 'password event')} in the audit log${input.intent.slots.window ? ` ${inWindow(input.intent.slots.window, 'P30D')}` : ''}. ${EXPIRY}`,
      [['activityDateTime', 'Time'], ['activity', 'Activity'], ['initiatedBy', 'Done by'], ['result', 'Result']], rows),
    kind: 'facts', facts: head, // a facts card shows the facts and the rows; a table card only rows
  };
}

export function answerUserDevices(input: AnswerInput): Answer {
  const { name, first } = who(input);
  const registered = graphRows(input, 'registered');
  const owned = new Set(graphRows(input, 'owned').map((d) => str(d.id)));
  const all = new Map<string, Row>();
  for (const d of [...registered, ...graphRows(input, 'owned')]) if (!all.has(str(d.id))) all.set(str(d.id), d);
  const regIds = new Set(registered.map((d) => str(d.id)));
  const base = { title: `Devices of ${name}`, ...followUpFields([followUp(`What authentication methods does ${first} have?`, `${first}'s authentication methods`, 'Authentication methods'), followUp(`Show ${first}'s sign-ins this week`, `${first}'s sign-ins this week`, 'Sign-ins this week')]) };
  if (all.size === 0) return emptyAnswer(base, `${name} has no devices registered or owned in Microsoft Entra ID.`);
  const rows = sortBy([...all.values()], (d) => str(d.displayName)).map((d): Cell[] => [
    str(d.displayName), [str(d.operatingSystem), str(d.operatingSystemVersion)].filter(Boolean).join(' ') || null,
    joinType(str(d.trustType)), yesNo(d.isCompliant), yesNo(d.isManaged),
    regIds.has(str(d.id)) && owned.has(str(d.id)) ? 'Registered and owner' : regIds.has(str(d.id)) ? 'Registered user' : 'Owner',
    formatDateTime(d.approximateLastSignInDateTime), yesNo(d.accountEnabled),
  ]);
  return tableAnswer(base, `${name} has ${plural(all.size, 'device')} in Microsoft Entra ID.`, [
    ['displayName', 'Device'], ['operatingSystem', 'Operating system'], ['trustType', 'Join type'], ['isCompliant', 'Compliant'],
    ['isManaged', 'Managed'], ['relation', 'Relation'], ['approximateLastSignInDateTime', 'Last sign-in'], ['accountEnabled', 'Enabled'],
  ], rows);
}

function joinType(t: string): string | null {
  return t === 'AzureAd' ? 'Microsoft Entra joined' : t === 'ServerAd' ? 'Hybrid joined' : t === 'Workplace' ? 'Registered' : t || null;
}

const METHOD_NAMES: Readonly<Record<string, string>> = {
  passwordAuthenticationMethod: 'Password',
  microsoftAuthenticatorAuthenticationMethod: 'Microsoft Authenticator',
  phoneAuthenticationMethod: 'Phone',
  fido2AuthenticationMethod: 'FIDO2 security key',
  windowsHelloForBusinessAuthenticationMethod: 'Windows Hello for Business',
  emailAuthenticationMethod: 'Email',
  softwareOathAuthenticationMethod: 'Software OATH token',
  temporaryAccessPassAuthenticationMethod: 'Temporary Access Pass',
  platformCredentialAuthenticationMethod: 'Platform credential (macOS)',
  x509CertificateAuthenticationMethod: 'Certificate',
};

export function methodName(row: Row): string {
  const t = str(row['@odata.type']).replace('#microsoft.graph.', '');
  return METHOD_NAMES[t] ?? t;
}

function methodDetail(row: Row): string | null {
  return [str(row.displayName), str(row.phoneNumber), str(row.phoneType), str(row.emailAddress), str(row.model),
    row.lifetimeInMinutes !== undefined ? `valid ${String(row.lifetimeInMinutes)} minutes` : '']
    .filter(Boolean).join(' · ') || null;
}

export function answerUserAuthMethods(input: AnswerInput): Answer {
  const { name, first } = who(input);
  const methods = graphRows(input, 'methods');
  const reg = graphRows(input, 'registration')[0];
  const mfa = reg ? (reg.isMfaRegistered === true ? 'registered for MFA' : 'not registered for MFA') : undefined;
  const head = facts(
    fact('MFA registered', yesNo(reg?.isMfaRegistered)), fact('MFA capable', yesNo(reg?.isMfaCapable)),
    fact('Default MFA method', str(reg?.defaultMfaMethod) && str(reg?.defaultMfaMethod) !== 'none' ? str(reg?.defaultMfaMethod) : undefined),
    fact('Self-service password reset registered', yesNo(reg?.isSsprRegistered)), fact('Passwordless capable', yesNo(reg?.isPasswordlessCapable)),
    fact('Admin', yesNo(reg?.isAdmin)), fact('Registration report updated', formatDateTime(reg?.lastUpdatedDateTime)),
  );
  const base = { title: `Authentication methods of ${name}`, ...followUpFields([followUp(`Show ${first}'s sign-ins this week`, `${first}'s sign-ins this week`, 'Sign-ins this week'), followUp(`Is ${first} a risky user?`, `Is ${first} a risky user?`, 'Is this a risky user?'), followUp("Which admins aren't registered for MFA?", 'Admins without MFA')]) };
  if (methods.length === 0) return emptyAnswer(base, `${name} has no authentication methods registered${mfa ? ` and is ${mfa}` : ''}.`, head);
  const names = [...new Set(methods.map(methodName))];
  const rows = methods.map((m): Cell[] => [methodName(m), methodDetail(m), formatDateTime(m.createdDateTime)]);
  return {
    ...tableAnswer(base, `${plural(methods.length, 'method')}: ${names.join(', ')}.${mfa ? ` ${name} is ${mfa}.` : ''}`,
      [['method', 'Method'], ['detail', 'Detail'], ['createdDateTime', 'Added']], rows),
    kind: 'facts', facts: head, // a facts card shows the facts and the rows; a table card only rows
  };
}

export function answerUserRoles(input: AnswerInput): Answer {
  const { name, first } = who(input);
  const groups = graphRows(input, 'groups').filter((g) => g.isAssignableToRole === true).slice(0, 20);
  const held = sortHeld([
    ...heldRoles(graphRows(input, 'active'), graphRows(input, 'eligible')),
    ...groups.flatMap((g, i) => heldRoles(rowsWithPrefix(input, `group${i}.active`), rowsWithPrefix(input, `group${i}.eligible`), str(g.displayName))),
  ]);
  const base = { title: `Directory roles of ${name}`, ...followUpFields([followUp(`Show audit logs for ${first} for the past 7 days`, `${first}'s audit log, past 7 days`, 'Audit log, past 7 days'), followUp(`Is ${first} registered for MFA?`, `Is ${first} registered for MFA?`, 'Registered for MFA?'), 'Who are the global admins?']) };
  if (held.length === 0) return emptyAnswer(base, `${roleVerdict(input, name, held)}${name} has no directory roles, active or eligible.`);
  const active = held.filter((h) => h.assignment === 'Active').length;
  return tableAnswer(base, `${roleVerdict(input, name, held)}${name} has ${plural(held.length, 'role assignment')}: ${active} active, ${held.length - active} eligible (PIM).`,
    HELD_ROLE_COLUMNS, held.map(heldRoleRow));
}

/** "Yes — … is an active Global Administrator. " when the question named a role ("is Natasha a global admin?"). */
function roleVerdict(input: AnswerInput, name: string, held: readonly HeldRole[]): string {
  const role = input.resolved.role;
  if (!role) return '';
  const hits = held.filter((h) => h.templateId === (role.templateId || role.id) || h.role === role.displayName);
  if (hits.length === 0) return `No — ${name} does not hold ${role.displayName}. `;
  const how = hits.map((h) => `${h.assignment === 'Active' ? 'active' : 'eligible (PIM)'}${h.via ? ` through ${h.via}` : ''}`);
  return `Yes — ${name} holds ${role.displayName}: ${[...new Set(how)].join(', ')}. `;
}

export function answerUserAccessPackages(input: AnswerInput): Answer {
  const { name, first } = who(input);
  const rows = graphRows(input, 'assignments');
  const base = { title: `Access packages of ${name}`, ...followUpFields([followUp(`Which apps can ${first} access?`, `Which apps can ${first} access?`, 'Apps this user can access'), 'Whose access expires this week?', 'Pending access requests']) };
  if (rows.length === 0) return emptyAnswer(base, `${name} has no access package assignments.`);
  const res = graphResult(input, 'assignments');
  return tableAnswer(base, `${plural(rows.length, 'access package assignment')}`,
    [['accessPackage', 'Access package'], ['policy', 'Policy'], ['state', 'State'], ['status', 'Status'], ['expires', 'Expires']],
    sortBy(rows, (r) => str(obj(r.accessPackage).displayName)).map((r) => [
      str(obj(r.accessPackage).displayName) || str(r.accessPackageId) || null, str(obj(r.assignmentPolicy).displayName) || null,
      str(r.state) || null, str(r.status) || null, expiresText(r),
    ]), { totalRows: res.truncated ? undefined : rows.length });
}
