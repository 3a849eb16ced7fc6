import type { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { BlobsStorage } from 'botbuilder-azure-blobs';
// BlobsStorage names each item's blob with this function; creating an item (below) uses the same name.
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { StateStoreError, storageStatus } from './state-store-error';

/**
 * Conversation state in an Azure Blob Storage container, through the Bot Framework's own binding
 * (`botbuilder-azure-blobs` `BlobsStorage`: one JSON blob per key, eTags, 412 on a stale write).
 * Two additions, so that instances sharing the container cannot overwrite each other:
 * - an item written **without** an eTag did not exist when it was read, so it is created only if
 *   it still does not (`If-None-Match: *`; BlobsStorage would overwrite). `eTag: '*'` overwrites.
 * - failures are typed: a stale write is a `conflict` StateStoreError (the turn state merges and
 *   tries again), anything else `unavailable` (the bot answers "try again").
 * BlobsStorage remembers its first "create the container" call even when it failed; after a
 * failure a fresh one is made, so an outage at start-up does not outlive the outage.
 */
export class BlobStateStorage implements Storage {
  private blobs: BlobsStorage;

  constructor(private readonly container: ContainerClient, private readonly makeBlobs: () => BlobsStorage) {
    this.blobs = makeBlobs();
  }

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return await this.blobs.read(keys);
    } catch (err) {
      throw this.failure(err, 'read', keys[0]);
    }
  }

  async write(changes: StoreItems): Promise<void> {
    const updates: StoreItems = {};
    const creates: [string, StoreItem][] = [];
    for (const [key, item] of Object.entries(changes)) {
      if (typeof item?.eTag === 'string' && item.eTag !== '') updates[key] = item;
      else creates.push([key, item ?? {}]);
    }
    await Promise.all([
      Object.keys(updates).length > 0 ? this.update(updates) : undefined,
      ...creates.map(([key, item]) => this.create(key, item)),
    ]);
  }

  async delete(keys: string[]): Promise<void> {
    try {
      await this.blobs.delete(keys);
    } catch (err) {
      throw this.failure(err, 'delete', keys[0]);
    }
  }

  private async update(items: StoreItems): Promise<void> {
    try {
      await this.blobs.write(items);
    } catch (err) {
      // BlobsStorage turns a 412 into an Error saying so.
      if (err instanceof Error && /eTag conflict/i.test(err.message)) {
        throw new StateStoreError('conflict', 'the item changed since it was read', Object.keys(items)[0], { cause: err });
      }
      throw this.failure(err, 'write', Object.keys(items)[0]);
    }
  }

  private async create(key: string, item: StoreItem): Promise<void> {
    const value: Record<string, unknown> = { ...item };
    delete value['eTag'];
    const body = JSON.stringify(value);
    try {
      await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (err) {
      const status = storageStatus(err);
      if (status === 409 || status === 412) throw new StateStoreError('conflict', 'the item was created by another instance meanwhile', key, { cause: err });
      throw this.failure(err, 'write', key);
    }
  }

  /**
   * BlobsStorage creates its container on first use ("create if not exists"). Where infra provisions
   * the container and the identity's role is scoped to that container, creating containers is not
   * its business (and may be refused): this tells the binding the container is there. Pinned to
   * botbuilder-azure-blobs 4.23.x, whose private `_initializePromise` holds that first call; the
   * Azurite test checks that nothing is created.
   */
  static withProvisionedContainer(blobs: BlobsStorage): BlobsStorage {
    const internals = blobs as unknown as { _initializePromise?: Promise<unknown> };
    internals._initializePromise = Promise.resolve();
    return blobs;
  }

  private failure(err: unknown, operation: string, key: string | undefined): StateStoreError {
    this.blobs = this.makeBlobs();
    const status = storageStatus(err);
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return new StateStoreError('unavailable', `could not ${operation} the conversation state (${status ?? 'no response'}): ${reason}`, key, { cause: err });
  }
}
