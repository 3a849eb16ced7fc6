/**
 * Every test must assert something: a test that makes no `expect` call fails ("expected any
 * number of assertion, but got none"). Tests that depend on the environment (live services, the
 * shared folder) use `it.skipIf` / `describe.skipIf`, so they show as skipped, never as passed.
 * fast-check properties count through the `expect` calls in their predicates.
 */
import { beforeEach, expect } from 'vitest';

beforeEach(() => {
  expect.hasAssertions();
});
