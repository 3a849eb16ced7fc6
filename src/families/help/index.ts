import { defineFamily, META } from '../family';

/** Answered by the pipeline itself: what the bot can do, and questions it did not understand. */
export const help = defineFamily({
  id: 'help',
  intents: {
    help: {
      example: 'What can you do?',
      meaning: 'the person asks what the bot can do',
      slots: { accepts: [] },
      personal: false,
      handler: META,
    },
    unknown: {
      example: 'what is the weather in Lisbon tomorrow',
      meaning: 'none of the above',
      slots: { accepts: [] },
      personal: false,
      handler: META,
    },
  },
});
