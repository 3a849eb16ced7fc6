import type { Answer, Cell, Section } from '../../answers/answer';
import { graphResult, graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, obj, plural, str } from '../../answers/format';
import { expiringWindow, policyApprovers } from './access-packages.plan';
import { byId, capNote, emptyAnswer, expiresText, fact, facts, followUp, followUpFields, inWindow, rowsWithPrefix, sortBy, tableAnswer } from '../../answers/answer-kit';
import { humanize } from '../../answers/risk-words';

export function answerAccessPackages(input: AnswerInput): Answer {
  const catalog = input.intent.slots.catalog;
  const packages: { pkg: Row; catalog: string }[] = catalog
    ? graphRows(input, 'catalogs').flatMap((c) => (Array.isArray(c.accessPackages) ? (c.accessPackages as Row[]) : []).map((p) => ({ pkg: p, catalog: str(c.displayName) })))
    : graphRows(input, 'packages').map((p) => ({ pkg: p, catalog: str(obj(p.catalog).displayName) }));
  const base = { title: catalog ? `Access packages in the ${catalog} catalog` : 'Access packages', ...followUpFields([...packages.slice(0, 2).map((p) => followUp(`What does ${str(p.pkg.displayName)} give access to and who approves it?`, `What ${str(p.pkg.displayName)} gives`, `About ${str(p.pkg.displayName)}`)), 'Pending access requests']) };
  if (packages.length === 0) {
    return emptyAnswer(base, catalog && graphRows(input, 'catalogs').length === 0 ? `No catalog called "${catalog}".` : `No access packages${catalog ? ` in ${catalog}` : ''}.`);
  }
  return tableAnswer(base, `${plural(packages.length, 'access package')}${catalog ? '' : ` in ${plural(new Set(packages.map((p) => p.catalog)).size, 'catalog')}`}.`,
    [['displayName', 'Access package'], ['catalog', 'Catalog'], ['description', 'Description'], ['hidden', 'Hidden'], ['createdDateTime', 'Created']],
    sortBy(packages, (p) => `${p.catalog}\u0000${str(p.pkg.displayName)}`).map(({ pkg, catalog: c }): Cell[] => [
      str(pkg.displayName), c || null, str(pkg.description) || null, pkg.isHidden === true ? 'Yes' : 'No', formatDateTime(pkg.createdDateTime),
    ]));
}

/** Entitlement management's resource `originSystem` in words ("AadGroup" is a group, not an "Aad group"). */
const ORIGIN_NAMES: Readonly<Record<string, string>> = {
  AadGroup: 'Group', AadApplication: 'Application', SharePointOnline: 'SharePoint Online site', DirectoryRole: 'Directory role',
};
function originName(value: string): string {
  return ORIGIN_NAMES[value] ?? humanize(value);
}

function approverText(a: Row, users: Map<string, Row>, groups: Map<string, Row>): string {
  const type = str(a['@odata.type']).replace('#microsoft.graph.', '');
  if (type === 'singleUser') { const u = users.get(str(a.userId)); return u ? `${str(u.displayName)} (${str(u.userPrincipalName)})` : str(a.description) || str(a.userId); }
  if (type === 'groupMembers') return `members of ${str(groups.get(str(a.groupId))?.displayName) || str(a.description) || str(a.groupId)}`;
  // Lower case: these read inside sentences ("Approval: required, by the requestor's manager").
  if (type === 'requestorManager') return "the requestor's manager";
  if (type === 'internalSponsors') return 'internal sponsors';
  if (type === 'externalSponsors') return 'external sponsors';
  return str(a.description) || humanize(type);
}

function expirationText(policy: Row): string {
  const e = obj(policy.expiration);
  const t = str(e.type);
  if (t === 'noExpiration') return 'never expire';
  if (t === 'afterDateTime') return `expire on ${String(formatDateTime(e.endDateTime))}`;
  const d = /^P(\d+)D$/.exec(str(e.duration));
  return d ? `expire after ${plural(Number(d[1]), 'day')}` : str(e.duration) ? `expire after ${str(e.duration)}` : 'have no expiration set';
}

