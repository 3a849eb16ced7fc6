import type { NameKind } from '../names/name-index';
import type { Analysis } from './analyse';
import { streamOf } from './analyse';
import type { Mention } from './mention';

/**
 * A name that several kinds of object carry ("Helpdesk Admins": a group, and the everyday name
 * of the Helpdesk Administrator role) gives one reading per kind; the classifier picks the
 * reading it finds most plausible. At most `limit` readings.
 */
export function readingsOf(a: Analysis, limit = 4): Analysis[] {
  const out: Analysis[] = [a];
  a.mentions.forEach((m, i) => {
    if (out.length >= limit || !('alternatives' in m) || m.alternatives === undefined || m.alternatives.length === 0) return;
    const kinds = [...new Set(m.alternatives.map((e) => e.kind))];
    for (const kind of kinds) {
      if (out.length >= limit) break;
      const entries = m.alternatives.filter((e) => e.kind === kind);
      const swapped = { ...m, kind: kind as NameKind, entries, alternatives: [...m.entries, ...m.alternatives.filter((e) => e.kind !== kind)] } as Mention;
      const mentions = a.mentions.map((x, k) => (k === i ? swapped : x));
      out.push({ ...a, mentions, stream: streamOf(a.words, mentions) });
    }
  });
  return out;
}
