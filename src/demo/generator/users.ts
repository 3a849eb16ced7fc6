import type { GraphObject } from '../model';
import { PERSONAS, PERSONA_KEYS } from '../personas';
import type { Persona, PersonaKey } from '../personas';
import { DEPARTMENTS } from './catalog/departments';
import { FIRST_NAMES, LAST_NAMES } from './catalog/names';
import { OFFICES, OFFICE_WEIGHTS, placeByCity } from './catalog/places';
import type { Place } from './catalog/places';
import { COMPANY, DOMAIN } from './context';
import type { GenContext } from './context';
import { buildGuests } from './guests';
import type { Person } from './person';
import { DAY, iso } from './time';

/** The people of the tenant with the facts later steps need, and the manager relation. */
export interface People {
  readonly all: Person[];
  readonly byPersona: Readonly<Record<PersonaKey, Person>>;
  /** userId → managerId (direct manager). */
  readonly managerOf: Map<string, string>;
}

/** Builds personas, the crowd (with a management chain) and guests. */
export function buildPeople(ctx: GenContext): People {
  const all: Person[] = [];
  const used = new Set<string>();
  const byPersona = {} as Record<PersonaKey, Person>;
  for (const key of PERSONA_KEYS) {
    const person = personaPerson(ctx, key, PERSONAS[key]);
    used.add(person.upn);
    byPersona[key] = person;
    all.push(person);
  }
  const guestCount = Math.max(8, Math.round(ctx.options.users * 0.04));
  const crowdCount = Math.max(DEPARTMENTS.length + 1, ctx.options.users - all.length - guestCount);
  const crowd = buildCrowd(ctx, crowdCount, used);
  all.push(...crowd);
  all.push(...buildGuests(ctx, guestCount));
  const managerOf = assignManagers(ctx, crowd, byPersona);
  return { all, byPersona, managerOf };
}

function personaPerson(ctx: GenContext, key: PersonaKey, persona: Persona): Person {
  const place = placeByCity(persona.city);
  const rng = ctx.rng('persona', PERSONA_KEYS.indexOf(key));
  const created = ctx.anchorMs - rng.int(400, 2400) * DAY - rng.int(0, 86_399) * 1000;
  const isBreakGlass = key === 'breakGlass1' || key === 'breakGlass2';
  return {
    id: ctx.guid(`user:${persona.upn}`),
    upn: persona.upn,
    displayName: persona.displayName,
    givenName: persona.givenName,
    surname: persona.surname,
    mail: isBreakGlass ? null : persona.upn,
    jobTitle: persona.jobTitle,
    department: persona.department,
    companyName: isBreakGlass ? null : COMPANY,
    place,
    userType: 'Member',
    kind: isBreakGlass ? 'breakGlass' : 'member',
    personaKey: key,
    accountEnabled: true,
    createdMs: created,
    passwordChangeMs: ctx.anchorMs - rng.int(20, 150) * DAY - rng.int(0, 86_399) * 1000,
    activity: isBreakGlass ? 'none' : 'active',
    lastSignInOverrideMs: null,
    partner: null,
    externalUserState: null,
    isAdmin: persona.roles.length > 0,
  };
}

function buildCrowd(ctx: GenContext, count: number, used: Set<string>): Person[] {
  const out: Person[] = [];
  const deptWeights = DEPARTMENTS.map((d, i) => [i, d.weight] as const);
  const officeWeights = OFFICES.map((_, i) => [i, OFFICE_WEIGHTS[i] ?? 1] as const);
  for (let i = 0; i < count; i++) {
    const rng = ctx.rng('crowd', i);
    const given = rng.pick(FIRST_NAMES);
    const surname = rng.pick(LAST_NAMES);
    // The CEO first, then one person per department (its head), then weighted.
    const deptIndex = i === 0 ? -1 : i <= DEPARTMENTS.length ? i - 1 : rng.weighted(deptWeights);
    const place: Place = OFFICES[i === 0 ? 4 : rng.weighted(officeWeights)] as Place;
    const upn = uniqueUpn(`${given}.${surname}`, used);
    const roll = rng.next();
    const recentJoiner = i > DEPARTMENTS.length && roll < 0.03;
    const createdMs = recentJoiner
      ? ctx.anchorMs - rng.int(1, Math.max(2, ctx.days - 1)) * DAY - rng.int(0, 86_399) * 1000
      : ctx.anchorMs - rng.int(ctx.days + 10, 3000) * DAY - rng.int(0, 86_399) * 1000;
    const disabled = i > DEPARTMENTS.length && roll >= 0.03 && roll < 0.05;
    const inactive = i > DEPARTMENTS.length && roll >= 0.05 && roll < 0.09;
    const dept = deptIndex >= 0 ? DEPARTMENTS[deptIndex] : undefined;
    out.push({
      id: ctx.guid(`user:${upn}`),
      upn,
      displayName: `${given} ${surname}`,
      givenName: given,
      surname,
      mail: upn,
      jobTitle: dept ? null : 'Chief Executive Officer',
      department: dept ? dept.name : 'Executive',
      companyName: COMPANY,
      place,
      userType: 'Member',
      kind: 'member',
      personaKey: null,
      accountEnabled: !disabled,
      createdMs,
      passwordChangeMs: Math.max(createdMs, ctx.anchorMs - rng.int(1, 200) * DAY - rng.int(0, 86_399) * 1000),
      activity: disabled ? 'disabled' : inactive ? 'inactive' : 'active',
      lastSignInOverrideMs: disabled
        ? ctx.anchorMs - rng.int(ctx.days + 1, ctx.days + 200) * DAY
        : inactive
          ? ctx.anchorMs - rng.int(Math.max(95, ctx.days + 1), 400) * DAY - rng.int(0, 86_399) * 1000
          : null,
      partner: null,
      externalUserState: null,
      isAdmin: false,
    });
  }
  return out;
}

