import { FIRST_NAMES, LAST_NAMES } from './catalog/names';
import { PARTNERS } from './catalog/partners';
import type { Partner } from './catalog/partners';
import { INITIAL_DOMAIN } from './context';
import type { GenContext } from './context';
import type { Person } from './person';
import { DAY } from './time';

/**
 * Guests from the two partner organisations. Every third guest never accepted or never signed in;
 * the second Contoso guest was converted to a member (userType Member, #EXT# UPN kept).
 */
export function buildGuests(ctx: GenContext, count: number): Person[] {
  const out: Person[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const partner = PARTNERS[i % PARTNERS.length] as Partner;
    const rng = ctx.rng('guest', i);
    const given = rng.pick(FIRST_NAMES);
    const surname = rng.pick(LAST_NAMES);
    let local = `${given}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '');
    for (let n = 2; used.has(local + partner.domain); n++) local = `${given}.${surname}${n}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    used.add(local + partner.domain);
    const mail = `${local}@${partner.domain}`;
    const upn = `${local}_${partner.domain}#EXT#@${INITIAL_DOMAIN}`;
    const neverSignedIn = i % 3 === 2;
    const pending = neverSignedIn && i % 2 === 0;
    const convertedToMember = i === 3;
    // Guests 5 and 6 were invited recently (3 and 9 days before the anchor): audited invitations.
    const daysAgo = i === 5 ? 3 : i === 6 ? 9 : rng.int(ctx.days + 5, 700);
    const createdMs = ctx.anchorMs - daysAgo * DAY - rng.int(0, 86_399) * 1000;
    out.push({
      id: ctx.guid(`user:${upn}`),
      upn,
      displayName: `${given} ${surname} (${partner.name})`,
      givenName: given,
      surname,
      mail,
      jobTitle: rng.pick(['Consultant', 'Account Manager', 'Project Manager', 'Auditor', null]),
      department: null,
      companyName: partner.name,
      place: partner.place,
      userType: convertedToMember ? 'Member' : 'Guest',
      kind: 'guest',
      personaKey: null,
      accountEnabled: true,
      createdMs,
      passwordChangeMs: createdMs,
      activity: neverSignedIn ? 'none' : 'active',
      lastSignInOverrideMs: null,
      partner: partner.name,
      externalUserState: pending ? 'PendingAcceptance' : 'Accepted',
      isAdmin: false,
    });
  }
  return out;
}
