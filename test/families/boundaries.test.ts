import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECLARATIONS, FAMILIES, HANDLERS, QUESTION_FAMILIES } from '../../src/families/registry';
import { INTENT_NAMES } from '../../src/understanding/intent';

const SRC = path.resolve(__dirname, '..', '..', 'src');
const FAMILIES_DIR = path.join(SRC, 'families');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : f.endsWith('.ts') ? [p] : [];
  });
}

/** Relative imports of a file, resolved to paths under src/ (no extension). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
}

/** `users` for src/families/users/…, undefined for the families root or outside. */
function familyOf(file: string): string | undefined {
  const rel = path.relative(FAMILIES_DIR, file);
  if (rel.startsWith('..')) return undefined;
  const parts = rel.split(path.sep);
  if (parts.length > 1) return parts[0];
  const dir = path.join(FAMILIES_DIR, parts[0]!); // an import of a family's folder (its index)
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? parts[0] : undefined;
}

describe('family rooms', () => {
  const folders = readdirSync(FAMILIES_DIR).filter((f) => statSync(path.join(FAMILIES_DIR, f)).isDirectory()).sort();

  it('no family imports another family', () => {
    const arrows: string[] = [];
    for (const file of tsFiles(FAMILIES_DIR)) {
      const from = familyOf(file);
      if (!from) continue;
      for (const target of importsOf(file)) {
        const to = familyOf(target);
        if (to && to !== from) arrows.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
      }
    }
    expect(arrows).toEqual([]);
  });

  it('no stage folder imports a family; only the registry lists them', () => {
    const arrows: string[] = [];
    for (const file of tsFiles(SRC)) {
      if (file.startsWith(FAMILIES_DIR + path.sep)) continue; // the registry and the contract live there
      for (const target of importsOf(file)) {
        if (familyOf(target)) arrows.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
      }
    }
    expect(arrows).toEqual([]);
  });

  it('every family folder is in the registry, under its folder name', () => {
    expect([...FAMILIES.map((f) => f.id)].sort()).toEqual(folders);
  });

  it('declares every intent exactly once, with a handler and an example', () => {
    expect(Object.keys(DECLARATIONS).sort()).toEqual([...INTENT_NAMES].sort());
    for (const name of INTENT_NAMES) {
      expect(HANDLERS[name], name).toBeDefined();
      expect(DECLARATIONS[name].example.length, name).toBeGreaterThan(0);
      const meta = name === 'help' || name === 'unknown';
      expect(HANDLERS[name].kind, name).toBe(meta ? 'meta' : 'handler');
    }
  });

  it('an entity the handler must resolve is a slot the understanding stage can fill for it', () => {
    for (const name of INTENT_NAMES) {
      const h = HANDLERS[name];
      if (h.kind !== 'handler') continue;
      for (const kind of [...h.needs, ...(h.optional ?? [])]) expect(DECLARATIONS[name].slots.accepts, `${name} ${kind}`).toContain(kind);
    }
  });

  it('help lists every family but those that answer no question (help, change.refused, unknown)', () => {
    const listed = new Set(QUESTION_FAMILIES.flatMap((f) => f.intents));
    expect(INTENT_NAMES.filter((n) => !listed.has(n))).toEqual(['help', 'change.refused', 'unknown']);
  });
});
