import { defineFamily, handler } from '../family';
import { answerLicensesSummary, answerUsersLicenses } from './licenses.answer';
import { nextUsersLicenses, planLicensesSummary, planUsersLicenses } from './licenses.plan';

/** Licences: the tenant's subscriptions and who holds them. */
export const licenses = defineFamily({
  id: 'licenses',
  help: { title: 'Licences', examples: ['How many P2 licences do we have and how many are used?', 'What licences does Karita have?', 'Which users have no licence?'] },
  intents: {
    'users.licenses': {
      example: 'What licences does Karita have?',
      meaning: "licences held by users: one user's licences, who holds a licence (sku: its product name, e.g. Microsoft Entra ID P2), or users without a licence (unlicensed)",
      slots: { accepts: ['user', 'sku', 'unlicensed'] },
      personal: true,
      handler: handler({ needs: [], optional: ['user'], plan: planUsersLicenses, next: nextUsersLicenses, answer: answerUsersLicenses }),
    },
    'licenses.summary': {
      example: 'How many P2 licences do we have and how many are used?',
      meaning: "the tenant's licence subscriptions: seats bought, assigned and available (sku narrows to one)",
      slots: { accepts: ['sku'] },
      personal: false,
      handler: handler({ needs: [], plan: planLicensesSummary, answer: answerLicensesSummary }),
    },
  },
});
