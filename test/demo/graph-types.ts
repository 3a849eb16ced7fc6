import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Property names of Microsoft Graph v1.0 types, read from the typings of
 * @microsoft/microsoft-graph-types (interface → own properties + parent).
 */
export interface GraphTypes {
  /** All property names of an interface, inherited ones included; undefined if unknown. */
  props(name: string): Set<string> | undefined;
}

export function loadGraphTypes(): GraphTypes {
  const file = path.resolve(__dirname, '../../node_modules/@microsoft/microsoft-graph-types/microsoft-graph.d.ts');
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const own = new Map<string, { parent: string | null; props: string[] }>();
  const re = /^export interface (\w+)(?: extends (\w+))? \{\n([\s\S]*?)^\}/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const props = [...(m[3] ?? '').matchAll(/^ {4}"?([\w@.]+)"?\??:/gm)].map((x) => x[1] as string);
    own.set(m[1] as string, { parent: m[2] ?? null, props });
  }
  for (const m of text.matchAll(/^export interface (\w+)(?: extends (\w+))? \{\}/gm)) {
    own.set(m[1] as string, { parent: m[2] ?? null, props: [] });
  }
  return {
    props(name) {
      if (!own.has(name)) return undefined;
      const out = new Set<string>();
      for (let n: string | null = name; n !== null && own.has(n); n = own.get(n)?.parent ?? null) {
        for (const p of own.get(n)?.props ?? []) out.add(p);
      }
      return out;
    },
  };
}
