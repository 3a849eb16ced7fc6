import type { IntentName } from '../intent';
import { TEMPLATES } from './templates';
import {
  CODES, COUNTRIES_FILL, DATES, GUIDS, IPS, NUMBERS, POSSESSIVE_REFS, RANGES, TIMES, TRAINING_GAZETTEER,
  UNKNOWN_NAMES, USER_REFS, roleFillers,
} from './fillers';
import { parseTemplate, pick, sample, seededRandom } from './grammar';

/** One generated paraphrase. */
export interface Paraphrase {
  readonly text: string;
  readonly intent: IntentName;
}

const PREFIXES = [
  '', '', '', '', 'can you ', 'please ', 'hey, ', 'could you ', 'i need to know ', 'quick question: ', 'pls ',
  // wrappers people put before a question (issue 16): "I need to get…", "need to query:", "is there a way to…"
  'i need to get ', 'need to query: ', 'is there a way to see ', 'can you tell me ', 'i want to know ', 'how do i find out ',
  'how can i see ', 'help me find ', 'i would like to see ', 'i am trying to find out ', 'for an audit, ', 'we need a report: ',
];
const SUFFIXES = ['', '', '', '', '?', ' please', ' in a table', '. Put this information in a table format.', ' thanks', '?'];

function typo(word: string, rand: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const r = rand();
  if (r < 0.33) return word.slice(0, i) + word.slice(i + 1);
  if (r < 0.66) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + word[i] + word.slice(i);
}

function filler(slot: string, rand: () => number): string {
  const g = TRAINING_GAZETTEER;
  const user = (): string => {
    const r = rand();
    const u = pick(rand, g.users);
    if (r < 0.12) return pick(rand, UNKNOWN_NAMES);
    if (r < 0.22) return pick(rand, USER_REFS);
    if (r < 0.45) return u.upn;
    if (r < 0.75) return u.displayName.split(' ')[0]!;
    return u.displayName;
  };
  switch (slot) {
    case 'user': return user();
    case 'users': {
      if (rand() < 0.2) return pick(rand, POSSESSIVE_REFS);
      const u = user();
      return ['her', 'him', 'this user', 'that user', 'the user', 'this person'].includes(u) ? pick(rand, POSSESSIVE_REFS) : `${u}'s`;
    }
    case 'group': return rand() < 0.12 ? pick(rand, UNKNOWN_NAMES) : pick(rand, g.groups);
    case 'app': return rand() < 0.12 ? pick(rand, UNKNOWN_NAMES) : pick(rand, g.apps);
    case 'pkg': return pick(rand, g.accessPackages);
    case 'catalog': return pick(rand, g.catalogs);
    case 'dept': return pick(rand, g.departments ?? ['Legal']);
    case 'role': return pick(rand, roleFillers());
    case 'time': return pick(rand, TIMES);
    case 'date': return pick(rand, DATES);
    case 'range': return pick(rand, RANGES);
    case 'n': return pick(rand, NUMBERS);
    case 'code': return pick(rand, CODES);
    case 'ip': return pick(rand, IPS);
    case 'country': return pick(rand, COUNTRIES_FILL);
    case 'guid': return pick(rand, GUIDS);
    case 'name': return pick(rand, UNKNOWN_NAMES);
    default: throw new Error(`template slot {${slot}} has no filler`);
  }
}

/**
 * Expands every template into paraphrases: `perTemplate` samples each, with polite prefixes and
 * suffixes and occasional typos. Deterministic for a seed.
 */
export function generateParaphrases(perTemplate = 40, seed = 20240113): Paraphrase[] {
  const rand = seededRandom(seed);
  const out: Paraphrase[] = [];
  for (const [intent, templates] of Object.entries(TEMPLATES) as [IntentName, readonly string[]][]) {
    for (const template of templates) {
      const nodes = parseTemplate(template);
      const seen = new Set<string>();
      for (let k = 0; k < perTemplate * 3 && seen.size < perTemplate; k += 1) {
        let text = sample(nodes, rand, (slot) => filler(slot, rand));
        if (rand() < 0.35) text = `${pick(rand, PREFIXES)}${text}${pick(rand, SUFFIXES)}`;
        if (rand() < 0.1) text = text.split(' ').map((w) => (rand() < 0.25 ? typo(w, rand) : w)).join(' ');
        if (rand() < 0.3) text = text.toLowerCase();
        if (seen.has(text)) continue;
        seen.add(text);
        out.push({ text, intent });
      }
    }
  }
  return out;
}
