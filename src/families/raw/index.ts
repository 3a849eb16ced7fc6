import { defineFamily, handler } from '../family';
import { answerRawGraph, answerRawGraphRefused } from './raw-graph.answer';
import { normaliseRawPath, planRawGraph } from './raw-graph.plan';
import { answerRawKql } from './raw-kql.answer';
import { planRawKql } from './raw-kql.plan';

export const raw = defineFamily({
  id: 'raw',
  help: {
    title: 'Power users',
    examples: ['SigninLogs | where ResultType != 0 | take 10', 'GET /users?$filter=userType eq \'Guest\''],
  },
  intents: {
    'kql.run': {
      example: 'SigninLogs | where ResultType != 0 | take 10',
      slots: { accepts: ['query'], needs: ['query'] },
      personal: true,
      handler: handler({ needs: [], plan: planRawKql, answer: answerRawKql }),
    },
    'graph.get': {
      example: "GET /users?$filter=userType eq 'Guest'",
      slots: { accepts: ['path'], needs: ['path'] },
      personal: true,
      handler: handler({
        needs: [],
        refuse: (ctx) => {
          const raw = normaliseRawPath(ctx.intent.slots.path ?? '');
          return raw.ok ? undefined : answerRawGraphRefused(ctx.intent.slots.path ?? '', raw.problem);
        },
        plan: planRawGraph,
        answer: answerRawGraph,
      }),
    },
  },
});
