import { describe, expect, it } from 'vitest';
import { averageModels, buildModel } from '../../src/understanding/classifier/build';
import { MODEL } from '../../src/understanding/classifier/model';
import { TEMPLATES } from '../../src/understanding/training/templates';
import { understandingSourceHash } from '../../scripts/understanding-source-hash';

describe('the committed intent model', () => {
  it('was trained from the current sources (else: npx tsx scripts/understanding-train.ts)', () => {
    expect(MODEL.sourceHash).toBe(understandingSourceHash());
  });

  it('knows every intent that has templates, and nothing else', () => {
    expect([...MODEL.labels].sort()).toEqual(Object.keys(TEMPLATES).sort());
    expect(MODEL.trainedOn).toBeGreaterThan(10_000);
  });

  // Retraining takes ~15 s on a busy machine: run with UNDERSTANDING_RETRAIN=1.
  it.runIf(process.env.UNDERSTANDING_RETRAIN === '1')('is reproduced exactly by retraining', () => {
    expect({ ...buildModel(), sourceHash: MODEL.sourceHash }).toEqual(MODEL);
  }, 120_000);
});

describe('averaged training', () => {
  it('averages the weights and biases of runs with different orders, dropping small weights', () => {
    const a = { labels: ['x', 'y'], bias: [0.2, 0.4], weights: { f: [0, 1, 1, 0.03], g: [1, 0.01] } };
    const b = { labels: ['x', 'y'], bias: [0.4, 0], weights: { f: [0, 0.5], h: [0, -0.6] } };
    expect(averageModels([a, b])).toEqual({ labels: ['x', 'y'], bias: [0.3, 0.2], weights: { f: [0, 0.75], h: [0, -0.3] } });
  });
});
