/**
 * The settings of issue 22: where conversation state and downloads live (STATE_STORAGE), said
 * plainly when wrong, never logging the connection string; and the audit trail of one instance
 * among several on App Service's shared data folder.
 */
import path from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { BlobCsvExports } from '../../src/bot/blob-csv-exports';
import { BlobStateStorage } from '../../src/bot/blob-state-storage';
import { CsvExports } from '../../src/bot/csv-exports';
import { describeSettings, readSettings, SettingsError } from '../../src/config/settings';
import { createStateStores } from '../../src/runtime/state-stores';

const CONNECTION = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=c2VjcmV0LWtleQ==;EndpointSuffix=core.windows.net';

describe('STATE_STORAGE', () => {
  it('is memory by default, and blob with an account URL or a connection string', () => {
    expect(readSettings({}).stateStorage).toEqual({ kind: 'memory' });
    expect(readSettings({ STATE_STORAGE: 'blob', STATE_STORAGE_ACCOUNT_URL: 'https://acct.blob.core.windows.net' }).stateStorage)
      .toEqual({ kind: 'blob', container: 'entra-ask-state', accountUrl: 'https://acct.blob.core.windows.net', connectionString: undefined });
    expect(readSettings({ STATE_STORAGE: 'BLOB', STATE_STORAGE_CONNECTION_STRING: CONNECTION, STATE_STORAGE_CONTAINER: 'bot-state' }).stateStorage)
      .toEqual({ kind: 'blob', container: 'bot-state', accountUrl: undefined, connectionString: CONNECTION });
  });

  it('says what is wrong, in words', () => {
    const problem = (env: Record<string, string>) => { try { readSettings(env); return ''; } catch (err) { expect(err).toBeInstanceOf(SettingsError); return (err as Error).message; } };
    expect(problem({ STATE_STORAGE: 'cosmos' })).toMatch(/STATE_STORAGE must be memory or blob/);
    expect(problem({ STATE_STORAGE: 'blob' })).toMatch(/needs either STATE_STORAGE_ACCOUNT_URL .* or STATE_STORAGE_CONNECTION_STRING/);
    expect(problem({ STATE_STORAGE: 'blob', STATE_STORAGE_ACCOUNT_URL: 'https://a.blob.core.windows.net', STATE_STORAGE_CONNECTION_STRING: CONNECTION })).toMatch(/not both/);
    expect(problem({ STATE_STORAGE: 'blob', STATE_STORAGE_ACCOUNT_URL: 'acct' })).toMatch(/blob endpoint/);
    expect(problem({ STATE_STORAGE: 'blob', STATE_STORAGE_ACCOUNT_URL: 'https://a.blob.core.windows.net', STATE_STORAGE_CONTAINER: 'Bad_Name' })).toMatch(/container name/);
  });

  it('never puts the connection string in the start-up line', () => {
    const line = describeSettings(readSettings({ STATE_STORAGE: 'blob', STATE_STORAGE_CONNECTION_STRING: CONNECTION }));
    expect(line).toContain('state=blob:entra-ask-state (connection string)');
    expect(line).not.toContain('c2VjcmV0');
    expect(describeSettings(readSettings({ STATE_STORAGE: 'blob', STATE_STORAGE_ACCOUNT_URL: 'https://acct.blob.core.windows.net/' })))
      .toContain('state=blob:https://acct.blob.core.windows.net/entra-ask-state (managed identity)');
    expect(describeSettings(readSettings({}))).toContain('state=memory');
  });

  it('makes the stores it names (nothing is contacted until a turn needs it)', () => {
    const memory = createStateStores({ kind: 'memory' });
    expect(memory.storage).toBeInstanceOf(MemoryStorage);
    expect(memory.exports).toBeInstanceOf(CsvExports);
    const viaKey = createStateStores(readSettings({ STATE_STORAGE: 'blob', STATE_STORAGE_CONNECTION_STRING: CONNECTION }).stateStorage);
    expect(viaKey.storage).toBeInstanceOf(BlobStateStorage);
    expect(viaKey.exports).toBeInstanceOf(BlobCsvExports);
    const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 60_000 }) };
    const viaIdentity = createStateStores(readSettings({ STATE_STORAGE: 'blob', STATE_STORAGE_ACCOUNT_URL: 'https://acct.blob.core.windows.net' }).stateStorage, { credential });
    expect(viaIdentity.storage).toBeInstanceOf(BlobStateStorage);
  });
});

describe('the audit trail of one instance among several (App Service)', () => {
  it('goes to a folder of its own under the shared data folder', () => {
    const data = path.resolve('/srv/data');
    expect(readSettings({ ENTRA_ASK_DATA: data }).audit).toEqual({ kind: 'dir', dir: path.join(data, 'audit') });
    const id = '7c3d0e8a4f1b9d2e6a5c0b3f8e1d7a9c4b6e2f0d1a3c5e7b9d0f2a4c6e8b1d3';
    expect(readSettings({ ENTRA_ASK_DATA: data, WEBSITE_INSTANCE_ID: id }).audit).toEqual({ kind: 'dir', dir: path.join(data, 'audit', 'instance-7c3d0e8a4f1b') });
    expect(readSettings({ AUDIT_LOG: '/var/log/ea', WEBSITE_INSTANCE_ID: id }).audit).toEqual({ kind: 'dir', dir: path.join('/var/log/ea', 'instance-7c3d0e8a4f1b') });
    // One named file stays one file (the person chose it); off stays off.
    expect(readSettings({ AUDIT_LOG: '/var/log/ea.jsonl', WEBSITE_INSTANCE_ID: id }).audit).toEqual({ kind: 'file', file: '/var/log/ea.jsonl' });
    expect(readSettings({ AUDIT_LOG: 'off', WEBSITE_INSTANCE_ID: id }).audit).toEqual({ kind: 'off' });
  });
});
