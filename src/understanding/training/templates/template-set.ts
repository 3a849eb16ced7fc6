import type { IntentName } from '../../intent';

/** Paraphrase templates by intent (see `../grammar.ts` for the syntax). */
export type TemplateSet = Partial<Record<IntentName, readonly string[]>>;
