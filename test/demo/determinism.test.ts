import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSignIns, generateTenant } from '../../src/demo/generator';
import type { GraphObject } from '../../src/demo/model';

const BASE = { seed: 5, anchorTime: '2026-03-14T09:30:00Z', users: 120, days: 5 } as const;

function digest(items: Iterable<GraphObject>): { n: number; hash: string } {
  const h = createHash('sha256');
  let n = 0;
  for (const item of items) {
    h.update(JSON.stringify(item));
    n++;
  }
  return { n, hash: h.digest('hex') };
}

describe('determinism', () => {
  it('the same seed and anchor give the same tenant and the same sign-in streams', () => {
    const a = generateTenant(BASE);
    const b = generateTenant(BASE);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(digest(generateSignIns(a, { interactive: true }))).toEqual(digest(generateSignIns(b, { interactive: true })));
    expect(digest(generateSignIns(a, { interactive: false }))).toEqual(digest(generateSignIns(b, { interactive: false })));
  });

  it('another seed gives other ids and other people; persona UPNs stay', () => {
    const a = generateTenant(BASE);
    const b = generateTenant({ ...BASE, seed: 6 });
    expect(a.tenant.tenantId).not.toBe(b.tenant.tenantId);
    expect(a.users[0]?.id).not.toBe(b.users[0]?.id);
    const crowd = (m: typeof a): unknown[] => m.users.slice(30, 60).map((u) => u['userPrincipalName']);
    expect(crowd(a)).not.toEqual(crowd(b));
    expect(a.users.find((u) => u['userPrincipalName'] === 'karita@woodgrovebank.com')).toBeDefined();
    expect(b.users.find((u) => u['userPrincipalName'] === 'karita@woodgrovebank.com')).toBeDefined();
    expect(digest(generateSignIns(a, { interactive: true })).hash).not.toBe(digest(generateSignIns(b, { interactive: true })).hash);
  });

  it('the anchor moves everything in time, and nothing depends on the wall clock', () => {
    const later = generateTenant({ ...BASE, anchorTime: '2026-03-15T09:30:00Z' });
    const base = generateTenant(BASE);
    expect(later.users[0]?.id).toBe(base.users[0]?.id);
    const shift = (m: typeof base): number => Date.parse(String(m.users[0]?.['createdDateTime']));
    expect(shift(later) - shift(base)).toBe(86_400_000);
    const last = [...generateSignIns(later, { interactive: true })].pop();
    expect(Date.parse(String(last?.['createdDateTime']))).toBeLessThan(Date.parse('2026-03-15T09:30:00Z'));
  });

  it('the generator source never calls Math.random or reads the clock', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const path = await import('node:path');
    const root = path.resolve(__dirname, '../../src/demo/generator');
    const files: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        if (e.isDirectory()) await walk(path.join(dir, e.name));
        else if (e.name.endsWith('.ts')) files.push(path.join(dir, e.name));
      }
    };
    await walk(root);
    for (const f of files) {
      const text = await readFile(f, 'utf8');
      expect(text, f).not.toMatch(/Math\.random|Date\.now|new Date\(\)|performance\.now/);
    }
  });
});
