import type { GraphObject } from '../model';
import type { AuditSpec } from './audit-object';
import { userInitiator } from './audits-story';
import { FIRST_NAMES, LAST_NAMES } from './catalog/names';
import { COMPANY, DOMAIN } from './context';
import type { GenContext } from './context';
import type { People } from './users';
import { DAY, iso } from './time';

/**
 * Deleted users: Graph keeps a deleted user in `/directory/deletedItems` for 30 days, during which
 * it can be restored; after that it is deleted for good and Graph no longer lists it. So every user
 * here was deleted less than 30 days before the anchor. The story: Miriam Graham left three days
 * ago, Lynne Robbins 28 days ago (two days left to restore her), Pradeep Gupta 12 days ago, and a
 * few more of the crowd (about 1 % of the tenant's size) across the month. Deleted users are not in
 * `users` and have no sign-ins; their deletion is in the audit log when it falls in its window.
 */
export interface DeletedUser {
  readonly object: GraphObject;
  readonly deletedMs: number;
  readonly department: string;
}

const STORY: readonly { given: string; surname: string; department: string; jobTitle: string; daysAgo: number }[] = [
  { given: 'Miriam', surname: 'Graham', department: 'Marketing', jobTitle: 'Marketing Specialist', daysAgo: 3 },
  { given: 'Lynne', surname: 'Robbins', department: 'Retail Banking', jobTitle: 'Personal Banker', daysAgo: 28 },
  { given: 'Pradeep', surname: 'Gupta', department: 'Finance', jobTitle: 'Accountant', daysAgo: 12 },
];

const DEPTS = ['Retail Banking', 'Sales', 'Operations', 'Engineering', 'Marketing'] as const;

/** The deleted users, most recently deleted first. */
export function buildDeletedUsers(ctx: GenContext, people: People): DeletedUser[] {
  const used = new Set(people.all.map((p) => p.upn));
  const extra = Math.max(2, Math.round(ctx.options.users * 0.01));
  const specs = [...STORY];
  for (let i = 0; i < extra; i++) {
    const rng = ctx.rng('deleted-user', i);
    specs.push({ given: rng.pick(FIRST_NAMES), surname: rng.pick(LAST_NAMES), department: rng.pick(DEPTS), jobTitle: 'Analyst', daysAgo: rng.int(1, 29) });
  }
  const out = specs.map((s, i): DeletedUser => {
    const rng = ctx.rng('deleted-user-time', i);
    // Letters only in the name part; a clash takes a number after it (stripping the number as well
    // would give the same name again, for ever).
    const base = `${s.given}.${s.surname}`.toLowerCase().replace(/[^a-z.]/g, '');
    let upn = base;
    for (let n = 2; used.has(`${upn}@${DOMAIN}`); n++) upn = `${base}${n}`;
    used.add(`${upn}@${DOMAIN}`);
    const mail = `${upn}@${DOMAIN}`;
    const id = ctx.guid(`deleted-user:${mail}`);
    const deletedMs = ctx.anchorMs - s.daysAgo * DAY + rng.int(0, 20_000) * 1000;
    return {
      deletedMs,
      department: s.department,
      object: {
        id,
        displayName: `${s.given} ${s.surname}`,
        givenName: s.given,
        surname: s.surname,
        // Graph renames a deleted user's UPN to its object id (without dashes) followed by the old UPN.
        userPrincipalName: `${id.replace(/-/g, '')}${mail}`,
        mail,
        jobTitle: s.jobTitle,
        department: s.department,
        companyName: COMPANY,
        accountEnabled: true,
        userType: 'Member',
        createdDateTime: iso(deletedMs - rng.int(200, 2000) * DAY),
        deletedDateTime: iso(deletedMs),
      },
    };
  });
  return out.sort((a, b) => b.deletedMs - a.deletedMs);
}

/** "Delete user" audit events (by Adele, the User Administrator), for the window's filter to keep or drop. */
export function deletionAudits(people: People, deleted: readonly DeletedUser[]): AuditSpec[] {
  const admin = people.byPersona.adele;
  return deleted.map((d) => ({
    atMs: d.deletedMs,
    activity: 'Delete user',
    category: 'UserManagement',
    service: 'Core Directory',
    operationType: 'Delete',
    initiatedBy: userInitiator(admin),
    targets: [{ id: d.object.id, displayName: String(d.object['displayName']), type: 'User', userPrincipalName: String(d.object['mail']) }],
  }));
}
