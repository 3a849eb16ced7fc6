/** The setup file is on: a test that asserts nothing does not pass. */
import { expect, it } from 'vitest';

it.fails('a test that makes no assertion fails', () => {
  // Nothing asserted here: the setup file's expect.hasAssertions() makes this test fail.
});

it('a test that asserts passes', () => {
  expect(1 + 1).toBe(2);
});
