import { describe, expect, it } from 'vitest';
import type { CsvExportStore } from '../../src/bot/csv-exports';

/** What every CSV download store promises (memory and blob alike); `make` gets a clock it can move. */
export function csvExportStoreContract(name: string, make: (options: { ttlMs: number; now: () => number }) => CsvExportStore | Promise<CsvExportStore>): void {
  describe(`${name}: the CSV download contract`, () => {
    it('serves a CSV at an unguessable URL until it expires', async () => {
      let now = Date.now();
      const store = await make({ ttlMs: 60_000, now: () => now });
      store.setBaseUrl('https://bot.example/');
      expect(store.ttlMinutes).toBe(1);
      const url = await store.add('a,b\r\nZoë,ü\r\n', 'Zoë groups.csv', 'owner-1', 'msteams');
      const token = /^https:\/\/bot\.example\/exports\/([A-Za-z0-9_-]{43})\.csv$/.exec(url)?.[1];
      expect(token).toBeDefined();
      expect(await store.add('c\r\n', 'y.csv', 'owner-1', 'msteams')).not.toBe(url);
      expect(await store.get(token as string)).toMatchObject({ csv: 'a,b\r\nZoë,ü\r\n', fileName: 'Zoë groups.csv', owner: 'owner-1', channel: 'msteams' });
      expect(await store.get('x'.repeat(43))).toBeUndefined();
      expect(await store.get('../etc/passwd')).toBeUndefined();
      expect(await store.get(`${token as string}x`)).toBeUndefined();
      now += 60_000;
      expect(await store.get(token as string)).toBeUndefined();
    });
  });
}
