import type { TemplateSet } from './template-set';

/** Paraphrase templates: reports over snapshots (seed 000). */
export const REPORT_TEMPLATES: TemplateSet = {
  'report.appAccessAsOf': [
    '(who|which users) (could|were able to) (access|use|get into) {app} {date} (directly or via groups|including group members|through groups)',
    // Without "direct and through groups" the question is app.users with a date (questions.md), answered by the same snapshots.
    'who had access to {app} {date}, direct and through groups',
    '(who|which users) (had|were assigned) access to {app} (on|as of) {date} (directly or through groups|direct and through groups|including groups)',
    '(snapshot|report) of (access|assignments) to {app} (on|as of) {date}',
    '{app} access (on|as of) {date} (direct and through groups|including group members|report)',
    'as of {date} who could access {app}',
  ],
  'report.appAccessBetween': [
    '(who|which users) (could|were able to) (get into|access|use|sign into) {app} (between|from) {range}',
    'who (had|held|kept) (an assignment|a role) (in|on|for) {app} (between|from) {range}',
    'who had access to {app} (between|from) {range}',
    '(who|which users) (had|held) access to {app} (at any time|at some point) (between|from) {range}',
    '(access|assignments) (to|for) {app} (between|from) {range}',
    '{app} access report (between|from) {range}',
  ],
  'report.appAccessAdded': [
    'who was (added|given access|granted access|assigned) to {app} (between|from|since) {range}',
    '(who|which users) (gained|got|received) access to {app} (between|from|since) {range}',
    '(new|newly added) (users|assignments|members) (of|for|in) {app} (between|from|since) {range}',
    'who (was|got) added to {app} {time}',
    'new {app} (users|assignments) {time}',
  ],
  'report.groupMembersByDepartment': [
    '(members|membership) of these {n} groups by department',
    '(list|show|break down|group) (the )?members of {group} (and|,) {group} by department',
    '(members|people) (of|in) {group} (by|per|grouped by) department',
    'department breakdown of (the )?members of {group} [and {group}]',
    '(count|how many) members (of|in) {group} (by|per|in each) department',
    'for (the groups|these groups) {group}, {group} and {group} (show|list) members by department',
  ],
};
