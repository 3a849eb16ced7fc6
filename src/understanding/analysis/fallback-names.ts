import type { Token } from '../text/tokenize';
import type { Vocabulary } from '../text/vocabulary';
import { STOPWORDS } from '../text/vocabulary';
import { isEnglishWord } from '../text/english';

type Hint = 'user' | 'group' | 'app' | 'role' | 'accessPackage' | 'catalog';

const AFTER: Readonly<Record<string, Hint>> = {
  group: 'group', groups: 'group', team: 'group', dl: 'group', app: 'app', application: 'app',
  apps: 'app', sp: 'app', package: 'accessPackage', role: 'role', catalog: 'catalog',
};
const BEFORE: Readonly<Record<string, Hint>> = {
  group: 'group', app: 'app', application: 'app', package: 'accessPackage', catalog: 'catalog',
  user: 'user', principal: 'app', role: 'role',
};

function isName(t: Token, word: string, vocabulary: Vocabulary, capitalsMeanNames: boolean, first: boolean): boolean {
  if (t.kind !== 'word') return false;
  if (STOPWORDS.has(word) || vocabulary.has(word)) return false;
  if (!isEnglishWord(word)) return true;
  return capitalsMeanNames && !first && /^[A-Z][a-z]/.test(t.text);
}

/**
 * Words that are neither vocabulary nor stop words, in runs, are names the gazetteer does not
 * know ("karita" with no tenant loaded). A neighbouring "group" / "app" / "access package"
 * hints at the kind; capitalised words right after a name run join it ("Sales Team").
 */
export function findFallbackNames(
  tokens: readonly Token[], words: readonly string[], covered: readonly boolean[], vocabulary: Vocabulary,
): { kind: 'name'; start: number; end: number; hint?: Hint }[] {
  const out: { kind: 'name'; start: number; end: number; hint?: Hint }[] = [];
  const words_ = tokens.filter((t) => t.kind === 'word');
  const capitalsMeanNames = words_.filter((t) => /^[A-Z]/.test(t.text)).length * 2 < words_.length;
  const name = (k: number): boolean => isName(tokens[k]!, words[k]!, vocabulary, capitalsMeanNames, k === 0);
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] === true || !name(i)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && covered[end] !== true && tokens[end]!.kind === 'word'
      && (name(end) || (/^[A-Z]/.test(tokens[end]!.text) && AFTER[words[end]!] === undefined && tokens[end]!.text !== 'I'))) end += 1;
    const after = words[end];
    const before = words[i - 1];
    const hint = (after !== undefined ? AFTER[after] : undefined) ?? (before !== undefined ? BEFORE[before] : undefined);
    out.push({ kind: 'name', start: i, end, ...(hint !== undefined ? { hint } : {}) });
    i = end;
  }
  return out;
}
