/**
 * Names of columns and variables (entity-names.md: "Identifiers must be between 1 and 1024 characters long"). Kusto.Language
 * binds an empty bracketed name, which named no column the engine could make (an internal error, EA105).
 */
import { describe, expect, it } from 'vitest';
import { refused, rows } from './helpers';

describe('an empty name is refused with its own code, not an internal error', () => {
  it.each([
    "print [''] = 1",
    'print [""] = 1',
    "print x = 1 | project ['']",
    "datatable(['']:long, b:long) [1, 2] | summarize take_any(*)",
  ])('%s → EA009', async (q) => {
    expect(await refused(q)).toBe('EA009');
  });

  it('a bracketed name with characters in it still runs', async () => {
    expect(await rows("print ['a b'] = 1 | extend ['x-y'] = 2")).toEqual([[1, 2]]);
  });
});
