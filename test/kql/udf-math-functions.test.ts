/**
 * erf, erfc and the beta distribution: the pages' outputs (erf-function.md, erfc-function.md,
 * beta-*-function.md, 15 significant digits) and their stated edge cases (NaN outside the domain,
 * null for a probability above 1), plus textbook values (Abramowitz & Stegun tables).
 */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';

const one = async (expr: string): Promise<unknown> => ((await rows(`print r = ${expr}`)) as unknown[][])[0]![0];

describe('erf / erfc', () => {
  it.each<[string, number]>([
    ['erf(-3)', -0.999977909503001],
    ['erf(1)', 0.842700792949715],
    ['erf(0.5)', 0.5204998778130465],
    ['erf(0)', 0],
    ['erfc(-1)', 1.842700792949715],
    ['erfc(2)', 0.00467773498104727],
    ['erfc(3)', 2.20904969985854e-5],
    ['erfc(5)', 1.5374597944280349e-12],
    ['erf(10)', 1],
  ])('%s', async (expr, expected) => {
    const v = (await one(expr)) as number;
    expect(Math.abs(v - expected)).toBeLessThanOrEqual(1e-13 * Math.max(Math.abs(expected), 1e-3));
  });
});

describe('beta distribution', () => {
  it.each<[string, number]>([
    ['beta_cdf(0.9, 10.0, 20.0)', 0.999999999999959],
    ['beta_pdf(0.5, 10.0, 20.0)', 0.746176019310951],
    ['beta_inv(0.1, 10.0, 20.0)', 0.226415022388749],
    ['beta_cdf(beta_inv(0.7, 2.5, 3), 2.5, 3)', 0.7],
    ['beta_cdf(0.5, 1, 1)', 0.5],
  ])('%s', async (expr, expected) => {
    expect(Math.abs(((await one(expr)) as number) - expected)).toBeLessThan(1e-12);
  });

  it.each<[string, unknown]>([
    ['isnan(beta_cdf(1.5, 10.0, 20.0))', true],
    ['isnan(beta_cdf(-10.0, 10.0, 20.0))', true],
    ['isnan(beta_pdf(0.1, -1.0, 20.0))', true],
    ['isnan(beta_inv(0.1, -1.0, 20.0))', true],
    ['isnull(beta_inv(1.5, 10.0, 20.0))', true],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });
});
