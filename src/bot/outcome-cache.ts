import type { AskOutcome } from '../pipeline/ask';

/**
 * The last answers of each conversation, so "Show more" pages through the rows the person saw
 * instead of asking again (a re-ask could mean something else once the conversation moved on).
 * Bounded in entries and age; a miss falls back to asking again.
 */
export class OutcomeCache {
  private readonly entries = new Map<string, { outcome: AskOutcome; at: number }>();

  constructor(private readonly maxEntries = 500, private readonly maxAgeMs = 30 * 60_000) {}

  private key(conversationId: string, question: string): string {
    return `${conversationId}\u0000${question}`;
  }

  set(conversationId: string, outcome: AskOutcome, now = Date.now()): void {
    const key = this.key(conversationId, outcome.question);
    this.entries.delete(key);
    this.entries.set(key, { outcome, at: now });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get(conversationId: string, question: string, now = Date.now()): AskOutcome | undefined {
    const key = this.key(conversationId, question);
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (now - hit.at > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.outcome;
  }
}
