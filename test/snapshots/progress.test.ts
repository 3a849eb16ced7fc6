import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/snapshots/progress';

function run(tty: boolean, quiet = false) {
  let out = '';
  let t = 0;
  const p = createProgress({ write: (s) => { out += s; }, tty, quiet, tables: 2, now: () => t });
  p.step('reading users');
  for (let i = 0; i < 10; i++) {
    t += 200;
    p.request();
  }
  p.table('EntraUsers', 1234, 'written');
  p.table('EntraGroups', 0, 'skipped');
  p.done();
  return out;
}

describe('export progress', () => {
  it('plain lines without a terminal: counts and rate', () => {
    expect(run(false)).toBe(
      'reading users…\n' +
        'EntraUsers: 1,234 rows (1/2 tables, 10 requests so far, 5.0 req/s)\n' +
        'EntraGroups: already exported for this date, kept (2/2 tables)\n',
    );
  });

  it('a redrawn bar on a terminal', () => {
    const out = run(true);
    expect(out).toContain('\r\x1b[2K[------------------------] 0/2 tables · 0 rows · 10 requests · 5.0 req/s · reading users');
    expect(out).toContain('[############------------] 1/2 tables · 1,234 rows');
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('nothing when quiet (--json)', () => {
    expect(run(true, true)).toBe('');
    expect(run(false, true)).toBe('');
  });
});
