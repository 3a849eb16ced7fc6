/** Test helpers to look inside card JSON without snapshots. */

type Node = Record<string, unknown>;

/** Every object in the card (depth first), elements, actions, cells and runs alike. */
export function allNodes(value: unknown): Node[] {
  const out: Node[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) {
      out.push(v as Node);
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return out;
}

export function nodesOfType(card: unknown, type: string): Node[] {
  return allNodes(card).filter((n) => n['type'] === type);
}

/** All visible text: TextBlock text, TextRun text, fact titles and values. */
export function allText(card: unknown): string {
  return allNodes(card)
    .flatMap((n) => {
      if (n['type'] === 'TextBlock' || n['type'] === 'TextRun') return [String(n['text'])];
      if (typeof n['title'] === 'string' && typeof n['value'] === 'string') return [`${n['title']}: ${n['value']}`];
      return [];
    })
    .join('\n');
}

/** Actions of a type anywhere in the card (card-level and ActionSets). */
export function actionsOfType(card: unknown, type: string): Node[] {
  return nodesOfType(card, type);
}

/** The `data` of every Action.Submit. */
export function submitData(card: unknown): Node[] {
  return actionsOfType(card, 'Action.Submit').map((a) => a['data'] as Node);
}

/**
 * The data rows a card shows, whichever layout it chose: a Table's rows (header left out), or
 * records (`entra-ask-row-<n>`) read back as [heading, ...values] from their alternating runs.
 */
export function dataRows(card: unknown): string[][] {
  const table = nodesOfType(card, 'Table')[0];
  if (table) return nodesOfType(table, 'TableRow').slice(1).map((r) => nodesOfType(r, 'TableCell').map((c) => allText(c)));
  return nodesOfType(card, 'Container')
    .filter((c) => String(c['id']).startsWith('entra-ask-row-'))
    .map((rec) => {
      const [heading, details] = rec['items'] as unknown[];
      return [allText(heading), ...nodesOfType(details, 'TextRun').filter((_, i) => i % 2 === 1).map((r) => String(r['text']))];
    });
}
