/**
 * Full results as CSV for answers longer than a card page, served by the bot's own HTTP server at
 * `/exports/<token>.csv` and linked from the card with Action.OpenUrl.
 *
 * Two stores behind one interface (`CsvExportStore`): this file's `CsvExports` keeps them in the
 * process's memory (the demo default, one instance); `blob-csv-exports.ts` keeps them as
 * short-lived blobs any instance can serve (`STATE_STORAGE=blob`). The rule is the same for both.
 *
 * The URL is the capability: a 256-bit random token, kept only by the store, expiring after
 * `ttlMs` (15 minutes by default), never logged. The card carrying the link goes only to the
 * conversation where the question was asked. Trade-off: Action.OpenUrl opens a browser that does
 * not carry the person's Teams identity, so the server cannot check who downloads; anyone who
 * gets the URL before it expires (a forwarded link, browser history, a proxy log without TLS)
 * can download it. In a channel or group chat everyone who sees the card can open it — they can
 * already page through the same rows with "Show more". Serve over HTTPS (`PUBLIC_URL`).
 */
import { randomBytes } from 'node:crypto';

export interface CsvExport {
  readonly csv: string;
  readonly fileName: string;
  /** Who asked (Entra object id, `anonymous` in local mode, or Teams id), for the audit line when it is downloaded. */
  readonly owner: string;
  /** The channel of the conversation that produced it (`msteams`, `webchat`…), for the audit line. */
  readonly channel: string;
  readonly expiresAt: number;
}

export interface CsvExportsOptions {
  readonly ttlMs?: number;
  /** Most exports kept; the oldest go first. */
  readonly maxEntries?: number;
  /** Most characters of CSV kept in total; the oldest go first. */
  readonly maxChars?: number;
  readonly now?: () => number;
}

/** A download token: 32 random bytes, base64url. Anything else is never looked up. */
export const CSV_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Default lifetime of a download link. */
export const CSV_TTL_MS = 15 * 60_000;

/** A new download token (the capability). */
export function newCsvToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The download link of a token, served by server.ts at `GET /exports/<token>.csv` (every store). */
export function csvExportUrl(base: string, token: string): string {
  return `${base}/exports/${token}.csv`;
}

/** Where CSV downloads are kept; every instance of a scaled-out bot must see the same store. */
export interface CsvExportStore {
  setBaseUrl(url: string): void;
  readonly ttlMinutes: number;
  /** Keeps a CSV (with who asked, in which channel) and returns the URL that serves it until it expires. */
  add(csv: string, fileName: string, owner: string, channel: string): Promise<string>;
  /** The export behind a token, or undefined when unknown, malformed or expired. May throw `StateStoreError` (storage unreachable). */
  get(token: string): Promise<CsvExport | undefined>;
}

/** The in-memory store: lost on restart and invisible to other instances (the demo default). */
export class CsvExports implements CsvExportStore {
  private readonly entries = new Map<string, CsvExport>();
  private chars = 0;
  private base = '';
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private readonly now: () => number;

  constructor(options: CsvExportsOptions = {}) {
    this.ttlMs = options.ttlMs ?? CSV_TTL_MS;
    this.maxEntries = options.maxEntries ?? 200;
    this.maxChars = options.maxChars ?? 50_000_000;
    this.now = options.now ?? Date.now;
  }

  setBaseUrl(url: string): void {
    this.base = url.replace(/\/+$/, '');
  }

  get ttlMinutes(): number {
    return Math.round(this.ttlMs / 60_000);
  }

  async add(csv: string, fileName: string, owner: string, channel: string): Promise<string> {
    this.sweep();
    const token = newCsvToken();
    this.entries.set(token, { csv, fileName, owner, channel, expiresAt: this.now() + this.ttlMs });
    this.chars += csv.length;
    while (this.entries.size > this.maxEntries || (this.chars > this.maxChars && this.entries.size > 1)) this.drop(this.entries.keys().next().value as string);
    return csvExportUrl(this.base, token);
  }

  async get(token: string): Promise<CsvExport | undefined> {
    if (!CSV_TOKEN.test(token)) return undefined;
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.drop(token);
      return undefined;
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, e] of this.entries) if (e.expiresAt <= now) this.drop(token);
  }

  private drop(token: string): void {
    const e = this.entries.get(token);
    if (!e) return;
    this.chars -= e.csv.length;
    this.entries.delete(token);
  }
}
