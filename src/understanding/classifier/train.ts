import { seededRandom } from '../training/grammar';
import type { LinearModel } from './linear-model';

export interface TrainingExample {
  readonly features: readonly string[];
  readonly label: string;
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  readonly seed?: number;
  /** Weights smaller than this are dropped from the stored model. */
  readonly prune?: number;
}

/**
 * The examples with each feature replaced by its index (in order of first use, its own features once each) and their label
 * as `labelOf` numbers it; the index of every feature.
 */
function indexed(examples: readonly TrainingExample[], labelOf: (label: string) => number): { featIndex: Map<string, number>; rows: { feats: number[]; label: number }[] } {
  const featIndex = new Map<string, number>();
  const rows = examples.map((e) => ({
    feats: [...new Set(e.features)].map((f) => {
      let i = featIndex.get(f);
      if (i === undefined) { i = featIndex.size; featIndex.set(f, i); }
      return i;
    }),
    label: labelOf(e.label),
  }));
  return { featIndex, rows };
}

/** Trains a softmax regression by seeded SGD; deterministic for the same examples. */
export function train(examples: readonly TrainingExample[], labels: readonly string[], options: TrainOptions = {}): LinearModel {
  const { epochs = 12, learningRate = 0.3, l2 = 1e-6, seed = 7, prune = 0.02 } = options;
  const nC = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const { featIndex, rows } = indexed(examples, (label) => labelIndex.get(label) ?? 0);
  const W = new Float64Array(featIndex.size * nC);
  const bias = new Float64Array(nC);
  const rand = seededRandom(seed);
  const order = rows.map((_, i) => i);
  const p = new Float64Array(nC);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = learningRate / (1 + epoch * 0.5);
    for (const r of order) {
      const row = rows[r]!;
      let max = -Infinity;
      for (let c = 0; c < nC; c += 1) {
        let s = bias[c]!;
        for (const f of row.feats) s += W[f * nC + c]!;
        p[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < nC; c += 1) { p[c] = Math.exp(p[c]! - max); sum += p[c]!; }
      for (let c = 0; c < nC; c += 1) {
        const g = p[c]! / sum - (c === row.label ? 1 : 0);
        if (Math.abs(g) < 1e-4) continue;
        bias[c] = bias[c]! - lr * g * 0.1;
        for (const f of row.feats) W[f * nC + c] = W[f * nC + c]! * (1 - lr * l2) - lr * g;
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, i] of [...featIndex.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const list: number[] = [];
    for (let c = 0; c < nC; c += 1) {
      const w = W[i * nC + c]!;
      if (Math.abs(w) >= prune) list.push(c, Math.round(w * 1000) / 1000);
    }
    if (list.length > 0) weights[f] = list;
  }
  return { labels: [...labels], bias: [...bias].map((b) => Math.round(b * 1000) / 1000), weights };
}

/**
 * A two-class logistic regression (`labels[1]` the positive class) fitted to convergence on the whole batch: mean log loss
 * plus `l2`/2 times the squared weights (bias not penalised), minimised by Nesterov's accelerated gradient for a fixed
 * number of iterations. No shuffling, so the result depends only on the examples: a retrain after a few examples changed
 * moves the weights a little, where seeded SGD stopped after a few epochs moved unrelated weights by up to 0.3 and flipped
 * questions near the threshold. Stored as a `LinearModel` whose first class has zero weights.
 */
export function trainLogistic(examples: readonly TrainingExample[], labels: readonly [string, string], options: { l2: number; iterations?: number }): LinearModel {
  const { l2, iterations = 3000 } = options;
  const { featIndex, rows } = indexed(examples, (label) => (label === labels[1] ? 1 : 0));
  const n = rows.length;
  const d = featIndex.size;
  // Step 1/L: the log loss's curvature is at most a quarter of the largest squared row norm (binary features), plus l2.
  const maxNorm = rows.reduce((m, r) => Math.max(m, r.feats.length + 1), 1);
  const step = 1 / (maxNorm / 4 + l2);
  let w = new Float64Array(d + 1); // last entry: the bias
  let prev = new Float64Array(d + 1); // the step before, then the buffer the next step is written to
  const look = new Float64Array(d + 1);
  const grad = new Float64Array(d + 1);
  for (let t = 1; t <= iterations; t += 1) {
    const momentum = (t - 1) / (t + 2);
    for (let j = 0; j <= d; j += 1) look[j] = w[j]! + momentum * (w[j]! - prev[j]!);
    grad.fill(0);
    for (const r of rows) {
      let s = look[d]!;
      for (const f of r.feats) s += look[f]!;
      const g = (1 / (1 + Math.exp(-s)) - r.label) / n;
      grad[d] = grad[d]! + g;
      for (const f of r.feats) grad[f] = grad[f]! + g;
    }
    for (let j = 0; j < d; j += 1) grad[j] = grad[j]! + l2 * look[j]!;
    [prev, w] = [w, prev];
    for (let j = 0; j <= d; j += 1) w[j] = look[j]! - step * grad[j]!;
  }
  const weights: Record<string, number[]> = {};
  for (const [f, i] of [...featIndex.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const v = Math.round(w[i]! * 1000) / 1000;
    if (v !== 0) weights[f] = [1, v];
  }
  return { labels: [...labels], bias: [0, Math.round(w[d]! * 1000) / 1000], weights };
}
