import type { SlotName } from '../../understanding/intent';
import { defineFamily, handler } from '../family';
import { answerSignInSummary } from './sign-in-summary.answer';
import { planSignInSummary } from './sign-in-summary.plan';
import { answerSignIns } from './sign-ins.answer';
import { planSignIns } from './sign-ins.plan';
import { answerTroubleshoot } from './troubleshoot.answer';
import { planTroubleshoot } from './troubleshoot.plan';
import { answerUnusualLocations } from './unusual-locations.answer';
import { planUnusualLocations } from './unusual-locations.plan';

const SIGN_IN: readonly SlotName[] = ['user', 'window', 'status', 'app', 'ip', 'country', 'city', 'errorCode', 'authRequirement', 'deviceCompliant', 'top'];

export const signIns = defineFamily({
  id: 'sign-ins',
  help: {
    title: 'Sign-ins',
    examples: ['Sign-ins for Karita in the past 48 hours', 'Show failed sign-ins for karita@woodgrovebank.com for the past 7 days', "Why can't Karita sign in?", 'How many failed sign-ins this week by app?'],
  },
  intents: {
    'signIns.list': {
      example: 'Sign-ins for Karita in the past 48 hours',
      meaning: 'sign-in logs, filtered by user, time, status, app, IP, country, error code, MFA used or not, device compliance',
      slots: { accepts: SIGN_IN },
      personal: true,
      handler: handler({ needs: [], optional: ['user', 'app'], plan: (c) => planSignIns(c), answer: (i) => answerSignIns(i) }),
    },
    'signIns.failures': {
      example: 'Failed sign-ins for Karita in the past 7 days',
      meaning: 'failed sign-ins (who, which error codes, which IP addresses)',
      slots: { accepts: ['user', 'window', 'errorCode', 'app', 'ip', 'country', 'authRequirement', 'deviceCompliant', 'top'] },
      personal: true,
      handler: handler({ needs: [], optional: ['user', 'app'], plan: (c) => planSignIns(c, 'failure'), answer: (i) => answerSignIns(i, 'failure') }),
    },
    'signIns.troubleshoot': {
      example: "Why can't Karita sign in?",
      meaning: "why a user can't sign in: latest failures, error meanings, Conditional Access, account state",
      slots: { accepts: ['user', 'window'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planTroubleshoot, answer: answerTroubleshoot }),
    },
    'signIns.summary': {
      example: 'How many failed sign-ins this week by app?',
      meaning: 'sign-in counts or trends grouped by app, country, result, user, hour, day or errorCode',
      slots: { accepts: ['window', 'user', 'groupBy', 'status', 'app', 'errorCode', 'authRequirement', 'deviceCompliant', 'top'] },
      personal: false,
      handler: handler({ needs: [], optional: ['user', 'app'], plan: planSignInSummary, answer: answerSignInSummary }),
    },
    'signIns.unusualLocations': {
      example: 'Did Karita sign in from somewhere new?',
      meaning: 'sign-ins from countries a person (or anyone) did not sign in from before: countries in the window (default 7 days) not seen in the baseline (default the 30 days before)',
      slots: { accepts: ['user', 'window', 'baseline'] },
      personal: true,
      handler: handler({ needs: [], optional: ['user'], plan: planUnusualLocations, answer: answerUnusualLocations }),
    },
  },
});
