import { directoryAuditsDef, signInsDef } from '../resources/log-defs';
import { runSignInQuery } from '../signins/signin-query';
import type { SignInStore } from '../signins/signin-store';
import type { DataContext } from '../data/data-context';
import { memorySet } from './memory-set';
import type { EntitySet } from './route-types';

function signInSet(pick: (ctx: DataContext) => SignInStore): EntitySet {
  return {
    kind: 'set',
    def: signInsDef,
    contextName: 'auditLogs/signIns',
    navigations: {},
    list: (ctx, q, page) => runSignInQuery(pick(ctx), signInsDef, q, page),
    find: (ctx, key) => {
      const store = pick(ctx);
      const pos = store.positionOfId(key);
      return pos < 0 ? undefined : store.objectAt(pos);
    },
  };
}

/** `/auditLogs/signIns` over the interactive sign-in store. */
export const signInsSet = signInSet((ctx) => ctx.signIns);

/** `/auditLogs/directoryAudits` */
export const directoryAuditsSet: EntitySet = memorySet(directoryAuditsDef, 'auditLogs/directoryAudits', 'directoryAudits');
