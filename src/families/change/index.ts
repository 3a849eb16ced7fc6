import { defineFamily, handler } from '../family';
import type { Intent } from '../../understanding/intent';
import { answerChangeRefused } from './change-refused.answer';

/** The reading question the object of the change was understood as (the pipeline passes the whole intent). */
function alternativeOf(intent: Pick<Intent, 'name' | 'slots'> & { readonly alternatives?: Intent['alternatives'] }): string | undefined {
  return intent.alternatives?.[0];
}

/**
 * Requests to change the tenant (disable, reset, add, assign, activate, delete…). Entra Ask only
 * reads: nothing is planned or run; the answer says so and offers the matching read-only question.
 */
export const change = defineFamily({
  id: 'change',
  intents: {
    'change.refused': {
      example: "disable Alain's account",
      meaning: 'the person asks to change something in the tenant (disable, enable, reset, delete, create, add, remove, assign, activate, approve, revoke…); nothing is done, the bot only reads',
      slots: { accepts: ['action', 'user', 'group', 'app', 'role', 'accessPackage'] },
      personal: false,
      handler: handler({
        needs: [],
        refuse: (ctx) => answerChangeRefused(ctx.intent.slots, alternativeOf(ctx.intent)),
        plan: () => ({ queries: [] }),
        answer: (input) => answerChangeRefused(input.intent.slots, alternativeOf(input.intent)),
      }),
    },
  },
});
