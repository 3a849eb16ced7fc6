import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.join(process.cwd(), 'src', 'cards');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/cards stays pure (README: no I/O, no Graph, no bot code)', () => {
  it.each(files)('%s imports only the Answer/ShownQuery contracts and its own folder', (file) => {
    const source = readFileSync(path.join(dir, file), 'utf8');
    const specifiers = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const s of specifiers) {
      expect(s.startsWith('./') || s === '../answers/answer' || s === '../planning/query-plan').toBe(true);
    }
    expect(source).not.toMatch(/\b(require\(|process\.|Date\.now|new Date\(|Math\.random|fetch\()/);
  });

  it('files are small and kebab-case', () => {
    for (const f of files) {
      expect(f).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/);
      expect(readFileSync(path.join(dir, f), 'utf8').split('\n').length).toBeLessThan(400);
    }
  });
});
