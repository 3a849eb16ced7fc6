import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAnswerCard } from '../../src/cards';
import type { Intent } from '../../src/understanding/intent';
import { validateCard } from '../cards/validate-card';
import { startRealTenant, upn, type RealTenant } from './real-tenant';

/** Every intent of this family renders to a valid Adaptive Card that keeps its facts, sections and rows. */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

const INTENTS: Intent[] = [
  { name: 'user.passwordChange', slots: { user: upn('karita') } },
  { name: 'user.devices', slots: { user: upn('karita') } },
  { name: 'user.authMethods', slots: { user: upn('karita') } },
  { name: 'user.roles', slots: { user: upn('grady') } },
  { name: 'user.apps', slots: { user: upn('karita') } },
  { name: 'user.accessPackages', slots: { user: upn('alain') } },
  { name: 'users.search', slots: { userType: 'guest' } },
  { name: 'users.inactive', slots: {} },
  { name: 'group.details', slots: { group: 'Finance Department' } },
  { name: 'group.roles', slots: { group: 'Helpdesk Admins' } },
  { name: 'group.apps', slots: { group: 'Finance Department' } },
  { name: 'groups.ownedBy', slots: { user: upn('megan') } },
  { name: 'groups.ownerless', slots: {} },
  { name: 'groups.search', slots: { groupType: 'security' } },
  { name: 'riskyUsers.list', slots: {} },
  { name: 'riskyUser.details', slots: { user: upn('karita') } },
  { name: 'riskyUser.history', slots: { user: upn('giovanna') } },
  { name: 'riskyUser.detections', slots: { user: upn('karita') } },
  { name: 'riskyUser.signIns', slots: { user: upn('karita') } },
  { name: 'riskyUser.summary', slots: { user: upn('karita') } },
  { name: 'riskyApps.list', slots: {} },
  { name: 'audit.forUser', slots: { user: upn('patti'), window: { last: 'P30D' } } },
  { name: 'audit.changes', slots: { targetType: 'role', window: { last: 'P30D' } } },
  { name: 'audit.forObject', slots: { group: 'Mortgage Pilot Team' } },
  { name: 'app.details', slots: { app: 'Salesforce' } },
  { name: 'app.owners', slots: { app: 'Salesforce' } },
  { name: 'app.permissions', slots: { app: 'Salesforce' } },
  { name: 'app.users', slots: { app: 'Salesforce' } },
  { name: 'apps.external', slots: {} },
  { name: 'apps.credentialsExpiring', slots: {} },
  { name: 'apps.userConsent', slots: {} },
  { name: 'apps.ownedBy', slots: { user: upn('jason') } },
  { name: 'policies.conditionalAccess', slots: {} },
  { name: 'tenant.details', slots: {} },
  { name: 'user.directReports', slots: { user: upn('megan'), transitive: true } },
  { name: 'users.mfaStatus', slots: {} },
  { name: 'users.deleted', slots: {} },
  { name: 'users.licenses', slots: { unlicensed: true } },
  { name: 'users.licenses', slots: { user: upn('karita') } },
  { name: 'licenses.summary', slots: {} },
  { name: 'role.members', slots: {} },
  { name: 'privileged.noMfa', slots: {} },
  { name: 'privileged.changes', slots: {} },
  { name: 'accessPackages.list', slots: {} },
  { name: 'accessPackage.assignments', slots: { accessPackage: 'Project Falcon' } },
  { name: 'assignments.expiring', slots: {} },
  { name: 'accessRequests.pending', slots: {} },
];

describe('cards of the answers', () => {
  it.each(INTENTS.map((i) => [i.name, i] as const))('%s renders to a valid card', async (_name, intent) => {
    const out = await t.ask(intent, 'question');
    expect(out.answer.kind).not.toBe('error');
    const card = renderAnswerCard(out.answer, { question: 'question', queries: out.queries });
    expect(validateCard(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain(JSON.stringify(out.answer.title).slice(1, -1).slice(0, 30));
    for (const f of out.answer.facts.slice(0, 3)) expect(json).toContain(JSON.stringify(f.title).slice(1, -1));
    for (const s of out.answer.sections ?? []) expect(json).toContain(JSON.stringify(s.title).slice(1, -1));
  });
});
