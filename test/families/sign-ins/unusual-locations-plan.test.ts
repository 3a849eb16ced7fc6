import { describe, expect, it } from 'vitest';
import { planUnusualLocations } from '../../../src/families/sign-ins/unusual-locations.plan';
import type { PlanContext } from '../../../src/planning/entities';
import type { Slots } from '../../../src/understanding/intent';

/** signIns.unusualLocations' KQL: the window, the baseline and the person are all in the query (no silent widening). */
const now = new Date('2026-11-20T12:00:00Z');
function textOf(slots: Slots, user?: { id: string; displayName: string }): string[] {
  const ctx: PlanContext = {
    intent: { name: 'signIns.unusualLocations', slots }, resolved: user ? { user: { kind: 'user', ...user } } : {},
    asker: { upn: 'patti@woodgrovebank.com' }, now, tenantId: 't',
  };
  return planUnusualLocations(ctx).queries.map((q) => (q.source === 'kql' ? q.text : ''));
}

describe('signIns.unusualLocations plan', () => {
  it('by default: the last 7 days against the 30 days before them, tenant-wide', () => {
    const [unusual, baseline] = textOf({});
    expect(unusual).toContain('| where TimeGenerated between (datetime(2026-10-14T12:00:00Z) .. datetime(2026-11-13T12:00:00Z))');
    expect(unusual).toContain('| where TimeGenerated between (datetime(2026-11-13T12:00:00Z) .. datetime(2026-11-20T12:00:00Z))');
    expect(unusual).toContain('| join kind=leftanti usual on UserId, Country');
    expect(unusual).not.toContain('UserId ==');
    expect(baseline).toContain('datetime(2026-10-14T12:00:00Z) .. datetime(2026-11-13T12:00:00Z)');
  });

  it('a window and a baseline asked for are both in the query', () => {
    const [unusual] = textOf({ window: { last: 'P2D' }, baseline: { last: 'P90D' } });
    expect(unusual).toContain('datetime(2026-11-18T12:00:00Z) .. datetime(2026-11-20T12:00:00Z)');
    expect(unusual).toContain('datetime(2026-08-20T12:00:00Z) .. datetime(2026-11-18T12:00:00Z)');
  });

  it('a person narrows both halves, as a KQL string literal', () => {
    const [unusual, baseline] = textOf({}, { id: 'a"b', displayName: 'X' });
    expect(unusual!.match(/\| where UserId == "a\\"b"/g)).toHaveLength(2);
    expect(baseline).toContain('| where UserId == "a\\"b"');
  });
});
