import { analyse } from './analysis/analyse';
import { modelVocabulary } from './classifier/model';
import type { NameIndex } from './names/name-index';
import { outOfScopeTopic } from './recognisers/out-of-scope';
import { askerContexts } from './text/asker-context';
import { withoutCourtesy } from './text/courtesy';

/**
 * The question without the sentences about the asker or their team before or after it ("I'm new to this. …", "I am the
 * helpdesk admin here. …", "… I'm new to this."; `text/asker-context.ts`), when such a sentence, read on its own, names
 * nothing of the tenant but a role or a department (the asker's) and no topic Entra Ask does not read. At most two such
 * sentences; the same text when there is none.
 */
export function withoutAskerContext(text: string, names: NameIndex, now: Date): string {
  let out = text;
  for (let round = 0; round < 2; round += 1) {
    const found = askerContexts(out).find((c) => {
      const said = analyse(c.statement, { names, vocabulary: modelVocabulary(), now });
      // A role or a department in it is the asker's ("I am a global admin.", "I work in IT security."); "It is urgent": the
      // sentence's own subject is no reference to anything of the question's.
      return !said.mentions.some((m) => m.kind !== 'role' && m.kind !== 'department' && !(m.kind === 'ref' && m.start === 0)) && outOfScopeTopic(said) === undefined;
    });
    if (found === undefined) break;
    out = withoutCourtesy(found.rest);
  }
  return out;
}
