/**
 * The bot's own commands, read before a message goes to the pipeline. Only `help` today: "help",
 * "/help", "?" show every question family; "help sign-ins", "help with risky users" show the
 * families that match (the same search as the help card's search box). A longer message that
 * starts with "help" ("help me find Karita's sign-ins") is a question, not a command.
 */

export interface HelpCommand {
  /** Words to narrow the families by; absent for the whole list. */
  readonly filter?: string;
}

const HELP = /^\s*(?:\/?help|\?)(?:\s*[:-]?\s+(.*?))?\s*[?.!]*\s*$/is;
const LEAD_WORDS = /^(?:with|on|about|for)\s+/i;
/** Words that make "help …" a request rather than a topic. */
const REQUEST_WORDS = /^(?:me|us|my|please|i|find|show|get|who|what|why|how|which|can|could)\b/i;
const MAX_FILTER_WORDS = 4;

export function parseHelpCommand(text: string): HelpCommand | undefined {
  const m = HELP.exec(text);
  if (!m) return undefined;
  const rest = (m[1] ?? '').replace(LEAD_WORDS, '').trim();
  if (rest === '') return {};
  if (REQUEST_WORDS.test(rest) || rest.split(/\s+/).length > MAX_FILTER_WORDS) return undefined;
  return { filter: rest };
}