function whoCanRequest(policy: Row): string {
  const scope = str(policy.allowedTargetScope);
  return ({
    allMemberUsers: 'all members', allDirectoryUsers: 'all users in the directory', allExternalUsers: 'all external users',
    allConfiguredConnectedOrganizationUsers: 'users of connected organizations', specificConnectedOrganizationUsers: 'users of specific connected organizations',
    specificDirectoryUsers: 'specific users and groups', notSpecified: 'only admins (direct assignment)',
  } as Record<string, string>)[scope] ?? (humanize(scope).toLowerCase() || 'not set');
}

export function answerAccessPackageDetails(input: AnswerInput): Answer {
  const name = input.resolved.accessPackage?.displayName ?? 'the access package';
  const pkg = graphRows(input, 'package')[0];
  const followUps = followUpFields([followUp(`Who has ${name}?`, `Who has ${name}?`, 'Who has this package?'), 'Pending access requests', 'Whose access expires this week?']);
  if (!pkg) return emptyAnswer({ title: name, ...followUps }, `No access package ${name} was found.`);
  const users = byId(rowsWithPrefix(input, 'approvers.users'));
  const groups = byId(rowsWithPrefix(input, 'approvers.groups'));
  const scopes = Array.isArray(pkg.resourceRoleScopes) ? (pkg.resourceRoleScopes as Row[]) : [];
  const rows = scopes.map((s): Cell[] => {
    const role = obj(s.role);
    const scope = obj(s.scope);
    return [str(obj(role.resource).displayName) || str(scope.displayName) || null, originName(str(role.originSystem || scope.originSystem)) || null, str(role.displayName) || null];
  });
  const policies = graphRows(input, 'policies');
  const policySections: Section[] = policies.map((p) => {
    const approval = obj(p.requestApprovalSettings);
    const approvers = [...new Set(policyApprovers(p).map((a) => approverText(a, users, groups)))];
    const needsApproval = approval.isApprovalRequiredForAdd === true;
    return {
      title: `Policy: ${str(p.displayName)}`,
      bullets: [
        `Who can request: ${whoCanRequest(p)}.`,
        needsApproval ? `Approval: required, by ${approvers.join(', ') || 'no approver set'}.` : 'Approval: not required.',
        `Assignments ${expirationText(p)}.`,
        ...(obj(p.reviewSettings).isEnabled === true ? ['Access reviews: on.'] : []),
      ],
    };
  });
  const approverNames = [...new Set(policies.flatMap((p) => policyApprovers(p).map((a) => approverText(a, users, groups))))];
  return {
    kind: 'facts', title: `${str(pkg.displayName)} — what it gives and who approves it`, ...followUps,
    summary: `${plural(rows.length, 'resource role')}, ${plural(policies.length, 'policy', 'policies')}; approvers: ${approverNames.join(', ') || 'none'}.`,
    columns: ['resource', 'resourceType', 'role'], columnTitles: ['Resource', 'Type', 'Role'], rows,
    facts: facts(fact('Catalog', str(obj(pkg.catalog).displayName)), fact('Description', pkg.description), fact('Hidden', pkg.isHidden === true ? 'Yes' : undefined), fact('Created', formatDateTime(pkg.createdDateTime))),
    sections: policySections,
  };
}

/**
 * Member or external, from an accessPackageSubject (`connectedOrganization`, `principalName`) or,
 * when `target` was expanded to the directory user, from its `userType` and UPN.
 */
function targetKind(t: Row): string {
  const org = obj(t.connectedOrganization);
  if (str(org.displayName)) return `External (${str(org.displayName)})`;
  const external = /#EXT#/i.test(subjectName(t)) || str(t.userType) === 'Guest' || str(t.subjectType) === 'externalUser';
  return external ? 'External' : 'Member';
}

function subjectName(t: Row): string {
  return str(t.principalName) || str(t.userPrincipalName);
}

const ASSIGNMENT_COLUMNS = [
  ['displayName', 'Name'], ['principalName', 'User principal name'], ['userType', 'Type'], ['accessPackage', 'Access package'], ['policy', 'Policy'],
  ['state', 'State'], ['expires', 'Expires'],
] as const;

