import { defineFamily, handler } from '../family';
import { answerTenantDetails } from './tenant-details.answer';
import { planTenantDetails } from './tenant-details.plan';

/** The tenant itself: its id, name, domains and notification contacts. */
export const tenant = defineFamily({
  id: 'tenant',
  help: { title: 'The tenant', examples: ["What's our tenant ID?", 'Which domains are verified?'] },
  intents: {
    'tenant.details': {
      example: "What's our tenant ID?",
      meaning: 'the tenant itself: tenant id, name, creation date, verified / initial / default domains, technical and security contacts',
      slots: { accepts: [] },
      personal: false,
      handler: handler({ needs: [], plan: planTenantDetails, answer: answerTenantDetails }),
    },
  },
});
