import type { Gazetteer } from '../names/gazetteer';
import { BUILT_IN_ROLES, roleAliases } from '../names/roles';

/**
 * The training tenant: names that are NOT the demo tenant's, so that the classifier learns from
 * placeholders, never from the names it will be tested on.
 */
const PEOPLE: readonly (readonly [string, string])[] = [
  ['Adele Vance', 'adelev'], ['Lee Gu', 'leeg'], ['Pradeep Gupta', 'pradeepg'], ['Lidia Holloway', 'lidiah'],
  ['Nestor Wilke', 'nestorw'], ['Diego Siciliani', 'diegos'], ['Isaiah Langer', 'isaiahl'],
  ['Johanna Lorenz', 'johannal'], ['Grady Archie', 'gradya'], ['Miriam Graham', 'miriamg'],
  ['Patti Fernandez', 'pattif'], ['Lynne Robbins', 'lynner'], ['Joni Sherman', 'jonis'],
  ['Alex Wilber', 'alexw'], ['Henrietta Mueller', 'henriettam'], ['Irvin Sayers', 'irvins'],
  ['Enrico Cattaneo', 'enricoc'], ['Christie Cline', 'christiec'], ['Debra Berger', 'debrab'],
  ['Emily Braun', 'emilyb'],
];

export const TRAINING_GAZETTEER: Gazetteer = {
  users: PEOPLE.map(([displayName, prefix]) => ({ displayName, upn: `${prefix}@contoso.com` })),
  groups: ['Marketing Team', 'Sales and Marketing', 'Retail', 'HR Taskforce', 'Engineering', 'Contoso Web',
    'All Company', 'US Sales', 'Leadership', 'IT Operations', 'Mark 8 Project Team', 'Design Review Board'],
  apps: ['ServiceNow', 'Workday', 'Dropbox Business', 'Zoom', 'Slack', 'Adobe Creative Cloud',
    'GitHub Enterprise', 'Box', 'DocuSign', 'Tableau', 'Concur', 'Jira Cloud'],
  roles: BUILT_IN_ROLES,
  accessPackages: ['Contractor Onboarding', 'Sales Tools', 'Research Lab Access', 'Project Phoenix', 'Partner Portal'],
  catalogs: ['General', 'Engineering Resources', 'Partners', 'Finance Tools'],
  departments: ['Legal', 'Operations', 'Human Resources', 'Engineering', 'Research'],
};

/** Names the training tenant does not know: they reach the classifier as `@name`. */
export const UNKNOWN_NAMES: readonly string[] = [
  'Zephyr Quill', 'Tomasz', 'Ingrid Novak', 'Ravi', 'Quentin', 'Hexagon Ops', 'Blue Yonder', 'Oskar',
  'Priya Raman', 'Kowalski', 'Yusuf', 'Nakamura', 'Ottoline', 'Bartholomew', 'Zaragoza Crew',
];

export const TIMES: readonly string[] = [
  'for the past 48 hours', 'in the last 7 days', 'over the past week', 'yesterday', 'today', 'this week',
  'this month', 'last month', 'since Monday', 'since last Friday', 'in the past 24 hours', 'last 30 days',
  'between January 1 and March 14', 'from March 1 to March 14', 'on 2024-01-13', 'the past 72 hours',
  'past 90 days', 'in the last 2 weeks', 'during the last hour', 'for 90 days', 'last week', 'past 3 days',
  'in the next 7 days', 'within 30 days', 'this year', 'since 2024-02-01', 'last 12 hours', 'on March 13',
];

export const DATES: readonly string[] = ['on March 13', 'on 2024-01-13', 'as of March 13', 'as of 2024-03-01', 'on January 5, 2024', 'on 13 March'];
export const RANGES: readonly string[] = ['January 1 and March 14', 'March 1 and March 14', '2024-01-01 and 2024-03-14', 'Feb 1 to Feb 28', 'March 1 to March 14', 'Monday'];
export const CODES: readonly string[] = ['50126', '53003', '50074', '500121', '50053', '50057', 'AADSTS50076', '70044', '90072'];
export const IPS: readonly string[] = ['203.0.113.7', '198.51.100.23', '192.0.2.44', '10.1.2.3'];
export const COUNTRIES_FILL: readonly string[] = ['Brazil', 'Nigeria', 'Russia', 'China', 'Germany', 'India', 'France'];
export const GUIDS: readonly string[] = ['4f1c7a3e-2b9d-4e0a-9c51-8d2e6f7a1b30', 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d'];
export const NUMBERS: readonly string[] = ['5', '10', '3', '20', 'five', '25'];

export function roleFillers(): string[] {
  return BUILT_IN_ROLES.flatMap((r) => roleAliases(r).slice(0, 3));
}

export const USER_REFS: readonly string[] = ['her', 'him', 'this user', 'that user', 'the user', 'this person'];
export const POSSESSIVE_REFS: readonly string[] = ['her', 'his', "this user's", "that account's", 'their', 'my'];
