import { FOLLOW_UP_TITLE_CHARS, type Answer, type Choice } from './answer';
import { followUp, followUpFields } from './answer-kit';
import { cutAtWord } from '../cards/text';
import type { Intent, IntentName } from '../understanding/intent';
import { familyOf, QUESTION_FAMILIES } from '../families/registry';

export function answerHelp(): Answer {
  return {
    kind: 'summary',
    title: 'What you can ask Entra Ask',
    summary: 'Ask in plain English about your Microsoft Entra tenant. Every answer shows the Microsoft Graph request or KQL query behind it.',
    columns: [], rows: [], facts: [],
    sections: QUESTION_FAMILIES.map((f) => ({ title: f.title, bullets: f.examples })),
    // The first example of a family that fits a whole button, else its first with a short title.
    ...followUpFields(QUESTION_FAMILIES.slice(0, 4).map((f) => {
      const example = f.examples.find((e) => e.length <= FOLLOW_UP_TITLE_CHARS) ?? f.examples[0]!;
      return followUp(example, example, `Ask about ${f.title.toLowerCase()}`);
    })),
  };
}

function closestChoices(names: readonly IntentName[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const name of names) {
    const family = familyOf(name);
    const example = family?.examples[0];
    if (example && !seen.has(example)) {
      seen.add(example);
      out.push({ title: example, question: example });
    }
  }
  return out.slice(0, 5);
}

/** Why the question is not one Entra Ask answers, from what understanding found in it. */
function whyNot(intent: Intent): string {
  const what = intent.outOfScope === undefined ? undefined : cutAtWord(intent.outOfScope, 80);
  if (what === undefined) return "this isn't one of the questions it knows";
  switch (intent.outOfScopeKind) {
    case 'count': return `none of its questions counts, ranks or compares by "${what}"`;
    case 'object': return `it doesn't read "${what}"`;
    case 'topic': return `this is about ${what}, which isn't among them`;
    // The learnt gate's reading (a question far from every family by its form) gives no reason to quote.
    default: return "this isn't one of the questions it knows";
  }
}

export function answerUnknown(question: string, intent: Intent): Answer {
  const choices = closestChoices(intent.alternatives ?? ['user.details', 'group.owners', 'signIns.failures', 'riskyUsers.list']);
  return {
    kind: 'clarify',
    title: "I can't answer that here",
    summary: `I can't answer "${cutAtWord(question, 200)}" here: Entra Ask reads users, groups, sign-ins, risk, audit logs, apps, admin roles and access packages of your Microsoft Entra tenant, and ${whyNot(intent)}. Nothing was looked up. Here are the closest questions I can answer; or type "help" for everything I can do.`,
    columns: [], rows: [], facts: [], followUps: ['help'],
    choices,
  };
}

