/**
 * The engine is one door: nothing under src/kql imports a module outside src/kql (product
 * folders such as src/sources or src/demo use the engine through src/kql/index.ts, never the
 * other way round). Packages from node_modules and node: built-ins are allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const KQL = resolve(__dirname, '../../src/kql');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Relative module specifiers of import/export-from statements and dynamic imports. */
function relativeSpecifiers(source: string): string[] {
  const out: string[] = [];
  const re = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (let m = re.exec(source); m; m = re.exec(source)) out.push(m[1]!);
  return out;
}

describe('src/kql is one door', () => {
  it('finds relative imports (the check can fail)', () => {
    expect(relativeSpecifiers(`import { a } from '../../demo/model';\nexport { b } from './x';\nawait import('../y');`)).toEqual(['../../demo/model', './x', '../y']);
  });

  it('no file under src/kql imports from outside src/kql', () => {
    const outside: string[] = [];
    for (const file of tsFiles(KQL)) {
      for (const spec of relativeSpecifiers(readFileSync(file, 'utf8'))) {
        const target = resolve(dirname(file), spec);
        if (relative(KQL, target).startsWith('..')) outside.push(`${relative(KQL, file)} → ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
