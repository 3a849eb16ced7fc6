/**
 * Readings that turned a question into its opposite without a word (found while probing on 2026-12-07, fifteenth round):
 * "created more than 30 days ago" read as created in the last 30 days, "expiring in more than 30 days" as the next 30
 * days, "groups with at least one owner" as the ownerless groups. The time beyond a period, and owned groups, are now
 * named as not applied over the plain list; inactivity thresholds ("not signed in for more than 90 days") stay the
 * window they are. Each case failed on the code before the rule.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const BEYOND: readonly [string, string, string][] = [
  ['users created more than 30 days ago', 'users.search', 'more than 30 days ago'],
  ['accounts created over a month ago', 'users.search', 'over a month ago'],
  ['guests invited more than 6 months ago', 'users.search', 'more than 6 months ago'],
  ['app secrets expiring in more than 30 days', 'apps.credentialsExpiring', 'more than 30 days'],
  ['sign-ins from more than a week ago', 'signIns.list', 'more than a week ago'],
  ['audit events older than 7 days', 'audit.changes', 'older than 7 days'],
];
const WITHIN: readonly [string, string, string, unknown][] = [
  ['users created in the last 30 days', 'users.search', 'createdWithin', { last: 'P30D' }],
  ["Karita's sign-ins over the last 7 days", 'signIns.list', 'window', { last: 'P7D' }],
  ["Karita's sign-ins over 7 days", 'signIns.list', 'window', { last: 'P7D' }],
  ["users who haven't signed in for more than 90 days", 'users.inactive', 'window', { last: 'P90D' }],
  ['apps not used for over 60 days', 'apps.unused', 'window', { last: 'P60D' }],
];
const OWNED = ['groups with at least one owner', 'groups with one or more owners', 'list the groups that have at least one owner'];
const OWNERLESS: readonly [string, number][] = [['groups with no owners', 0], ['groups with only one owner', 1], ['groups with at most one owner', 1]];

const COUNTED: readonly [string, string, string][] = [
  ['groups with 1 owner', 'groups.search', 'with 1 owner'],
  ['groups with 2 owners in Finance', 'groups.search', 'with 2 owners'],
  ['users having 2 MFA methods', 'users.mfaStatus', 'having 2 mfa methods'],
];

describeNoneFrozen(['users that have MFA enabled', 'which users have MFA registered?', 'accounts with MFA', 'List the admins that have MFA enabled', 'which administrators have MFA registered', 'list admins without MFA', ...BEYOND.map(([q]) => q), ...WITHIN.map(([q]) => q), ...OWNED, ...OWNERLESS.map(([q]) => q), ...COUNTED.map(([q]) => q), 'show 5 groups']);

describe('the time beyond a period is named, not read as within it', () => {
  it.each(BEYOND)('%s → %s, "%s" not applied', (q, intent, words) => {
    const r = ask(q);
    expect(r.name).toBe(intent);
    expect(r.slots).not.toHaveProperty('window');
    expect(r.slots).not.toHaveProperty('createdWithin');
    expect(r.notApplied).toContain(words);
  });

  it.each(WITHIN)('%s stays %s with its %s', (q, intent, slot, value) => {
    const r = ask(q);
    expect(r.name).toBe(intent);
    expect((r.slots as Record<string, unknown>)[slot]).toEqual(value);
    expect(r.notApplied ?? []).toEqual([]);
  });
});

describe('groups with owners are not the ownerless groups', () => {
  it.each(OWNED)('%s → the group list, "at least one owner" named', (q) => {
    const r = ask(q);
    expect(r.name).toBe('groups.search');
    expect(r.notApplied).toContain('at least one owner');
  });

  it.each(OWNERLESS)('%s stays ownerless (at most %i)', (q, max) => {
    const r = ask(q);
    expect(r.name).toBe('groups.ownerless');
    expect(r.slots.maxOwners).toBe(max);
  });
});

describe('how many of something each row has is not how many rows to show', () => {
  it.each(COUNTED)('%s → %s, no top, "%s" named', (q, intent, words) => {
    const r = ask(q);
    expect(r.name).toBe(intent);
    expect(r.slots).not.toHaveProperty('top');
    expect(r.notApplied).toContain(words);
  });

  it('a number of rows stays the top', () => {
    expect(ask('show 5 groups').slots.top).toBe(5);
  });
});

describe('people who have MFA are the registered ones; admins who have it are named, never listed as those without', () => {
  it.each(['users that have MFA enabled', 'which users have MFA registered?', 'accounts with MFA'])('%s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'users.mfaStatus', slots: { registered: true } });
  });
  it.each(['List the admins that have MFA enabled', 'which administrators have MFA registered'])('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('privileged.noMfa');
    expect(got.notApplied).toContain('with MFA registered (this list is of admins without it)');
  });
  it('admins without MFA are the list itself', () => {
    expect(ask('list admins without MFA').notApplied).toBeUndefined();
  });
});