function uniqueUpn(base: string, used: Set<string>): string {
  const clean = base.toLowerCase().replace(/[^a-z.]/g, '');
  let upn = `${clean}@${DOMAIN}`;
  for (let n = 2; used.has(upn); n++) upn = `${clean}${n}@${DOMAIN}`;
  used.add(upn);
  return upn;
}

/** Heads report to the CEO, managers to heads, individual contributors to managers. */
function assignManagers(ctx: GenContext, crowd: Person[], personas: Record<PersonaKey, Person>): Map<string, string> {
  const managerOf = new Map<string, string>();
  const ceo = crowd[0] as Person;
  const byDept = new Map<string, Person[]>();
  for (const person of crowd.slice(1)) {
    const list = byDept.get(person.department ?? '') ?? [];
    list.push(person);
    byDept.set(person.department ?? '', list);
  }
  const heads = new Map<string, Person>();
  const managers = new Map<string, Person[]>();
  for (const dept of DEPARTMENTS) {
    const members = byDept.get(dept.name) ?? [];
    const rng = ctx.rng('org', DEPARTMENTS.indexOf(dept));
    let head = members[0] as Person;
    if (dept.name === 'Finance') {
      head = personas.henrietta;
      members.unshift(head);
    }
    head.jobTitle = dept.headTitle;
    heads.set(dept.name, head);
    managerOf.set(head.id, ceo.id);
    const rest = members.slice(1);
    const managerCount = Math.max(1, Math.ceil(rest.length / 9));
    const mgrs = rest.slice(0, managerCount);
    if (dept.name === 'Finance') mgrs.unshift(personas.megan);
    for (const m of mgrs) {
      if (m.personaKey === null) m.jobTitle = dept.managerTitle;
      managerOf.set(m.id, head.id);
    }
    managers.set(dept.name, mgrs);
    // Finance: Megan has four direct reports; the first leads a small team of two more (a chain under Megan).
    const ics = rest.slice(managerCount);
    const lead = dept.name === 'Finance' ? ics[0] : undefined;
    ics.forEach((ic, k) => {
      ic.jobTitle = rng.pick(dept.titles);
      const mgr = lead !== undefined && k < 4 ? personas.megan : lead !== undefined && (k === 4 || k === 5) ? lead : rng.pick(mgrs);
      managerOf.set(ic.id, mgr.id);
    });
    if (lead !== undefined && ics.length > 4) lead.jobTitle = 'Finance Team Lead';
  }
  for (const key of PERSONA_KEYS) {
    const person = personas[key];
    if (person.department === null || managerOf.has(person.id)) continue;
    if (key === 'karita') {
      managerOf.set(person.id, personas.megan.id);
      continue;
    }
    const mgrs = managers.get(person.department) ?? [];
    const rng = ctx.rng('persona-manager', PERSONA_KEYS.indexOf(key));
    const mgr = mgrs.length > 0 ? rng.pick(mgrs) : heads.get(person.department);
    if (mgr) managerOf.set(person.id, mgr.id);
  }
  return managerOf;
}

/** The Graph v1.0 user object of a person (signInActivity filled in later). */
export function userObject(person: Person, signInActivity: Record<string, string | null> | null, index: number): GraphObject {
  const guest = person.userType === 'Guest' || person.partner !== null;
  const employee = person.kind === 'member';
  return {
    id: person.id,
    displayName: person.displayName,
    givenName: person.givenName,
    surname: person.surname,
    userPrincipalName: person.upn,
    mail: person.mail,
    mailNickname: person.upn.split('@')[0] ?? person.upn,
    jobTitle: person.jobTitle,
    department: person.department,
    companyName: person.companyName,
    employeeId: employee ? `WGB${String(100_000 + index * 7)}` : null,
    employeeType: employee ? 'Employee' : null,
    employeeHireDate: employee ? iso(person.createdMs - 14 * DAY) : null,
    officeLocation: guest || person.kind === 'breakGlass' ? null : `${person.place.city} office`,
    city: guest ? null : person.place.city,
    state: guest ? null : person.place.state,
    country: guest ? null : person.place.countryName,
    usageLocation: person.place.countryOrRegion,
    businessPhones: [],
    mobilePhone: null,
    preferredLanguage: 'en-US',
    accountEnabled: person.accountEnabled,
    userType: person.userType,
    creationType: person.partner ? 'Invitation' : null,
    externalUserState: person.externalUserState,
    externalUserStateChangeDateTime: person.externalUserState ? iso(person.createdMs + DAY) : null,
    createdDateTime: iso(person.createdMs),
    lastPasswordChangeDateTime: iso(person.passwordChangeMs),
    passwordPolicies: person.kind === 'breakGlass' ? 'DisablePasswordExpiration' : null,
    onPremisesSyncEnabled: null,
    signInActivity,
  };
}
