import { createHash } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import { CSV_TOKEN, CSV_TTL_MS, csvExportUrl, newCsvToken, type CsvExport, type CsvExportStore } from './csv-exports';
import { StateStoreError, storageStatus } from './state-store-error';

export interface BlobCsvExportsOptions {
  readonly ttlMs?: number;
  /** Blob name prefix inside the container. */
  readonly prefix?: string;
  /** How often expired downloads are swept from the container (at most; on an `add`). */
  readonly sweepEveryMs?: number;
  readonly now?: () => number;
  readonly log?: (line: string) => void;
  /** Create the container if missing (default true; false when infra provisions it, see state-stores.ts). */
  readonly createContainer?: boolean;
}

/**
 * CSV downloads as short-lived blobs, so any instance serves a link another one made (same rule as
 * `CsvExports`: the 256-bit token in the URL is the capability, 15 minutes by default).
 * The blob is named after the SHA-256 of the token, never the token itself: a container listing,
 * a storage log or a blob URL does not give a working download link. Its expiry, file name and
 * owner are blob metadata; an expired blob is refused and deleted when asked for, swept every few
 * minutes, and removed by the storage account's lifecycle rule after a day in any case (infra).
 */
export class BlobCsvExports implements CsvExportStore {
  private base = '';
  private readonly ttlMs: number;
  private readonly prefix: string;
  private readonly sweepEveryMs: number;
  private readonly now: () => number;
  private lastSweep = 0;
  private ready?: Promise<unknown>;

  constructor(private readonly container: ContainerClient, private readonly options: BlobCsvExportsOptions = {}) {
    this.ttlMs = options.ttlMs ?? CSV_TTL_MS;
    this.prefix = options.prefix ?? 'exports/';
    this.sweepEveryMs = options.sweepEveryMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
  }

  setBaseUrl(url: string): void {
    this.base = url.replace(/\/+$/, '');
  }

  get ttlMinutes(): number {
    return Math.round(this.ttlMs / 60_000);
  }

  async add(csv: string, fileName: string, owner: string, channel: string): Promise<string> {
    const token = newCsvToken();
    const body = Buffer.from(csv, 'utf8');
    try {
      await this.ensureContainer();
      await this.container.getBlockBlobClient(this.blobName(token)).uploadData(body, {
        blobHTTPHeaders: { blobContentType: 'text/csv; charset=utf-8' },
        // Metadata are HTTP headers: ASCII only, so names are percent-encoded.
        metadata: { expiresat: String(this.now() + this.ttlMs), filename: encodeURIComponent(fileName), owner: encodeURIComponent(owner), channel: encodeURIComponent(channel) },
        conditions: { ifNoneMatch: '*' },
      });
    } catch (err) {
      throw new StateStoreError('unavailable', `could not store a CSV download (${storageStatus(err) ?? 'no response'})`, undefined, { cause: err });
    }
    this.maybeSweep();
    return csvExportUrl(this.base, token);
  }

  async get(token: string): Promise<CsvExport | undefined> {
    if (!CSV_TOKEN.test(token)) return undefined;
    const blob = this.container.getBlockBlobClient(this.blobName(token));
    let data: Buffer;
    let metadata: Record<string, string>;
    try {
      const properties = await blob.getProperties();
      metadata = properties.metadata ?? {};
      const expiresAt = Number(metadata['expiresat']);
      if (!Number.isFinite(expiresAt) || expiresAt <= this.now()) {
        await blob.deleteIfExists().catch(() => undefined);
        return undefined;
      }
      data = await blob.downloadToBuffer();
    } catch (err) {
      if (storageStatus(err) === 404) return undefined;
      throw new StateStoreError('unavailable', `could not read a CSV download (${storageStatus(err) ?? 'no response'})`, undefined, { cause: err });
    }
    return {
      csv: data.toString('utf8'),
      fileName: decodeURIComponent(metadata['filename'] ?? 'export.csv'),
      owner: decodeURIComponent(metadata['owner'] ?? 'unknown'),
      channel: decodeURIComponent(metadata['channel'] ?? 'unknown'),
      expiresAt: Number(metadata['expiresat']),
    };
  }

  /** Deletes expired downloads now (also run in the background after an `add`, every few minutes). */
  async sweep(): Promise<number> {
    const now = this.now();
    let deleted = 0;
    for await (const item of this.container.listBlobsFlat({ prefix: this.prefix, includeMetadata: true })) {
      const expiresAt = Number(item.metadata?.['expiresat']);
      if (Number.isFinite(expiresAt) && expiresAt > now) continue;
      await this.container.deleteBlob(item.name).catch(() => undefined);
      deleted++;
    }
    return deleted;
  }

  private maybeSweep(): void {
    const now = this.now();
    if (now - this.lastSweep < this.sweepEveryMs) return;
    this.lastSweep = now;
    this.sweep().catch((err: unknown) => this.options.log?.(`could not sweep expired CSV downloads: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`));
  }

  /** The container (infra creates it; a local or emulated account may not have it yet). */
  private ensureContainer(): Promise<unknown> {
    if (this.options.createContainer === false) return Promise.resolve();
    this.ready ??= this.container.createIfNotExists().catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    return this.ready;
  }

  private blobName(token: string): string {
    return `${this.prefix}${createHash('sha256').update(token).digest('hex')}.csv`;
  }
}
