/**
 * The hash of every source file the trained model depends on (templates, fillers, generator,
 * analysis, features, training). Stored in model.json; a test compares it with the sources.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const UNDERSTANDING_DIR = join(__dirname, '..', 'src', 'understanding');

/** Files that do not change the model: run-time assembly, slot filling, context, docs. */
const IGNORED = [
  /^understand\.ts$/, /^suggest\.ts$/, /^examples\.ts$/, /^index\.ts$/, /^intent\.ts$/, /^conversation\.ts$/,
  /^slots\//, /^context\//, /^llm\//, /README\.md$/, /^classifier\/model\.ts$/, /^analysis\/readings\.ts$/, /^recognisers\/filters\.ts$/,
  /^recognisers\/change-request\.ts$/, /^recognisers\/out-of-scope\.ts$/, /^recognisers\/question-form\.ts$/, /^recognisers\/log-behaviour\.ts$/, /^recognisers\/subject-evidence\.ts$/, /^recognisers\/intent-cues\.ts$/, /^recognisers\/risk-detections\.ts$/, /^classifier\/open-set\.ts$/, /^classifier\/product-question\.ts$/, /^classifier\/request-object\.ts$/,
];

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function understandingSourceHash(): string {
  const hash = createHash('sha256');
  for (const path of files(UNDERSTANDING_DIR)) {
    const rel = relative(UNDERSTANDING_DIR, path).split('\\').join('/');
    if (!(rel.endsWith('.ts') || rel.endsWith('.json')) || rel.endsWith('model.json') || IGNORED.some((re) => re.test(rel))) continue;
    hash.update(rel).update('\0').update(readFileSync(path, 'utf8').replace(/\r\n/g, '\n')).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const ROOT = join(__dirname, '..');

/**
 * The hash of what the learnt open set (`classifier/product-question.ts`, `open-set-model.json`) is built from: the
 * intent model's sources (the paraphrases give the in-scope stems; the analysis gives the streams), its own feature
 * code, the real-world set with its frozen split (only the tune part is used), the project's question files and
 * `shared/spec/questions.md` (the nouns the families read, `objectStems`).
 */
export function openSetSourceHash(): string {
  const hash = createHash('sha256').update(understandingSourceHash());
  const paths = [
    join(UNDERSTANDING_DIR, 'classifier', 'product-question.ts'),
    join(ROOT, 'test', 'understanding', 'real-world', 'questions.tsv'),
    join(ROOT, 'test', 'understanding', 'real-world', 'frozen-test.json'),
    join(ROOT, '..', 'shared', 'spec', 'questions.md'),
    ...files(join(ROOT, 'test', 'understanding', 'questions')).filter((p) => p.endsWith('.tsv')),
  ];
  for (const path of paths) hash.update(relative(ROOT, path).split('\\').join('/')).update('\0').update(readFileSync(path, 'utf8').replace(/\r\n/g, '\n')).update('\0');
  return hash.digest('hex').slice(0, 16);
}
