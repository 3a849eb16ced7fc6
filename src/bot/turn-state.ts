import { TurnState } from '@microsoft/teams-ai';
import type { Storage, TurnContext } from 'botbuilder';
import { mergeState, stableJson, type KeyMerger, type StateObject } from './state-merge';
import { isStateStoreError, StateStoreError } from './state-store-error';

/** The scopes teams-ai keeps in storage (`temp` lives only for the turn). */
const SCOPES = ['conversation', 'user'] as const;

interface Saved {
  /** The scope as stored: read at load, or as this turn last wrote it. */
  readonly base: StateObject;
  readonly eTag?: string;
  /** This turn wrote the scope: its new eTag is unknown, so a further write reads it back first. */
  readonly written: boolean;
}

export interface SharedTurnStateOptions {
  /** How to merge a top-level key both this turn and another instance changed (default: ours wins). */
  readonly mergers?: Readonly<Record<string, KeyMerger>>;
  /** Writes tried before giving up with a `conflict` StateStoreError. */
  readonly maxAttempts?: number;
  /** Told when a write met another turn's (and is merged and tried again): for the log. */
  readonly onConflict?: (scope: string, attempt: number) => void;
}

/** A write refused because the stored item changed since it was read (eTag mismatch, 412). */
function isConflict(err: unknown): boolean {
  if (isStateStoreError(err)) return err.kind === 'conflict';
  // botbuilder's MemoryStorage (and BlobsStorage) say it in words.
  return err instanceof Error && /eTag conflict/i.test(err.message);
}

/**
 * teams-ai's turn state, safe with more than one instance: each scope is written with the eTag it
 * was read with; when another instance wrote meanwhile (412), the stored value is read again, the
 * two turns' changes are merged (`state-merge.ts`) and the write is tried again. It can be saved
 * early — the bot saves the conversation *before* sending an answer, so an answer is shown only
 * when the context it leaves behind is stored — and a later save with nothing new writes nothing.
 * After a failed save the turn's changes are dropped: the caller shows "try again" instead.
 */
export class SharedTurnState extends TurnState {
  private readonly saved = new Map<string, Saved>();
  private failed = false;

  constructor(private readonly options: SharedTurnStateOptions = {}) {
    super();
  }

  override async load(context: TurnContext, storage?: Storage): Promise<boolean> {
    const first = await super.load(context, storage);
    if (first) {
      for (const scope of SCOPES) {
        const entry = this.getScope(scope);
        if (!entry?.storageKey) continue;
        const { eTag, ...base } = entry.value;
        this.saved.set(scope, { base: structuredClone(base), eTag: typeof eTag === 'string' ? eTag : undefined, written: false });
      }
    }
    return first;
  }

  override async save(context: TurnContext, storage?: Storage): Promise<void> {
    if (!storage || this.failed) return;
    if (!this.isLoaded) return super.save(context, storage);
    try {
      for (const scope of SCOPES) {
        const entry = this.getScope(scope);
        const saved = this.saved.get(scope);
        if (!entry?.storageKey || !saved) continue;
        if (entry.isDeleted) {
          await storage.delete([entry.storageKey]);
          this.saved.set(scope, { base: {}, written: true });
          continue;
        }
        const ours: StateObject = { ...entry.value };
        delete ours['eTag'];
        if (stableJson(ours) === stableJson(saved.base)) continue;
        await this.write(storage, scope, entry.storageKey, ours, saved);
      }
    } catch (err) {
      this.failed = true;
      throw err;
    }
  }

  private async write(storage: Storage, scope: string, key: string, ours: StateObject, saved: Saved): Promise<void> {
    const attempts = this.options.maxAttempts ?? 5;
    let value = ours;
    let eTag = saved.eTag;
    let reread = saved.written;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (reread) {
        const { eTag: storedETag, ...theirs } = ((await storage.read([key]))[key] ?? {}) as StateObject;
        value = mergeState(saved.base, ours, theirs, this.options.mergers);
        eTag = typeof storedETag === 'string' ? storedETag : undefined;
      }
      try {
        // No eTag: the item did not exist when read, so it is created only if it still does not.
        await storage.write({ [key]: eTag ? { ...value, eTag } : { ...value } });
      } catch (err) {
        if (!isConflict(err)) throw err;
        this.options.onConflict?.(scope, attempt + 1);
        reread = true;
        continue;
      }
      this.saved.set(scope, { base: structuredClone(value), written: true });
      // What was stored is now this turn's state too (the other instance's changes included).
      if (value !== ours) this.getScope(scope)?.replace(structuredClone(value));
      return;
    }
    throw new StateStoreError('conflict', `the ${scope} state changed on every one of ${attempts} attempts to save it`, key);
  }
}
