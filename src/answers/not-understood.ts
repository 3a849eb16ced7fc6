import type { Answer } from './answer';

/**
 * The "not understood" answer for a person who may not read the directory (a guest, someone the
 * tenant does not know): fixed words, no echo of the question and no suggestions drawn from it,
 * so whether a typed name is a user, a group, an app, a package or nothing changes nothing in the
 * answer (no name oracle; issue 18).
 */
export function answerNotUnderstoodPlain(): Answer {
  return {
    kind: 'clarify',
    title: "I'm not sure what you're asking",
    summary: 'I couldn\'t match that to a question I can answer for you. Type "help" to see what you can ask.',
    columns: [], rows: [], facts: [], followUps: ['help'],
    choices: [{ title: 'Help', question: 'help' }],
  };
}
