/**
 * The counting answers of the sign-in family, rule by rule (issue 23: mutation testing of
 * sign-in-summary.answer.ts and ip-ranking.ts left these unchecked): the labels of each grouping,
 * the title, the empty answer, failures-only tables, the "most" line, and how IP addresses are
 * ranked and explained. Expected texts are written out here, never produced by the code under test.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerInput, Row } from '../../../src/answers/answer-input';
import { answerSignInSummary } from '../../../src/families/sign-ins/sign-in-summary.answer';
import { ipReasons, MANY_USERS, rankIps, type RankedIp } from '../../../src/families/sign-ins/ip-ranking';
import type { Slots } from '../../../src/understanding/intent';

const NOW = new Date('2026-11-20T12:00:00Z');
const KARITA = { id: 'u-karita', displayName: 'Karita Lehtonen', userPrincipalName: 'karita@woodgrovebank.com' };

function summary(slots: Slots, rows: unknown[][], user?: typeof KARITA) {
  const query = { source: 'kql' as const, id: 'summary', text: 'SigninLogs | summarize ...' };
  return answerSignInSummary({
    intent: { name: 'signIns.summary', slots }, resolved: user ? { user } : {}, now: NOW,
    plan: { queries: [query] },
    results: new Map([['summary', { source: 'kql', query, columns: [{ name: 'Key', type: 'string' }, { name: 'SignIns', type: 'long' }, { name: 'Failed', type: 'long' }], rows, truncated: false, elapsedMs: 1 }]]),
  } as unknown as AnswerInput);
}

describe('signIns.summary: labels of each grouping', () => {
  it('by result: 0 is Success, other codes are named; by errorCode the same', () => {
    for (const groupBy of ['result', 'errorCode'] as const) {
      const out = summary({ groupBy }, [[0, 10, 0], [50126, 4, 4], ['53003', 2, 2]]);
      expect(out.rows.map((r) => r[0]), groupBy).toEqual(['Success', '50126 bad password', '53003 blocked by Conditional Access']);
      expect(out.columnTitles?.[0], groupBy).toBe('Result');
      expect(out.columns[0], groupBy).toBe('result');
    }
  });

  it('by hour and by day: the time as a date and time in UTC, a line chart and no "most"', () => {
    for (const groupBy of ['hour', 'day'] as const) {
      const out = summary({ groupBy }, [['2026-11-19T13:00:00Z', 5, 1], ['2026-11-19T00:00:00Z', 9, 0]]);
      expect(out.rows.map((r) => r[0]), groupBy).toEqual(['2026-11-19 13:00 UTC', '2026-11-19 00:00 UTC']);
      expect(out.chart, groupBy).toEqual({ type: 'line', x: 0, y: 1 });
      expect(out.summary, groupBy).toBe('14 sign-ins (1 not successful) in the last 7 days.');
    }
  });

  it('by country: the country\'s name; by app and by user: the value as it is', () => {
    expect(summary({ groupBy: 'country' }, [['NG', 3, 3]]).rows[0]![0]).toBe('Nigeria');
    expect(summary({ groupBy: 'app' }, [['Outlook', 3, 0]]).rows[0]![0]).toBe('Outlook');
    expect(summary({ groupBy: 'user' }, [['karita@woodgrovebank.com', 3, 0]]).rows[0]![0]).toBe('karita@woodgrovebank.com');
  });

  it('an empty, null or missing key reads "(none)" whatever the grouping', () => {
    for (const groupBy of ['app', 'country', 'result', 'day'] as const) {
      const out = summary({ groupBy }, [['', 1, 0], [null, 2, 0], [undefined, 3, 0]]);
      expect(out.rows.map((r) => r[0]), groupBy).toEqual(['(none)', '(none)', '(none)']);
    }
  });
});

describe('signIns.summary: title, totals and the "most" line', () => {
  it('titles say what, for whom, by what and when; the default grouping is by day over the last 7 days', () => {
    expect(summary({}, [['2026-11-19T00:00:00Z', 1, 0]]).title).toBe('Sign-ins by day, the last 7 days');
    expect(summary({ groupBy: 'app', window: { last: 'P30D' } }, [['Outlook', 1, 0]], KARITA).title).toBe('Sign-ins for Karita Lehtonen by app, the last 30 days');
    expect(summary({ groupBy: 'errorCode', status: 'failure' }, [[50126, 1, 1]]).title).toBe('Failed sign-ins by result, the last 7 days');
  });

  it('the most frequent value is the first row\'s, with its count', () => {
    const out = summary({ groupBy: 'app', window: { last: 'P30D' } }, [['Teams', 1200, 3], ['Outlook', 8, 8]]);
    expect(out.summary).toBe('1,208 sign-ins (11 not successful) in the last 30 days; most: Teams (1,200).');
    expect(out.columns).toEqual(['app', 'signIns', 'failed']);
    expect(out.columnTitles).toEqual(['App', 'Sign-ins', 'Not successful']);
    expect(out.chart).toEqual({ type: 'bar', x: 0, y: 1 });
    expect(out.kind).toBe('table');
  });

  it('one sign-in is singular', () => {
    expect(summary({ groupBy: 'app' }, [['Outlook', 1, 1]]).summary).toBe('1 sign-in (1 not successful) in the last 7 days; most: Outlook (1).');
  });

  it('failed sign-ins only (status failure): one count column, "failed sign-in(s)", no "not successful" part', () => {
    const out = summary({ groupBy: 'country', status: 'failure' }, [['NG', 9, 9], ['US', 1, 1]], KARITA);
    expect(out.rows).toEqual([['Nigeria', 9], ['United States', 1]]);
    expect(out.columns).toEqual(['country', 'failed']);
    expect(out.columnTitles).toEqual(['Country', 'Failed sign-ins']);
    expect(out.summary).toBe('10 failed sign-ins in the last 7 days; most: Nigeria (9).');
  });

  it('an error code other than 0 is failures only too; error code 0 is not', () => {
    expect(summary({ groupBy: 'app', errorCode: 50126 }, [['Outlook', 4, 4]]).columns).toEqual(['app', 'failed']);
    expect(summary({ groupBy: 'app', errorCode: 0 }, [['Outlook', 4, 0]]).columns).toEqual(['app', 'signIns', 'failed']);
  });

  it('no rows: an empty answer that says what found nothing, for whom and when, with its follow-ups', () => {
    const out = summary({ groupBy: 'app', status: 'failure', window: { last: 'P30D' } }, [], KARITA);
    expect(out.kind).toBe('empty');
    expect(out.summary).toBe('No failed sign-ins for Karita Lehtonen in the last 30 days.');
    expect(out.rows).toEqual([]);
    expect(out.columns).toEqual([]);
    expect(out.facts).toEqual([]);
    expect(summary({}, []).summary).toBe('No sign-ins in the last 7 days.');
    expect(out.followUps).toEqual(['Show failed sign-ins this week', 'How many sign-ins by country this week?', 'Show risky users']);
    expect(out.followUpTitles).toEqual({ 'How many sign-ins by country this week?': 'Sign-ins by country this week' });
  });

  it('a table answer offers the same follow-ups', () => {
    const out = summary({ groupBy: 'app' }, [['Outlook', 2, 0]]);
    expect(out.followUps).toEqual(['Show failed sign-ins this week', 'How many sign-ins by country this week?', 'Show risky users']);
    expect(out.facts).toEqual([]);
  });
});

const signIn = (ip: string, over: Partial<{ code: number | string; country: string; city: string; user: string; upn: string; risk: string }> = {}): Row => ({
  ipAddress: ip,
  status: { errorCode: over.code ?? 0 },
  location: { countryOrRegion: over.country ?? 'US', city: over.city ?? 'Seattle' },
  userId: over.user ?? 'u1',
  userPrincipalName: over.upn ?? 'a@x',
  riskLevelDuringSignIn: over.risk ?? 'none',
});

describe('rankIps', () => {
  it('skips sign-ins without an IP; counts sign-ins, failures (numeric or text codes), users and risky sign-ins per IP', () => {
    const rows = [
      signIn(''), { ...signIn('1.1.1.1'), ipAddress: undefined },
      signIn('1.1.1.1', { code: 50126, user: 'u1' }), signIn('1.1.1.1', { code: '50053', user: 'u2' }), signIn('1.1.1.1', { code: '0', user: 'u2', risk: 'low' }),
      signIn('1.1.1.1', { code: 0, user: '', upn: 'c@x', risk: 'medium' }), signIn('1.1.1.1', { risk: 'high', user: 'u1' }), signIn('1.1.1.1', { risk: 'hidden', user: 'u1' }),
      { ...signIn('1.1.1.1', { user: 'u1' }), status: {} },
    ];
    const [x, ...rest] = rankIps(rows);
    expect(rest).toEqual([]);
    expect(x).toMatchObject({ ip: '1.1.1.1', signIns: 7, failures: 2, users: 3, risky: 3, place: 'Seattle, United States', country: 'US' });
  });

  it('an error code as text counts as a failure unless it is "0"; no status at all is not a failure', () => {
    const byIp = Object.fromEntries(rankIps([
      signIn('2.0.0.1', { code: '50053' }), signIn('2.0.0.2', { code: '0' }), { ...signIn('2.0.0.3'), status: {} }, { ...signIn('2.0.0.4'), status: undefined },
    ]).map((r) => [r.ip, r.failures]));
    expect(byIp).toEqual({ '2.0.0.1': 1, '2.0.0.2': 0, '2.0.0.3': 0, '2.0.0.4': 0 });
  });

  it('a sign-in with no country does not make a country: the usual country is judged among the known ones', () => {
    // US and FI one IP each of four: no country holds half, so neither is unusual (two IPs without a country are not a country).
    const ranked = rankIps([signIn('1.0.0.1'), signIn('6.0.0.1', { country: '' }), signIn('6.0.0.2', { country: '' }), signIn('3.0.0.1', { country: 'FI' })]);
    expect(ranked.filter((r) => r.unusualCountry)).toEqual([]);
  });

  it('the usual country is found whatever order the sign-ins come in (most IPs, then most sign-ins)', () => {
    // FI first with one sign-in, then the US with three: the US is usual, FI unusual.
    const bySignIns = rankIps([signIn('3.0.0.1', { country: 'FI' }), signIn('1.0.0.1'), signIn('1.0.0.1'), signIn('1.0.0.1')]);
    expect(bySignIns.filter((r) => r.unusualCountry).map((r) => r.ip)).toEqual(['3.0.0.1']);
    // FI first with many sign-ins from one IP, the US with two IPs: the US is usual (IPs before sign-ins).
    const byIps = rankIps([signIn('3.0.0.1', { country: 'FI' }), signIn('3.0.0.1', { country: 'FI' }), signIn('3.0.0.1', { country: 'FI' }), signIn('3.0.0.1', { country: 'FI' }), signIn('1.0.0.1'), signIn('1.0.0.2')]);
    expect(byIps.filter((r) => r.unusualCountry).map((r) => r.ip)).toEqual(['3.0.0.1']);
  });

  it('place: city and country name, either alone, or "" when neither is known', () => {
    const places = rankIps([
      signIn('1.0.0.1', { city: 'Lagos', country: 'NG' }), signIn('1.0.0.2', { city: '', country: 'NG' }),
      signIn('1.0.0.3', { city: 'Espoo', country: '' }), { ...signIn('1.0.0.4'), location: undefined },
    ]).map((r) => [r.ip, r.place]);
    expect(Object.fromEntries(places)).toEqual({ '1.0.0.1': 'Lagos, Nigeria', '1.0.0.2': 'Nigeria', '1.0.0.3': 'Espoo', '1.0.0.4': '' });
  });

  it('an IP alone in a country most IPs are not in is unusual, and weighs its failures double', () => {
    const rows = [
      signIn('10.0.0.1'), signIn('10.0.0.2'), signIn('10.0.0.3'),
      signIn('102.89.1.1', { country: 'NG', code: 50126 }), signIn('102.89.1.1', { country: 'NG', code: 50126 }),
      signIn('10.0.0.9', { code: 50126 }), signIn('10.0.0.9', { code: 50126 }), signIn('10.0.0.9', { code: 50126 }),
    ];
    const ranked = rankIps(rows);
    expect(ranked.map((r) => r.ip)).toEqual(['102.89.1.1', '10.0.0.9', '10.0.0.1', '10.0.0.2', '10.0.0.3']);
    expect(ranked[0]).toMatchObject({ unusualCountry: true, failures: 2, score: 4 });
    expect(ranked[1]).toMatchObject({ unusualCountry: false, failures: 3, score: 3 });
    expect(ranked[2]).toMatchObject({ unusualCountry: false, failures: 0, score: 0.5 });
  });

  it('not unusual: one country only; no country; two IPs in the other country; the usual country holding under half the IPs', () => {
    expect(rankIps([signIn('1.0.0.1'), signIn('1.0.0.2')]).some((r) => r.unusualCountry)).toBe(false);
    expect(rankIps([signIn('1.0.0.1'), signIn('1.0.0.2'), signIn('1.0.0.3', { country: '' })]).some((r) => r.unusualCountry)).toBe(false);
    expect(rankIps([signIn('1.0.0.1'), signIn('1.0.0.2'), signIn('1.0.0.3'), signIn('2.0.0.1', { country: 'NG' }), signIn('2.0.0.2', { country: 'NG' })]).some((r) => r.unusualCountry)).toBe(false);
    // US 2 IPs of 5, FI, SE and NG one each: the usual country (US) holds under half.
    const spread = rankIps([signIn('1.0.0.1'), signIn('1.0.0.2'), signIn('3.0.0.1', { country: 'FI' }), signIn('4.0.0.1', { country: 'SE' }), signIn('2.0.0.1', { country: 'NG' })]);
    expect(spread.some((r) => r.unusualCountry)).toBe(false);
    // Exactly half (2 of 4): still the usual country, so the lone countries are unusual.
    const half = rankIps([signIn('1.0.0.1'), signIn('1.0.0.2'), signIn('3.0.0.1', { country: 'FI' }), signIn('2.0.0.1', { country: 'NG' })]);
    expect(half.filter((r) => r.unusualCountry).map((r) => r.ip).sort()).toEqual(['2.0.0.1', '3.0.0.1']);
  });

  it('the usual country is the one with most IPs, then most sign-ins', () => {
    // FI and US have 1 IP each; US has more sign-ins, so FI is the unusual one.
    const ranked = rankIps([signIn('1.0.0.1'), signIn('1.0.0.1'), signIn('1.0.0.1'), signIn('3.0.0.1', { country: 'FI' })]);
    expect(ranked.find((r) => r.ip === '3.0.0.1')?.unusualCountry).toBe(true);
    expect(ranked.find((r) => r.ip === '1.0.0.1')?.unusualCountry).toBe(false);
    const reversed = rankIps([signIn('3.0.0.1', { country: 'FI' }), signIn('3.0.0.1', { country: 'FI' }), signIn('3.0.0.1', { country: 'FI' }), signIn('1.0.0.1')]);
    expect(reversed.find((r) => r.ip === '1.0.0.1')?.unusualCountry).toBe(true);
  });

  it(`weights: risky +1, ${MANY_USERS} or more users +1, each on top of the failures`, () => {
    const many = Array.from({ length: MANY_USERS }, (_, i) => signIn('5.0.0.1', { code: 50126, user: `s${i}` }));
    const fewer = Array.from({ length: MANY_USERS - 1 }, (_, i) => signIn('5.0.0.2', { code: 50126, user: `t${i}` }));
    const ranked = rankIps([...many, ...fewer, signIn('5.0.0.3', { code: 50126, risk: 'high' }), signIn('5.0.0.4', { risk: 'medium' })]);
    const score = Object.fromEntries(ranked.map((r) => [r.ip, r.score]));
    expect(score).toEqual({ '5.0.0.1': MANY_USERS * 2, '5.0.0.2': MANY_USERS - 1, '5.0.0.3': 2, '5.0.0.4': 1 });
  });

  it('an IP without failures scores half its weight, so a risky one ranks above a plain one', () => {
    const ranked = rankIps([signIn('7.0.0.2'), signIn('7.0.0.1', { risk: 'low' })]);
    expect(ranked.map((r) => [r.ip, r.score])).toEqual([['7.0.0.1', 1], ['7.0.0.2', 0.5]]);
  });

  it('ties: more failures, then more sign-ins, then the address', () => {
    const ranked = rankIps([
      signIn('9.0.0.2'), signIn('9.0.0.1'), signIn('9.0.0.3'), signIn('9.0.0.3'),
      signIn('8.0.0.1', { code: 1 }), signIn('8.0.0.2', { code: 1 }), signIn('8.0.0.2'),
    ]);
    expect(ranked.map((r) => r.ip)).toEqual(['8.0.0.2', '8.0.0.1', '9.0.0.3', '9.0.0.1', '9.0.0.2']);
  });
});

describe('ipReasons', () => {
  const ip = (over: Partial<RankedIp>): RankedIp => ({ ip: '1.1.1.1', place: '', country: 'US', signIns: 12, failures: 9, users: 1, risky: 0, unusualCountry: false, score: 9, ...over });

  it('failures only: the failure count; otherwise failures of all sign-ins', () => {
    expect(ipReasons(ip({}), true)).toBe('9 failures');
    expect(ipReasons(ip({ failures: 1 }), true)).toBe('1 failure');
    expect(ipReasons(ip({ failures: 1200, signIns: 1500 }), false)).toBe('1,200 of 1,500 sign-ins not successful');
  });

  it('adds flagged risky, unusual country and the user count (from MANY_USERS), in that order', () => {
    expect(ipReasons(ip({ risky: 1, unusualCountry: true, users: MANY_USERS }), true)).toBe(`9 failures, flagged risky, unusual country, ${MANY_USERS} users`);
    expect(ipReasons(ip({ users: MANY_USERS - 1 }), true)).toBe('9 failures');
    expect(ipReasons(ip({ unusualCountry: true }), false)).toBe('9 of 12 sign-ins not successful, unusual country');
  });
});