function assignmentRow(a: Row): Cell[] {
  const t = obj(a.target);
  return [str(t.displayName) || null, subjectName(t) || str(t.email) || str(t.mail) || null, targetKind(t), str(obj(a.accessPackage).displayName) || null,
    str(obj(a.assignmentPolicy).displayName) || null, humanize(str(a.state)) || null, expiresText(a)];
}

export function answerAccessPackageAssignments(input: AnswerInput): Answer {
  const ap = input.resolved.accessPackage;
  const res = graphResult(input, 'assignments');
  const state = input.intent.slots.state;
  const externalOnly = input.intent.slots.userType === 'guest';
  const rows = externalOnly ? res.rows.filter((a) => targetKind(obj(a.target)) !== 'Member') : res.rows;
  const what = `${state ? `${humanize(state).toLowerCase()} ` : ''}${externalOnly ? 'external users\' ' : ''}assignments`;
  const base = { title: ap ? `Who has ${ap.displayName}` : `Access package ${what}`, followUps: ['Whose access expires this week?', 'Pending access requests', 'List access packages'] };
  if (rows.length === 0) return emptyAnswer(base, `No ${what}${ap ? ` of ${ap.displayName}` : ''}.`);
  const external = rows.filter((a) => targetKind(obj(a.target)) !== 'Member').length;
  return tableAnswer(base, `${plural(rows.length, what.replace(/s$/, ''), what)}${capNote(res.truncated, rows.length)}; ${external} external.`,
    ASSIGNMENT_COLUMNS, sortBy(rows, (a) => str(obj(a.target).displayName)).map(assignmentRow));
}

export function answerAssignmentsExpiring(input: AnswerInput): Answer {
  const w = expiringWindow(input.intent.slots.window, input.now);
  const res = graphResult(input, 'assignments');
  const end = (a: Row) => Date.parse(str(obj(obj(a.schedule).expiration).endDateTime));
  const hits = sortBy(res.rows.filter((a) => { const t = end(a); return !Number.isNaN(t) && t >= w.from.getTime() && t < w.to.getTime(); }), (a) => str(obj(obj(a.schedule).expiration).endDateTime));
  const win = input.intent.slots.window;
  const when = win && 'from' in win ? inWindow(win, 'P30D') : inWindow(win, 'P30D').replace('the last', 'the next');
  const ap = input.resolved.accessPackage;
  const base = { title: `Access package assignments expiring ${when}${ap ? ` (${ap.displayName})` : ''}`, followUps: ['Pending access requests', 'List access packages'] };
  if (hits.length === 0) return emptyAnswer(base, `No access package assignments expire ${when}.`);
  return tableAnswer(base, `${plural(hits.length, 'assignment')} ${hits.length === 1 ? 'expires' : 'expire'} ${when}${capNote(res.truncated, hits.length)}.`, ASSIGNMENT_COLUMNS, hits.map(assignmentRow));
}

export function answerPendingRequests(input: AnswerInput): Answer {
  const res = graphResult(input, 'requests');
  const ap = input.resolved.accessPackage;
  const base = { title: `Pending access requests${ap ? ` for ${ap.displayName}` : ''}`, followUps: ['Whose access expires this week?', 'List access packages'] };
  if (res.rows.length === 0) return emptyAnswer(base, `No access requests waiting for approval${ap ? ` for ${ap.displayName}` : ''}.`);
  const rows = sortBy(res.rows, (r) => str(r.createdDateTime)).map((r): Cell[] => {
    const who = obj(r.requestor);
    return [formatDateTime(r.createdDateTime), str(who.displayName) || null, str(who.email) || str(who.mail) || subjectName(who) || null, str(obj(r.accessPackage).displayName) || null,
      humanize(str(r.requestType)) || null, str(r.justification) || null, humanize(str(r.status || r.state)) || null];
  });
  return tableAnswer(base, `${plural(rows.length, 'request')} waiting for approval${capNote(res.truncated, rows.length)}.`, [
    ['createdDateTime', 'Requested'], ['requestor', 'Requestor'], ['email', 'E-mail'], ['accessPackage', 'Access package'], ['requestType', 'Request'],
    ['justification', 'Justification'], ['status', 'Status'],
  ], rows);
}
