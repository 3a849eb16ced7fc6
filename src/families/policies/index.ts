import { defineFamily, handler } from '../family';
import { answerConditionalAccess } from './conditional-access.answer';
import { nextConditionalAccess, planConditionalAccess } from './conditional-access.plan';

/** The tenant's policies: Conditional Access. */
export const policies = defineFamily({
  id: 'policies',
  help: {
    title: 'Conditional Access',
    examples: ['List conditional access policies', 'Which policies are in report-only mode?', 'Which conditional access policies exclude the break-glass accounts?'],
  },
  intents: {
    'policies.conditionalAccess': {
      example: 'List conditional access policies',
      meaning: 'the Conditional Access policies: state (enabled, disabled, reportOnly), who they apply to (user), who they exclude (excludes: breakGlass or any)',
      slots: { accepts: ['state', 'user', 'excludes'] },
      personal: false,
      handler: handler({ needs: [], optional: ['user'], plan: planConditionalAccess, next: nextConditionalAccess, answer: answerConditionalAccess }),
    },
  },
});
