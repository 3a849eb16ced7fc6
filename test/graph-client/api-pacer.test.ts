import { describe, expect, it } from 'vitest';
import { ApiPacer, pathUnderVersion, PACED_LIMITS } from '../../src/sources/graph/api-pacer';

describe('pacing under the documented per-API limits', () => {
  it('reads the path under the version root from a full URL or a path', () => {
    expect(pathUnderVersion('https://graph.microsoft.com/v1.0/identityProtection/riskyUsers?$top=5')).toBe('/identityprotection/riskyusers');
    expect(pathUnderVersion('http://127.0.0.1:4000/beta/auditLogs/signIns')).toBe('/auditlogs/signins');
    expect(pathUnderVersion('/users/abc/authentication/methods')).toBe('/users/abc/authentication/methods');
  });

  it('spaces Identity Protection requests one second apart, in request order, across callers', () => {
    const clock = { t: 0 };
    const pacer = new ApiPacer(PACED_LIMITS, () => clock.t);
    expect(pacer.reserve('https://graph.microsoft.com/v1.0/identityProtection/riskyUsers/u1')).toBe(0);
    // one second apart, plus 50 ms of slack for the time a request takes to arrive
    expect(pacer.reserve('https://graph.microsoft.com/v1.0/identityProtection/riskyUsers/u1/history')).toBe(1_050);
    expect(pacer.reserve('https://graph.microsoft.com/v1.0/identityProtection/riskDetections')).toBe(2_100);
    clock.t = 500;
    expect(pacer.reserve('https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies')).toBe(2_650);
    expect(pacer.reserve('https://graph.microsoft.com/v1.0/users/u1')).toBe(0); // directory reads are not paced
  });

  it('lets five report requests through at once, then holds the sixth until the first leaves the 10 s window', () => {
    const clock = { t: 0 };
    const pacer = new ApiPacer(PACED_LIMITS, () => clock.t);
    for (let i = 0; i < 5; i++) expect(pacer.reserve('/auditLogs/signIns?$top=10')).toBe(0);
    clock.t = 3_000;
    expect(pacer.reserve('/auditLogs/directoryAudits')).toBe(7_500); // 10 s after the first, plus 500 ms slack
    expect(pacer.reserve('/users/u1/authentication/methods')).toBe(7_500);
    clock.t = 21_000;
    expect(pacer.reserve('/reports/authenticationMethods/userRegistrationDetails')).toBe(0);
    pacer.reset();
    clock.t = 21_001;
    for (let i = 0; i < 5; i++) expect(pacer.reserve('/auditLogs/signIns')).toBe(0);
  });
});
