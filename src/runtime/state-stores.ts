import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { DefaultAzureCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { StateStorageSetting } from '../config/settings';
import { BlobCsvExports } from '../bot/blob-csv-exports';
import { BlobStateStorage } from '../bot/blob-state-storage';
import { CsvExports, type CsvExportStore } from '../bot/csv-exports';

/** Where the bot keeps what must survive a restart and be seen by every instance. */
export interface StateStores {
  /** Conversation state (teams-ai turn state: the conversation context, sign-in state). */
  readonly storage: Storage;
  /** CSV downloads linked from cards. */
  readonly exports: CsvExportStore;
}

export interface StateStoresOptions {
  /** The credential for `accountUrl` (default: the managed identity MANAGED_IDENTITY_CLIENT_ID, else DefaultAzureCredential). */
  readonly credential?: TokenCredential;
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
}

/**
 * A chat turn must not wait minutes for storage: a few quick tries, each bounded, then the turn
 * says "try again" (the SDK's defaults retry for up to minutes).
 */
const PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1_000, tryTimeoutInMs: 5_000 },
};

function credentialFor(options: StateStoresOptions): TokenCredential {
  if (options.credential) return options.credential;
  const clientId = (options.env ?? process.env).MANAGED_IDENTITY_CLIENT_ID?.trim();
  return clientId ? new ManagedIdentityCredential({ clientId }) : new DefaultAzureCredential();
}

/**
 * The stores for `STATE_STORAGE`: `memory` keeps both in this process (the demo default: lost on
 * restart, one instance only); `blob` keeps both in one Azure Blob Storage container — state blobs
 * by the Bot Framework's key, downloads under `exports/` — reached with the managed identity
 * (account URL) or a connection string.
 */
export function createStateStores(setting: StateStorageSetting, options: StateStoresOptions = {}): StateStores {
  if (setting.kind === 'memory') return { storage: new MemoryStorage(), exports: new CsvExports() };
  const { container: name, connectionString, accountUrl } = setting;
  if (connectionString) {
    const container = new ContainerClient(connectionString, name, PIPELINE);
    return {
      storage: new BlobStateStorage(container, () => new BlobsStorage(connectionString, name, { storagePipelineOptions: PIPELINE })),
      exports: new BlobCsvExports(container, { log: options.log }),
    };
  }
  // With the managed identity the container is infra's (azure.bicep creates it and scopes the
  // identity's role to it): the bot only reads and writes blobs in it, never creates containers.
  const credential = credentialFor(options);
  const url = `${(accountUrl ?? '').replace(/\/+$/, '')}/${name}`;
  const container = new ContainerClient(url, credential, PIPELINE);
  return {
    storage: new BlobStateStorage(container, () => BlobStateStorage.withProvisionedContainer(
      new BlobsStorage('', name, { storagePipelineOptions: PIPELINE }, url, credential))),
    exports: new BlobCsvExports(container, { log: options.log, createContainer: false }),
  };
}
