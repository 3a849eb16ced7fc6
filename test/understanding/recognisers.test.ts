import { describe, expect, it } from 'vitest';
import { errorCodeFromPhrase, errorCodeFromToken } from '../../src/understanding/recognisers/error-codes';
import {
  findChangeKind, findGroupBy, findMaxOwners, findOutsideHours, findRiskLevel, findRiskState, findStatus, findUserType,
} from '../../src/understanding/recognisers/filters';
import { detectGraphGet, detectKql } from '../../src/understanding/recognisers/raw-query';
import { understand } from '../../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const flat = (s: string) => ` ${s.toLowerCase()} `;

describe('error codes', () => {
  it.each([
    ['who had bad password failures', 50126],
    ['wrong password attempts', 50126],
    ['blocked by conditional access', 53003],
    ['sign-ins where the conditional access status was a failure', 53003],
    ['users failing the most conditional access policies', 53003],
    ['users locked out today', 50053],
    ['account disabled errors', 50057],
    ['mfa required prompts', 50074],
    ['mfa denied', 500121],
  ])('%s → %d', (text, code) => expect(errorCodeFromPhrase(flat(text))).toBe(code));

  it('reads numbers and AADSTS codes', () => {
    expect(errorCodeFromToken('50126', 'error')).toBe(50126);
    expect(errorCodeFromToken('aadsts53003', undefined)).toBe(53003);
    expect(errorCodeFromToken('0', 'code')).toBe(0);
    expect(errorCodeFromToken('2024', undefined)).toBeUndefined();
  });
});

describe('filters', () => {
  it('reads status, risk and grouping words', () => {
    expect(findStatus(flat('failed sign ins'))).toBe('failure');
    expect(findStatus(flat('mfa interrupted sign ins'))).toBe('interrupted');
    expect(findRiskLevel(flat('list 5 apps with high risk level'))).toBe('high');
    expect(findRiskLevel(flat('high privilege permissions'))).toBeUndefined();
    expect(findRiskState(flat('users confirmed compromised'))).toBe('confirmedCompromised');
    // "Confirm user safe" dismisses the risk in ID Protection.
    expect(findRiskState(flat('which accounts were marked safe'))).toBe('dismissed');
    expect(findRiskState(flat('is karita safe'))).toBeUndefined();
    // A negated kind of user is the other kind.
    expect(findUserType(flat('every account except guests'))).toBe('member');
    expect(findUserType(flat('users other than external users'))).toBe('member');
    expect(findUserType(flat('guests who never signed in'))).toBe('guest');
    expect(findGroupBy(flat('failed sign ins this week by app'))).toBe('app');
    expect(findGroupBy(flat('sign in trend'))).toBe('day');
    // A superlative over the people is a ranking by user.
    expect(findGroupBy(flat('which accounts had the most failed logins this week'))).toBe('user');
    expect(findOutsideHours(flat('admin sign ins outside working hours'))).toBe(true);
  });

  it.each<[string, string | undefined]>([
    ['roles assigned outside PIM', 'outsidePim'],
    ['any direct role assignments without PIM this week', 'outsidePim'],
    ['who got admin roles bypassing PIM', 'outsidePim'],
    ['elevations this week', 'activation'],
    ['who activated a role today', 'activation'],
    ['who was added to an admin role recently', 'added'],
    ['new role assignments this month', 'added'],
    ['who was removed from an admin role', 'removed'],
    ['who was made eligible for an admin role', 'eligible'],
    ['privileged role changes in the last 30 days', undefined],
    ['admin role changes this week', undefined],
  ])('change kind: %s → %s', (text, kind) => expect(findChangeKind(flat(text))).toBe(kind));

  it.each([
    ['groups without owners', 0],
    ['ownerless groups', 0],
    ['groups with only one owner', 1],
    ['groups with fewer than two owners', 1],
    ['groups with less than 3 owners', 2],
  ])('%s → maxOwners %d', (text, n) => expect(findMaxOwners(flat(text))).toBe(n));
});

describe('raw queries', () => {
  it('recognises KQL by its table and pipe, or a kql block', () => {
    expect(detectKql('SigninLogs | take 5')).toBe('SigninLogs | take 5');
    expect(detectKql('```kql\nAuditLogs | count\n```')).toBe('AuditLogs | count');
    expect(detectKql('let x = 1; SigninLogs | take 1')).toBeDefined();
    expect(detectKql('show me sign in logs for karita')).toBeUndefined();
    expect(detectKql('Applications owned by other tenants')).toBeUndefined();
  });

  it('recognises Graph GETs and keeps the path as typed', () => {
    expect(detectGraphGet("GET /users?$filter=userType eq 'Guest'")).toBe("/users?$filter=userType eq 'Guest'");
    expect(detectGraphGet('https://graph.microsoft.com/v1.0/groups/1/owners')).toBe('/groups/1/owners');
    expect(detectGraphGet('get me the owners')).toBeUndefined();
  });
});

describe('Identity Protection actions and conversions are changes (issue 16, change-request.ts)', () => {
  const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
  it.each(['Confirm Giovanna as compromised', 'Mark Karita as safe', 'Convert Karita to a guest'])('%s → change.refused', (q) => {
    expect(ask(q).name).toBe('change.refused');
  });

  it('the same words in a question about the state stay reading questions', () => {
    expect(ask('which users were marked safe').name).toBe('riskyUsers.list');
    expect(ask('users confirmed compromised').name).toBe('riskyUsers.list');
  });
});
