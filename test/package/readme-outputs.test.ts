/**
 * Setup without surprises (issue 20): the README's `demo export ./export` (437 MB) and
 * `ask … --csv added.csv` wrote into the repository and were not git-ignored, so `git status`
 * filled with generated files. Every output path the README's commands write must be outside the
 * repository or git-ignored (`git check-ignore`, as git itself decides).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** Output paths of the README's commands: `demo export <dir>` and `--csv <file>`. */
function outputs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/entra-ask demo export\s+(\S+)/g)) out.push(m[1]!);
  for (const m of text.matchAll(/--csv\s+(\S+)/g)) if (!m[1]!.startsWith('<')) out.push(m[1]!);
  return out;
}

function ignored(p: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', '--no-index', p], { cwd: root, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('README commands write outside the repository or into git-ignored paths', () => {
  const found = outputs(readme);

  it('finds the demo export and the CSV examples', () => {
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it.each(found)('%s', (p) => {
    const abs = path.resolve(root, p.replace(/^~(?=\/)/, '/home/someone'));
    const inside = !path.relative(root, abs).startsWith('..') && !path.isAbsolute(path.relative(root, abs));
    expect(!inside || ignored(path.relative(root, abs)), `${p} is inside the repository and not git-ignored`).toBe(true);
  });

  it('the check can fail: an ordinary source path is not ignored', () => {
    expect(ignored('src/cli/main.ts')).toBe(false);
    expect(ignored('dist/x.js')).toBe(true);
  });
});
