import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SignInStore, loadOrBuildSignInStore, readSignInSnapshot, writeSignInSnapshot } from '../../src/demo/graph-server';
import type { GraphObject } from '../../src/demo/model';
import { readSignIns } from '../../src/demo/store';
import { gid } from './fixture';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'signin-snapshot-')); });
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** Every row, every index list and the time bounds of two stores agree. */
function expectSameStore(a: SignInStore, b: SignInStore): void {
  expect(b.length).toBe(a.length);
  expect(b.keys).toEqual(a.keys);
  const bad: number[] = [];
  for (let pos = 0; pos < a.length; pos++) if (JSON.stringify(a.objectAt(pos)) !== JSON.stringify(b.objectAt(pos))) bad.push(pos);
  expect(bad).toEqual([]);
  for (const key of ['userId', 'userPrincipalName', 'ipAddress']) {
    const c = a.columnOf(key);
    if (c === undefined) continue;
    expect(b.columnOf(key)).toBe(c);
    for (let code = 0; code < a.dictionary(c).length; code++) expect(Array.from(b.postings(c, code) ?? []), `${key} ${code}`).toEqual(Array.from(a.postings(c, code) ?? []));
  }
  const mid = a.timeAt(Math.floor(a.length / 2));
  expect(b.lowerBound(mid)).toBe(a.lowerBound(mid));
}

describe('sign-in store snapshot', () => {
  it('reads back the store built from the test tenant\'s sign-ins, row for row', async () => {
    const file = path.join(inject('demoDataDir'), 'signIns.ndjson');
    const built = await SignInStore.build(() => readSignIns(file));
    expect(built.length).toBeGreaterThan(1000);
    const snapshot = { file: path.join(dir, 'tenant.bin'), key: 'tenant-v1' };
    await writeSignInSnapshot(built, snapshot);
    const read = await readSignInSnapshot(snapshot);
    expect(read).toBeDefined();
    expectSameStore(built, read!);
    const someId = String(built.objectAt(built.length - 3).id);
    expect(read!.positionOfId(someId)).toBe(built.positionOfId(someId));
  });

  it('keeps out-of-order sources, odd ids and odd times exact', async () => {
    const rows: GraphObject[] = [
      { id: gid(20, 3), createdDateTime: '2026-11-01T00:00:03Z', userId: gid(1, 1), status: { errorCode: 0 } },
      { id: 'not-a-guid', createdDateTime: '2026-11-01T00:00:00.1234567Z', userId: gid(1, 2), status: { errorCode: 50126 } },
      { id: gid(20, 1), createdDateTime: '2026-11-01T00:00:01.500Z', ipAddress: '10.0.0.1', extra: [1, 'a', null] },
    ];
    const built = await SignInStore.build(() => rows);
    const snapshot = { file: path.join(dir, 'odd.bin'), key: 'odd' };
    await writeSignInSnapshot(built, snapshot);
    expectSameStore(built, (await readSignInSnapshot(snapshot))!);
  });

  it('ignores a snapshot of another source, a damaged one and a missing one', async () => {
    const built = await SignInStore.build(() => [{ id: gid(20, 1), createdDateTime: '2026-11-01T00:00:00Z' }]);
    const snapshot = { file: path.join(dir, 'stale.bin'), key: 'first' };
    await writeSignInSnapshot(built, snapshot);
    expect(await readSignInSnapshot({ ...snapshot, key: 'second' })).toBeUndefined();
    const bytes = await readFile(snapshot.file);
    await writeFile(snapshot.file, bytes.subarray(0, bytes.length - 9));
    expect(await readSignInSnapshot(snapshot)).toBeUndefined();
    expect(await readSignInSnapshot({ file: path.join(dir, 'none.bin'), key: 'x' })).toBeUndefined();
  });

  it('builds from the source when there is no snapshot, writes it, and reads it the next time', async () => {
    const snapshot = { file: path.join(dir, 'cycle.bin'), key: 'cycle' };
    let reads = 0;
    const source = () => { reads++; return [{ id: gid(20, 1), createdDateTime: '2026-11-01T00:00:00Z', userId: gid(1, 1) }]; };
    const first = await loadOrBuildSignInStore(source, snapshot);
    const second = await loadOrBuildSignInStore(source, snapshot);
    expect(reads).toBe(1);
    expectSameStore(first, second);
  });
});
