/**
 * NB-SVM-style feature scaling (Wang & Manning 2012) for binary heads: each hashed feature is scaled by how much
 * more often it occurs in one class than the other (the magnitude of its log-count ratio), interpolated with 1.
 * AdaGrad steps are scale-free per feature, so indicative features move further per step: a Naive Bayes prior
 * on a discriminative model. The scale is folded into the weights after training, so the shipped model and the
 * scorer stay a plain linear model.
 */
export function logCountRatio(xs: { idx: Int32Array }[], ys: number[], bits: number, beta: number, alpha = 1): Float32Array {
  const n = 1 << bits;
  const pos = new Float64Array(n).fill(alpha), neg = new Float64Array(n).fill(alpha);
  const seen = new Uint32Array(n);
  xs.forEach((x, k) => {
    const counts = ys[k] ? pos : neg;
    // Presence, not counts (as in the paper): the stamp skips a feature's repeats within one text.
    for (const i of x.idx) if (seen[i] !== k + 1) (seen[i] = k + 1), counts[i]!++;
  });
  const posSum = pos.reduce((a, b) => a + b, 0), negSum = neg.reduce((a, b) => a + b, 0);
  return Float32Array.from(pos, (p, i) => 1 - beta + beta * Math.abs(Math.log(p / posSum / (neg[i]! / negSum))));
}
