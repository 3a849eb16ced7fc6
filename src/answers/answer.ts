/**
 * The value the answers stage produces and the cards stage renders. Plain JSON: it is also the
 * `answer` object of `entra-ask ask --json` (shared/spec/cli-contract.md).
 */

export type AnswerKind = 'table' | 'facts' | 'summary' | 'clarify' | 'denied' | 'empty' | 'error';

export type Cell = string | number | boolean | null;

export interface Fact {
  readonly title: string;
  readonly value: string;
}

/** A button that asks another question (or picks a clarify choice). */
export interface Choice {
  readonly title: string;
  /** The question sent when the button is pressed. */
  readonly question: string;
}

export interface ChartHint {
  readonly type: 'bar' | 'line' | 'pie' | 'column';
  /** Column index of the category (x) axis and of the value (y) axis in `rows`. */
  readonly x: number;
  readonly y: number;
}

export interface Section {
  readonly title: string;
  readonly text?: string;
  readonly bullets?: readonly string[];
  readonly links?: readonly { readonly title: string; readonly url: string }[];
}

export interface Answer {
  readonly kind: AnswerKind;
  /** Restates the question: "Owners of Finance Department". */
  readonly title: string;
  /** One line with the count, or what happened: "2 owners". */
  readonly summary: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly facts: readonly Fact[];
  /** Questions a person may ask next, each whole (the question a button sends; `ask --json` prints them). */
  readonly followUps: readonly string[];
  /**
   * The short title of a follow-up's button, by its question (absent: the question is the title).
   * A button title longer than `FOLLOW_UP_TITLE_CHARS` is cut with "…" on a phone, and neither
   * Teams nor the Adaptive Cards renderer wraps it, so a long question gets a short title here
   * ("Members of Finance Department") while pressing the button still asks the whole question.
   */
  readonly followUpTitles?: Readonly<Record<string, string>>;
  /** For `clarify`: the choices, each a question to send. */
  readonly choices?: readonly Choice[];
  /**
   * For `clarify`: the choices name directory objects found for the name typed (people, groups,
   * apps); in a channel or group chat they are offered privately, not listed to everyone.
   */
  readonly choicesFromDirectory?: true;
  /** Prose sections (diagnosis, "What to do", help links). */
  readonly sections?: readonly Section[];
  readonly chart?: ChartHint;
  /** Total rows when `rows` holds fewer than exist. */
  readonly totalRows?: number;
  /** Which source answered and why. */
  readonly sourceNote?: string;
  /** Optional column headings for display (same length as `columns`). */
  readonly columnTitles?: readonly string[];
  /**
   * Constraints of the question this answer could not apply, in a person's words
   * ("department = Marketing", "without MFA"); the summary says the same (cli-contract).
   */
  readonly notApplied?: readonly string[];
  /**
   * Data categories (src/policy/policy.json) this answer read for others but left out for the
   * asker, who may not see them (src/policy/data-gate.ts); a "Not shown" section says so in words.
   */
  readonly notShown?: readonly string[];
}

/**
 * Longest button title shown whole on a phone (the 343 px card of a 375 px screen, Teams' host
 * config) and in the welcome card at desktop width: ~38 characters, measured by the e2e galleries.
 */
export const FOLLOW_UP_TITLE_CHARS = 38;

export function emptyAnswerFields(): Pick<Answer, 'columns' | 'rows' | 'facts' | 'followUps'> {
  return { columns: [], rows: [], facts: [], followUps: [] };
}
