/**
 * The named people of the Woodgrove Bank demo tenant (demo-tenant.md). They exist in every
 * generated tenant, whatever the seed and size, with these UPNs and roles. Tests, the bot's
 * default asker and the docs refer to them through this constant.
 */

/** How a persona holds a directory role. */
export type RoleHolding = 'permanent' | 'eligible' | 'viaGroup';

/** A directory role a persona holds, by its built-in display name. */
export interface PersonaRole {
  readonly role: string;
  readonly holding: RoleHolding;
}

/** One named person (or account) of the demo tenant. */
export interface Persona {
  readonly upn: string;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly surname: string | null;
  readonly jobTitle: string | null;
  readonly department: string | null;
  /** Office city (one of the generator's offices). */
  readonly city: string;
  readonly roles: readonly PersonaRole[];
  /** One line on the persona's story in the demo. */
  readonly story: string;
}

function p(
  upn: string, displayName: string, givenName: string | null, surname: string | null,
  jobTitle: string | null, department: string | null, city: string,
  roles: readonly PersonaRole[], story: string,
): Persona {
  return { upn, displayName, givenName, surname, jobTitle, department, city, roles, story };
}

const perm = (role: string): PersonaRole => ({ role, holding: 'permanent' });
const elig = (role: string): PersonaRole => ({ role, holding: 'eligible' });
const viaGroup = (role: string): PersonaRole => ({ role, holding: 'viaGroup' });

export const PERSONAS = {
  karita: p('karita@woodgrovebank.com', 'Karita Lehtonen', 'Karita', 'Lehtonen', 'Financial Analyst', 'Finance', 'Seattle', [],
    'High-risk user: 50126 run from a foreign IP, success there without MFA, then 50074; password reset by an admin.'),
  julieta: p('julieta@woodgrovebank.com', 'Julieta Oliveira', 'Julieta', 'Oliveira', 'Marketing Specialist', 'Marketing', 'New York', [],
    'High-risk user: one risky Azure Portal sign-in from an unfamiliar location, threat intelligence detection, no MFA.'),
  giovanna: p('giovanna@woodgrovebank.com', 'Giovanna Costa', 'Giovanna', 'Costa', 'Sales Representative', 'Sales', 'Chicago', [],
    'Medium risk from an anonymous IP address, remediated by a secure password change.'),
  natasha: p('natasha@woodgrovebank.com', 'Natasha Romanova', 'Natasha', 'Romanova', 'SOC Analyst', 'Security', 'Seattle', [perm('Security Reader')],
    'SOC analyst investigating risky users.'),
  jason: p('jason@woodgrovebank.com', 'Jason Miller', 'Jason', 'Miller', 'IT Administrator', 'IT', 'Seattle', [perm('Application Administrator')],
    'IT admin who manages app registrations.'),
  alain: p('alain@woodgrovebank.com', 'Alain Charon', 'Alain', 'Charon', 'Field Service Technician', 'Operations', 'San Francisco', [],
    'Member of the Microsoft 365 group "MDM policy - West".'),
  megan: p('meganb@woodgrovebank.com', 'Megan Bowen', 'Megan', 'Bowen', 'Finance Manager', 'Finance', 'Seattle', [],
    'Finance Manager: owner of Finance Department, manager of Karita and other analysts.'),
  henrietta: p('henriettam@woodgrovebank.com', 'Henrietta Mueller', 'Henrietta', 'Mueller', 'Chief Financial Officer', 'Finance', 'New York', [],
    'CFO, second owner of Finance Department, Megan\'s manager.'),
  patti: p('adm-patti@woodgrovebank.com', 'Patti Fernandez (Admin)', 'Patti', 'Fernandez', 'Identity Administrator', 'IT', 'Seattle', [perm('Global Administrator')],
    'Global Administrator; the default asker of `entra-ask ask`. Reset Karita\'s password.'),
  nestor: p('nestor@woodgrovebank.com', 'Nestor Wilke', 'Nestor', 'Wilke', 'IT Director', 'IT', 'Chicago', [perm('Global Administrator')],
    'Global Administrator assigned outside PIM; the admin account without the adm- prefix.'),
  lee: p('adm-lee@woodgrovebank.com', 'Lee Gu (Admin)', 'Lee', 'Gu', 'Identity Engineer', 'Security', 'Seattle', [elig('Privileged Role Administrator')],
    'PIM-eligible Privileged Role Administrator who activated the role recently.'),
  adele: p('adm-adele@woodgrovebank.com', 'Adele Vance (Admin)', 'Adele', 'Vance', 'IT Support Lead', 'IT', 'Denver', [perm('User Administrator')],
    'User Administrator; issued a Temporary Access Pass to Grady.'),
  diego: p('adm-diego@woodgrovebank.com', 'Diego Siciliani (Admin)', 'Diego', 'Siciliani', 'Helpdesk Engineer', 'IT', 'New York', [viaGroup('Helpdesk Administrator')],
    'Helpdesk Administrator through the role-assignable group "Helpdesk Admins".'),
  isaiah: p('adm-isaiah@woodgrovebank.com', 'Isaiah Langer (Admin)', 'Isaiah', 'Langer', 'Security Engineer', 'Security', 'London', [elig('Security Administrator')],
    'PIM-eligible Security Administrator with an activation still active at the anchor time.'),
  grady: p('adm-grady@woodgrovebank.com', 'Grady Archie (Admin)', 'Grady', 'Archie', 'Helpdesk Engineer', 'IT', 'Charlotte', [viaGroup('Helpdesk Administrator'), elig('Authentication Administrator')],
    'The admin not registered for MFA; received a Temporary Access Pass.'),
  breakGlass1: p('breakglass01@woodgrovebank.onmicrosoft.com', 'Emergency Access 01', null, null, null, null, 'Seattle', [perm('Global Administrator')],
    'Cloud-only emergency-access account, excluded from Conditional Access; unused.'),
  breakGlass2: p('breakglass02@woodgrovebank.onmicrosoft.com', 'Emergency Access 02', null, null, null, null, 'Seattle', [perm('Global Administrator')],
    'Cloud-only emergency-access account, excluded from Conditional Access; signed in recently.'),
  ratih: p('ratih@woodgrovebank.com', 'Ratih Winata', 'Ratih', 'Winata', 'Research Analyst', 'Research', 'Singapore', [],
    'Low-risk user (unfamiliar sign-in properties).'),
  sascha: p('sascha@woodgrovebank.com', 'Sascha Lange', 'Sascha', 'Lange', 'Account Executive', 'Sales', 'Frankfurt am Main', [],
    'Medium-risk user (atypical travel).'),
} as const satisfies Record<string, Persona>;

export type PersonaKey = keyof typeof PERSONAS;

/** The Global Administrator persona `entra-ask ask` answers as by default. */
export const DEFAULT_ASKER_UPN: string = PERSONAS.patti.upn;

/** The emergency-access accounts (privileged.breakGlass). */
export const BREAK_GLASS_UPNS: readonly string[] = [PERSONAS.breakGlass1.upn, PERSONAS.breakGlass2.upn];

export const PERSONA_KEYS = Object.keys(PERSONAS) as PersonaKey[];
