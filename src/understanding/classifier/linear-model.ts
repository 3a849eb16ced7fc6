/**
 * A multinomial logistic regression over sparse binary features, as stored in `model.json`:
 * `weights[feature]` is a flat list `[classIndex, weight, classIndex, weight, ...]`.
 */
export interface LinearModel {
  readonly labels: readonly string[];
  readonly bias: readonly number[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** Class probabilities (softmax of the linear scores), in `labels` order. */
export function predict(model: LinearModel, feats: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const f of feats) {
    const w = model.weights[f];
    if (w === undefined) continue;
    for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!;
  }
  // The largest score and the normalisation in place: Math.max(...scores) and scores.map allocated a number for each class.
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c += 1) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < scores.length; c += 1) scores[c] = scores[c]! / sum;
  return scores;
}

/** How many features of a question the model knows (0 means it understood no word). */
export function knownFeatures(model: LinearModel, feats: readonly string[]): number {
  return feats.filter((f) => model.weights[f] !== undefined).length;
}
