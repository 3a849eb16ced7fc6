import { describe, expect, it } from 'vitest';
import { createContext, DOMAIN } from '../../src/demo/generator/context';
import { buildDeletedUsers } from '../../src/demo/generator/deleted-users';
import type { People } from '../../src/demo/generator/users';

const ctx = createContext({ seed: 7, anchorTime: '2026-11-20T12:00:00Z', users: 200, days: 3 });

/** People whose UPNs are the given ones; buildDeletedUsers reads only `all[].upn`. */
function peopleWith(upns: readonly string[]): People {
  return { all: upns.map((upn) => ({ upn })), byPersona: {}, managerOf: new Map() } as unknown as People;
}

describe('deleted users', () => {
  it('takes the next free number when a name is taken (a clash once looped for ever: seed 3, 2,000 users hung CI)', () => {
    const taken = ['miriam.graham', 'miriam.graham2', 'lynne.robbins'].map((u) => `${u}@${DOMAIN}`);
    const deleted = buildDeletedUsers(ctx, peopleWith(taken));
    const mails = deleted.map((d) => String(d.object['mail']));
    expect(mails).toContain(`miriam.graham3@${DOMAIN}`);
    expect(mails).toContain(`lynne.robbins2@${DOMAIN}`);
    expect(mails).toContain(`pradeep.gupta@${DOMAIN}`);
    expect(new Set(mails).size).toBe(mails.length);
    for (const t of taken) expect(mails).not.toContain(t);
  });
});
