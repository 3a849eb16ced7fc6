/** make-series with a constant in place of an aggregation (make-series-operator.md, `other=-1 default=-2`). */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';

describe('make-series constant', () => {
  it('gives the constant in bins with rows and the default elsewhere', async () => {
    const q = `datatable(Time: datetime, Value: int)[datetime(2025-01-07), 10, datetime(2025-01-16), 20, datetime(2025-02-01), 30]
      | make-series Value=sum(Value), other=-1 default=-2 on Time from datetime(2025-01-06) to datetime(2025-02-09) step 7d
      | project other`;
    expect(await rows(q)).toEqual([[[-1, -1, -2, -1, -2]]]);
  });

  it('still refuses an expression over columns that is not an aggregation', async () => {
    const q = `datatable(Time: datetime, Value: int)[datetime(2025-01-07), 10]
      | make-series v=Value + 1 on Time from datetime(2025-01-06) to datetime(2025-01-20) step 7d`;
    await expect(rows(q)).rejects.toThrow(/make-series|not support|aggregat/i);
  });
});
