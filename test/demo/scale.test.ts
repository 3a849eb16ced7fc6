import { describe, expect, it } from 'vitest';
import { generateSignIns, generateTenant } from '../../src/demo/generator';

describe('scale', () => {
  it('2,000 users × 3 days: generates and streams both sign-in kinds quickly', () => {
    const started = performance.now();
    const model = generateTenant({ seed: 3, anchorTime: '2026-11-20T12:00:00Z', users: 2000, days: 3 });
    const generated = performance.now();
    let interactive = 0;
    let bytes = 0;
    const codes = new Set<number>();
    const apps = new Set<unknown>();
    for (const s of generateSignIns(model, { interactive: true })) {
      interactive++;
      codes.add((s['status'] as { errorCode: number }).errorCode);
      apps.add(s['appDisplayName']);
      if (interactive % 50 === 0) bytes += JSON.stringify(s).length;
    }
    let nonInteractive = 0;
    for (const s of generateSignIns(model, { interactive: false })) if (s.id) nonInteractive++;
    const done = performance.now();
    console.log(`scale 2000×3: model ${(generated - started).toFixed(0)} ms, ${interactive} interactive + ${nonInteractive} non-interactive sign-ins in ${(done - generated).toFixed(0)} ms, ~${Math.round((bytes * 50) / interactive)} bytes/sign-in`);
    expect(model.users).toHaveLength(2000);
    expect(interactive).toBeGreaterThan(2000 * 3 * 8);
    expect(interactive).toBeLessThan(2000 * 3 * 20);
    expect(nonInteractive).toBeGreaterThan(2000 * 3 * 4);
    expect(done - started).toBeLessThan(40_000);
    expect([...codes].sort((a, b) => a - b)).toEqual([0, 50053, 50057, 50074, 50076, 50126, 53003, 70044, 90072, 500121]);
    expect(apps).toContain('Salesforce');
    expect(apps).toContain('Azure Portal');
  }, 60_000);
});
