/**
 * The list of question families. Everything that needs to know the intents (the pipeline's
 * handlers, help and welcome cards, the understanding stage's slot schema, the LLM catalog,
 * channel privacy, the policy coverage tests) reads this file; nothing else lists them by hand.
 * A new family is one folder and one line in FAMILIES (see README.md beside this file).
 */
import type { Intent, IntentName } from '../understanding/intent';
import type { Family, IntentDeclaration, IntentHandler, IntentSchema, MetaHandler, QuestionFamily } from './family';
import { fitsButton } from '../cards/help-card';
import { accessPackages } from './access-packages';
import { apps } from './apps';
import { audit } from './audit';
import { change } from './change';
import { groups } from './groups';
import { help } from './help';
import { licenses } from './licenses';
import { policies } from './policies';
import { privileged } from './privileged';
import { raw } from './raw';
import { reports } from './reports';
import { risk } from './risk';
import { signIns } from './sign-ins';
import { tenant } from './tenant';
import { users } from './users';

/** In the order help lists them. */
export const FAMILIES = [users, licenses, groups, signIns, risk, audit, apps, policies, privileged, accessPackages, reports, tenant, raw, change, help] as const;

type Declared<F> = F extends Family<infer I> ? keyof I : never;
type Missing = Exclude<IntentName, Declared<(typeof FAMILIES)[number]>>;
/** Fails to compile, naming the intent, when an intent of understanding/intent.ts belongs to no family. */
const everyIntentDeclared: [Missing] extends [never] ? true : Missing = true;
void everyIntentDeclared;

function declarations(): Readonly<Record<IntentName, IntentDeclaration>> {
  const out: Partial<Record<IntentName, IntentDeclaration>> = {};
  for (const family of FAMILIES as readonly Family[]) {
    for (const [name, declaration] of Object.entries(family.intents) as [IntentName, IntentDeclaration][]) {
      if (out[name]) throw new Error(`intent ${name} is declared by two families`);
      out[name] = declaration;
    }
  }
  return out as Record<IntentName, IntentDeclaration>;
}

/** Every intent's declaration, by name. */
export const DECLARATIONS = declarations();

function byIntent<T>(pick: (d: IntentDeclaration) => T): Readonly<Record<IntentName, T>> {
  return Object.fromEntries(Object.entries(DECLARATIONS).map(([name, d]) => [name, pick(d)])) as Record<IntentName, T>;
}

/** How each intent is answered (`meta`: by the pipeline itself). */
export const HANDLERS: Readonly<Record<IntentName, IntentHandler | MetaHandler>> = byIntent((d) => d.handler);

/** The slots each intent accepts and needs (the understanding stage's schema). */
export const SCHEMAS: Readonly<Record<IntentName, IntentSchema>> = byIntent((d) => d.slots);

/** One example question per intent, understood as that intent on the demo tenant. */
export const INTENT_EXAMPLES: Readonly<Record<IntentName, string>> = byIntent((d) => d.example);

/** One line per intent for the LLM planner; intents without a meaning never go to the model. */
export const INTENT_MEANINGS: Readonly<Partial<Record<IntentName, string>>> = Object.fromEntries(
  Object.entries(DECLARATIONS).flatMap(([name, d]) => (d.meaning === undefined ? [] : [[name, d.meaning]])),
);

/**
 * The intent that answers a question (handler and policy): the understood one, or the one its
 * declaration hands it to for these slots (`answeredAs`), with the same slots.
 */
export function answeringIntent(intent: Intent): Intent {
  const other = DECLARATIONS[intent.name].answeredAs?.(intent.slots);
  return other === undefined ? intent : { ...intent, name: other };
}

/** Intents whose rows are about people (channel privacy). */
export function isPersonal(intent: IntentName): boolean {
  return DECLARATIONS[intent].personal;
}

/** The families as help and welcome cards present them, in order. */
export const QUESTION_FAMILIES: readonly QuestionFamily[] = (FAMILIES as readonly Family[]).flatMap((f) => (f.help
  ? [{ title: f.help.title, examples: f.help.examples, intents: Object.keys(f.intents) as IntentName[] }]
  : []));

/** Per family the first example short enough for a whole button title, for the welcome card. */
export function welcomeExamples(): string[] {
  return QUESTION_FAMILIES.slice(0, 8).map((f) => f.examples.find(fitsButton) ?? f.examples[0]!).filter(Boolean);
}

export function familyOf(intent: IntentName): QuestionFamily | undefined {
  return QUESTION_FAMILIES.find((f) => f.intents.includes(intent));
}
