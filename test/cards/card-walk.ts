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
