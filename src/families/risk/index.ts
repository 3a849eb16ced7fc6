import { defineFamily, handler } from '../family';
import { answerRiskyUserSummary } from './risk-summary.answer';
import { answerRiskyApps, answerRiskyUserDetails, answerRiskyUserDetections, answerRiskyUserHistory, answerRiskyUsers, answerRiskyUserSignIns } from './risk.answer';
import { planRiskyApps, planRiskyUserDetails, planRiskyUserDetections, planRiskyUserHistory, planRiskyUsers, planRiskyUserSignIns, planRiskyUserSummary } from './risk.plan';

export const risk = defineFamily({
  id: 'risk',
  help: {
    title: 'Identity risk',
    examples: ['Show high risk users', 'What is the risk history for karita@woodgrovebank.com?', "Summarize Julieta's risk", 'List 5 apps with high risk level'],
  },
  intents: {
    'riskyUsers.list': {
      example: 'Show high risk users',
      meaning: 'users flagged risky by ID Protection',
      slots: { accepts: ['riskLevel', 'riskState', 'window', 'top'] },
      personal: true,
      handler: handler({ needs: [], plan: planRiskyUsers, answer: answerRiskyUsers }),
    },
    'riskyUser.details': {
      example: 'What is the risk level of karita@woodgrovebank.com?',
      meaning: "a user's risk level, state and details",
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planRiskyUserDetails, answer: answerRiskyUserDetails }),
    },
    'riskyUser.history': {
      example: 'What is the risk history for karita@woodgrovebank.com?',
      meaning: "a user's risk history",
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planRiskyUserHistory, answer: answerRiskyUserHistory }),
    },
    'riskyUser.signIns': {
      example: 'List the recent risky sign-ins for Karita',
      meaning: "a user's risky sign-ins",
      slots: { accepts: ['user', 'window', 'riskLevel'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planRiskyUserSignIns, answer: answerRiskyUserSignIns }),
    },
    'riskyUser.detections': {
      example: 'List the risk detections for Karita',
      meaning: "a user's risk detections",
      slots: { accepts: ['user', 'window'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planRiskyUserDetections, answer: answerRiskyUserDetections }),
    },
    'riskyUser.summary': {
      example: "Summarize Julieta's risk",
      meaning: 'summary of why a user is risky and what to do',
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planRiskyUserSummary, answer: answerRiskyUserSummary }),
    },
    'riskyApps.list': {
      example: 'Show me risky apps',
      meaning: 'risky applications / service principals',
      slots: { accepts: ['riskLevel', 'riskState', 'top', 'app'] },
      personal: false,
      handler: handler({ needs: [], plan: planRiskyApps, answer: answerRiskyApps }),
    },
  },
});
