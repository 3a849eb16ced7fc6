import { errorCard, type AdaptiveCard } from '../cards';

/**
 * The shared store of conversation state and downloads (Azure Blob Storage) failed: `unavailable`
 * (unreachable, timed out, refused), or `conflict` (another instance kept writing the same
 * conversation faster than the retries could merge). Expected in a scaled-out deployment, so it is
 * a value rendered as a card (`stateUnavailableCard`), never a stack trace.
 */
export class StateStoreError extends Error {
  override readonly name = 'StateStoreError';
  constructor(
    readonly kind: 'unavailable' | 'conflict',
    message: string,
    /** The storage key or blob concerned (never a download token). */
    readonly key?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isStateStoreError(err: unknown): err is StateStoreError {
  return err instanceof StateStoreError;
}

/** HTTP status of an Azure SDK error (RestError), if any. */
export function storageStatus(err: unknown): number | undefined {
  const status = (err as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The card for a turn the bot did not answer because it could not read or save the conversation:
 * an answer without the conversation's memory could mean the wrong person ("her sign-ins"), and
 * an answer whose memory was not saved would make the next follow-up wrong.
 */
export function stateUnavailableCard(question?: string, kind: StateStoreError['kind'] = 'unavailable'): AdaptiveCard {
  const what = kind === 'conflict'
    ? 'Several answers in this conversation were being saved at the same moment and I could not save mine'
    : 'I could not reach my conversation memory just now';
  return errorCard(
    `${what}, so I did not answer (without it a follow-up such as "her sign-ins" could mean the wrong person). Please try again in a minute; if it keeps happening, tell your admin.`,
    { retryable: Boolean(question), question },
  );
}
