import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/understanding/text/tokenize';
import { findTimes } from '../../src/understanding/time/windows';

const NOW = new Date('2024-03-15T12:00:00Z'); // a Friday
const times = (text: string) => findTimes(tokenize(text).filter((t) => t.kind !== 'symbol'), NOW);
const one = (text: string) => {
  const found = times(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('time expressions', () => {
  it.each([
    ['sign-ins for the past 48 hours', { last: 'PT48H' }],
    ['in the last 7 days', { last: 'P7D' }],
    ['last 24h', { last: 'PT24H' }],
    ['over the past two weeks', { last: 'P14D' }],
    ['last week', { last: 'P7D' }],
    ['last month', { last: 'P30D' }],
    ['who hasnt signed in for 90 days', { last: 'P90D' }],
    ['3 days ago', { last: 'P3D' }],
    ['for the past fortnight', { last: 'P14D' }],
    ['in the last twenty-four hours', { last: 'PT24H' }],
    ['over the last forty eight hours', { last: 'PT48H' }],
    // calendar periods to now, quarters (issue 16, eighth round)
    ['since the start of the month', { from: '2024-03-01T00:00:00Z', to: '2024-03-15T12:00:00Z' }],
    ['since the beginning of this week', { from: '2024-03-11T00:00:00Z', to: '2024-03-15T12:00:00Z' }],
    ['since start of year', { from: '2024-01-01T00:00:00Z', to: '2024-03-15T12:00:00Z' }],
    ['month to date', { from: '2024-03-01T00:00:00Z', to: '2024-03-15T12:00:00Z' }],
    ['YTD', { from: '2024-01-01T00:00:00Z', to: '2024-03-15T12:00:00Z' }],
    ['during the last quarter', { last: 'P90D' }],
    ['this quarter', { from: '2024-01-01T00:00:00Z', to: '2024-04-01T00:00:00Z' }],
  ])('%s → %j', (text, window) => {
    expect(one(text).window).toEqual(window);
  });

  it.each([
    ['yesterday', '2024-03-14T00:00:00Z', '2024-03-15T00:00:00Z'],
    ['today', '2024-03-15T00:00:00Z', '2024-03-16T00:00:00Z'],
    ['this week', '2024-03-11T00:00:00Z', '2024-03-18T00:00:00Z'],
    ['this month', '2024-03-01T00:00:00Z', '2024-04-01T00:00:00Z'],
    ['since Monday', '2024-03-11T00:00:00Z', '2024-03-15T12:00:00Z'],
    ['between January 1 and March 14', '2024-01-01T00:00:00Z', '2024-03-15T00:00:00Z'],
    ['from Feb 1st to Feb 29', '2024-02-01T00:00:00Z', '2024-03-01T00:00:00Z'],
    ['between 2023-12-01 and 2024-01-31', '2023-12-01T00:00:00Z', '2024-02-01T00:00:00Z'],
    ['on 2024-01-13', '2024-01-13T00:00:00Z', '2024-01-14T00:00:00Z'],
    ['on 13 March 2024', '2024-03-13T00:00:00Z', '2024-03-14T00:00:00Z'],
    ['in the next 7 days', '2024-03-15T12:00:00Z', '2024-03-22T12:00:00Z'],
    ['in March', '2024-03-01T00:00:00Z', '2024-04-01T00:00:00Z'],
    // said on a Friday: "last Friday" is a week ago, not today
    ['last Friday', '2024-03-08T00:00:00Z', '2024-03-09T00:00:00Z'],
    ['since last Friday', '2024-03-08T00:00:00Z', '2024-03-15T12:00:00Z'],
    ['since last Tuesday', '2024-03-12T00:00:00Z', '2024-03-15T12:00:00Z'],
  ])('%s → %s .. %s', (text, from, to) => {
    expect(one(text).window).toEqual({ from, to });
  });

  it('gives the day of a point in time for snapshots', () => {
    expect(one('as of March 13').date).toBe('2024-03-13');
    expect(one('on 2024-01-13').date).toBe('2024-01-13');
  });

  it('puts a date without a year that would be in the future into last year', () => {
    expect(one('on December 24').window).toEqual({ from: '2023-12-24T00:00:00Z', to: '2023-12-25T00:00:00Z' });
  });

  it('leaves counts and other numbers alone', () => {
    expect(times('list 5 apps with high risk')).toEqual([]);
    expect(times('top 10 sign-ins')).toEqual([]);
    expect(times('error 50126')).toEqual([]);
    expect(times('may I see the owners')).toEqual([]);
  });
});

describe('months, quarters and day ranges (issue 16, ninth round)', () => {
  it.each([
    ['group changes during February', { from: '2024-02-01T00:00:00Z', to: '2024-03-01T00:00:00Z' }],
    ['audit events throughout January 2024', { from: '2024-01-01T00:00:00Z', to: '2024-02-01T00:00:00Z' }],
    ['failed logins in May', { from: '2023-05-01T00:00:00Z', to: '2023-06-01T00:00:00Z' }],
    ['who joined in Q1', { from: '2024-01-01T00:00:00Z', to: '2024-04-01T00:00:00Z' }],
    ['new users in Q4 2023', { from: '2023-10-01T00:00:00Z', to: '2024-01-01T00:00:00Z' }],
    ['risky users in Q2', { from: '2023-04-01T00:00:00Z', to: '2023-07-01T00:00:00Z' }],
    ['sign-ins from the 5th to the 9th of March', { from: '2024-03-05T00:00:00Z', to: '2024-03-10T00:00:00Z' }],
    ['sign-ins between 3 and 7 March', { from: '2024-03-03T00:00:00Z', to: '2024-03-08T00:00:00Z' }],
  ])('%s', (text, window) => {
    expect(one(text).window).toEqual(window);
  });

  it('"may" is a month only with a day or after a word of a period', () => {
    expect(times('who may access Salesforce')).toEqual([]);
    expect(times('May I see the sign-ins')).toEqual([]);
  });
});
