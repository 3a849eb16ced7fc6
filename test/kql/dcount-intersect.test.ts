/**
 * evaluate dcount_intersect (dcount-intersect-plugin.md): the page's example (50 even numbers, 16
 * also divisible by 3, 3 also by 5, after removing the extra 0), and the row counts the page does
 * not describe refused.
 */
import { describe, expect, it } from 'vitest';
import { fixtureEngine, refused } from './helpers';

async function rows(kql: string): Promise<unknown[][]> {
  return (await (await fixtureEngine()).query(kql)).rows.map((x) => [...x]);
}

const HLLS = `range x from 1 to 100 step 1
| extend isEven = (x % 2 == 0), isMod3 = (x % 3 == 0), isMod5 = (x % 5 == 0)
| summarize hll_even = hll(iif(isEven, x, 0), 2), hll_mod3 = hll(iif(isMod3, x, 0), 2), hll_mod5 = hll(iif(isMod5, x, 0), 2)`;

describe('dcount_intersect (dcount-intersect-plugin.md)', () => {
  it('counts S1, S1 ∩ S2, S1 ∩ S2 ∩ S3 (the page example: 50, 16, 3 after removing 0)', async () => {
    expect(await rows(`${HLLS} | evaluate dcount_intersect(hll_even, hll_mod3, hll_mod5) | project evenNumbers = s0 - 1, even_and_mod3 = s1 - 1, even_and_mod3_and_mod5 = s2 - 1`)).toEqual([[50, 16, 3]]);
  });

  it('is allowed by the read-only check and refuses inputs of several rows or none', async () => {
    expect(await refused(`${HLLS} | where false | evaluate dcount_intersect(hll_even, hll_mod3)`)).toBe('EA104');
    expect(await refused(`${HLLS} | union (${HLLS}) | evaluate dcount_intersect(hll_even, hll_mod3)`)).toBe('EA104');
  });
});
