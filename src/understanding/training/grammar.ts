/**
 * A tiny template language for paraphrases: `(a|b)` one of, `[x]` optional, `{slot}` a filler.
 * `who (owns|is the owner of) {group} [group]` expands to sentences by seeded sampling.
 */
export type Node =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'slot'; readonly name: string }
  | { readonly kind: 'alt'; readonly options: readonly Node[][] }
  | { readonly kind: 'opt'; readonly body: readonly Node[] };

export function parseTemplate(source: string): Node[] {
  let i = 0;
  const seq = (stop: string): Node[][] => {
    const options: Node[][] = [[]];
    let text = '';
    const flush = (): void => {
      if (text !== '') options[options.length - 1]!.push({ kind: 'text', text });
      text = '';
    };
    while (i < source.length) {
      const c = source[i]!;
      if (stop.includes(c) && c !== '|') break;
      i += 1;
      if (c === '|' && stop !== '') { flush(); options.push([]); continue; }
      if (c === '(') { flush(); const alt = seq(')'); i += 1; options[options.length - 1]!.push({ kind: 'alt', options: alt }); continue; }
      if (c === '[') { flush(); const body = seq(']'); i += 1; options[options.length - 1]!.push({ kind: 'opt', body: body.length === 1 ? body[0]! : [{ kind: 'alt', options: body }] }); continue; }
      if (c === '{') { flush(); const end = source.indexOf('}', i); options[options.length - 1]!.push({ kind: 'slot', name: source.slice(i, end) }); i = end + 1; continue; }
      text += c;
    }
    flush();
    return options;
  };
  return seq('')[0]!;
}

export { seededRandom } from '../../util/seeded-random';

export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** One sampled sentence; `fill` gives each slot's text. */
export function sample(nodes: readonly Node[], rand: () => number, fill: (slot: string) => string): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'slot') out += fill(n.name);
    else if (n.kind === 'alt') out += sample(pick(rand, n.options), rand, fill);
    else if (rand() < 0.5) out += sample(n.body, rand, fill);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Every literal word of a template (for the vocabulary). */
export function literalText(nodes: readonly Node[]): string {
  return nodes.map((n) => {
    if (n.kind === 'text') return n.text;
    if (n.kind === 'alt') return n.options.map((o) => literalText(o)).join(' ');
    if (n.kind === 'opt') return literalText(n.body);
    return ' ';
  }).join(' ');
}
