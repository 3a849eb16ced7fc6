/**
 * Counts and periods in a question's words, for the slots (split from fill.ts): how many rows to show ("top 10", "the
 * first five"), a number that is a threshold instead ("3 or more countries"), a period read as the future ("expiring in 30
 * days"), a period beyond which something happened ("more than 30 days ago") and a period the source holds ("the logs only
 * go back 30 days").
 */
import type { Analysis } from '../analysis/analyse';
import type { Mention } from '../analysis/mention';
import type { TimeWindow } from '../intent';
import { NUMBER_WORDS, isoDateTime } from '../time/calendar';

/** A window of the last days or hours read as the same length from now on ("expiring in 30 days"). */
export function futureWindow(w: TimeWindow, now: Date): TimeWindow {
  if (!('last' in w)) return w;
  const m = /^P(?:T(\d+)H|(\d+)D)$/.exec(w.last);
  if (m === null) return w;
  const ms = m[1] !== undefined ? Number(m[1]) * 3_600_000 : Number(m[2]) * 86_400_000;
  return { from: isoDateTime(now), to: isoDateTime(new Date(now.getTime() + ms)) };
}

/** How many rows the question asks for ("top 10", "the first five", a lone number that is not a threshold). */
export function topOf(a: Analysis): number | undefined {
  // The words of time expressions are not a count ("in the last twenty-four hours" is not the top 20).
  const words = a.words.map((w, i) => (a.mentions.some((m) => m.kind === 'time' && i >= m.start && i < m.end) ? '@time' : w));
  const m = / (top|first|last|latest|recent|most recent|list|show|give me|get) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifteen) (?!(minutes?|hours?|hrs?|days?|weeks?|months?|years?|h|d) )/.exec(` ${words.join(' ')} `);
  if (m !== null) return /^\d+$/.test(m[2]!) ? Number(m[2]) : NUMBER_WORDS[m[2]!];
  const n = a.mentions.find((x) => x.kind === 'number' && thresholdAt(a, x.start) === undefined);
  return n !== undefined && n.kind === 'number' && n.value > 0 && n.value <= 1000 ? n.value : undefined;
}

/**
 * A number that is a threshold, not how many rows to show: "3 or more countries", "at least 5
 * failures", "more than 10 times". Returns the phrase as the words say it.
 */
export function thresholdAt(a: Analysis, i: number): string | undefined {
  const w = (k: number): string => a.words[k] ?? '';
  const phrase = (from: number, to: number): string => a.words.slice(from, Math.min(to, a.words.length)).join(' ');
  if (w(i + 1) === 'or' && /^(more|fewer|less|above|over)$/.test(w(i + 2))) return phrase(i, i + 4);
  if (/^(least|most)$/.test(w(i - 1)) && w(i - 2) === 'at') return phrase(i - 2, i + 2);
  if (/^(more|fewer|less)$/.test(w(i - 2)) && w(i - 1) === 'than') return phrase(i - 2, i + 2);
  if (/^(over|under|above|below|exceeding|exactly)$/.test(w(i - 1))) return phrase(i - 1, i + 2);
  if (w(i + 1) === 'times') return phrase(i, i + 2);
  // "groups with 1 owner", "users having 2 MFA methods": how many of something each row has, not how many rows to show.
  if (/^(with|having|has|have)$/.test(w(i - 1)) && /^[a-z]/.test(w(i + 1)) && !/^(minutes?|hours?|days?|weeks?|months?|years?|results?|rows?|records?|items?|entries)$/.test(w(i + 1))) {
    // Through the noun counted: "with 2 mfa methods".
    return phrase(i - 1, !/s$/.test(w(i + 1)) && /[a-z]s$/.test(w(i + 2)) ? i + 3 : i + 2);
  }
  return undefined;
}

/** Words before a period that make it a threshold: the time beyond it, not within it ("more than 30 days ago"). */
export const BEYOND_PERIOD = / (?:more than|over|older than|longer than|greater than|at least|beyond|earlier than)$/;
/** What a log or report holds, said before a period ("this will only show the last 30 days", "the logs only go back 30 days"). */
const HOLDS_ONLY = / (?:this|it|that|which|they|logs?|data|report|reports|portal|table|defender|entra|api) (?:will |would |can |does |do |may |might )?only (?:show|shows|keep|keeps|hold|holds|retain|retains|store|stores|go back|goes back|cover|covers|contain|contains|include|includes|return|returns|display|displays|has|have)(?: data)?(?: (?:for|from|of))?(?: the)?$/;

/**
 * "… this data should be found in defender (note this will only show last 30 days)": a period the asker says the data is
 * limited to, in a note or after "only shows / keeps / goes back", is what the source holds, not a filter of the question.
 */
export function statesRetention(a: Analysis, m: Mention): boolean {
  if (HOLDS_ONLY.test(` ${a.words.slice(Math.max(0, m.start - 8), m.start).join(' ')}`)) return true;
  const at = a.tokens[m.start]?.start ?? 0;
  const open = a.text.lastIndexOf('(', at);
  return open >= 0 && a.text.indexOf(')', open) >= at && /^\(\s*(?:note|nb|n\.b\.)\b/i.test(a.text.slice(open));
}
