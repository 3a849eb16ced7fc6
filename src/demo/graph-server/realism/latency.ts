import { seededRandom } from '../../../util/seeded-random';

/**
 * Service latency as a log-normal distribution fixed by its median and 95th percentile
 * (p95 = median · e^(1.645·σ)), drawn from a seeded generator so a run is repeatable.
 */
export interface LatencyDistribution {
  readonly medianMs: number;
  readonly p95Ms: number;
}

const Z95 = 1.6448536269514722;

export function latencySampler(d: LatencyDistribution, seed: number): () => number {
  if (!(d.medianMs > 0) || !(d.p95Ms >= d.medianMs)) throw new RangeError('latency needs 0 < median <= p95');
  const random = seededRandom(seed);
  const mu = Math.log(d.medianMs);
  const sigma = (Math.log(d.p95Ms) - mu) / Z95;
  return () => {
    // Box–Muller from two uniforms in (0, 1].
    const u1 = 1 - random();
    const u2 = random();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.exp(mu + sigma * z);
  };
}
