/**
 * Logistic regression (binary or softmax) on hashed sparse features, trained with AdaGrad: per-feature step
 * sizes suit the long tail of rare n-grams, and a seeded shuffle makes `npm run train` reproducible.
 */
import { logCountRatio } from './nb';

export interface Encoded {
  idx: Int32Array;
  dense: Float64Array;
}

export interface Head {
  k: number;
  w: Float32Array;
  dense: Float64Array;
  bias: Float64Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  lr: number;
  /** Loss weight per class (balanced weights favour macro metrics). */
  classWeight: number[];
  seed: number;
  l2: number;
  /** Return the mean of the weights at the end of each epoch (Polyak averaging) instead of the best epoch's. */
  average?: boolean;
  /** Binary heads only: NB log-count-ratio feature scaling with this interpolation weight (see nb.ts). */
  nbBeta?: number;
  /** Loss weight per example (same order as `xs`): mapped public data counts less than the written corpus. */
  sampleWeight?: number[];
  /** Softmax heads: per example, the classes that are all acceptable (the label and its also_ok), if several. */
  okSets?: number[][];
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Class scores: one logit for a binary head, k logits for softmax; `scale` multiplies each hashed feature. */
export function predict(h: Head, x: Encoded, scale?: Float32Array): Float64Array {
  const z = Float64Array.from(h.bias);
  const norm = x.idx.length ? 1 / Math.sqrt(x.idx.length) : 0;
  for (const i of x.idx) for (let c = 0; c < h.k; c++) z[c]! += h.w[i * h.k + c]! * norm * (scale ? scale[i]! : 1);
  const D = h.dense.length / h.k;
  for (let c = 0; c < h.k; c++) for (let d = 0; d < D; d++) z[c]! += h.dense[c * D + d]! * x.dense[d]!;
  return z;
}

export function probabilities(h: Head, x: Encoded, scale?: Float32Array): Float64Array {
  const z = predict(h, x, scale);
  if (h.k === 1) return Float64Array.of(1 / (1 + Math.exp(-z[0]!)));
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** Trains one head; `after(head)` returns a validation score after each epoch, and the best epoch's weights are
 * kept. Without `after` (no validation split) the last epoch's weights are returned. */
export function train(xs: Encoded[], ys: number[], classes: number, opt: TrainOptions, after?: (h: Head) => number): Head {
  const k = classes === 2 ? 1 : classes;
  const size = (1 << opt.bits) * k;
  const DENSE_SIZE = xs[0]?.dense.length ?? 0;
  const h: Head = { k, w: new Float32Array(size), dense: new Float64Array(k * DENSE_SIZE), bias: new Float64Array(k) };
  const g2 = new Float32Array(size).fill(1e-6);
  const g2d = new Float64Array(k * DENSE_SIZE).fill(1e-6);
  const g2b = new Float64Array(k).fill(1e-6);
  const rand = mulberry32(opt.seed);
  const order = xs.map((_, i) => i);
  let best: Head | undefined;
  let bestScore = -Infinity;
  const avg: Head = { k, w: new Float32Array(size), dense: new Float64Array(k * DENSE_SIZE), bias: new Float64Array(k) };
  const scale = opt.nbBeta !== undefined && k === 1 ? logCountRatio(xs, ys, opt.bits, opt.nbBeta) : undefined;
  // The head others see has the scale folded into its weights: a plain linear model.
  const folded = (src: Head): Head => ({ k, w: scale ? src.w.map((v, i) => v * scale[i]!) : Float32Array.from(src.w), dense: Float64Array.from(src.dense), bias: Float64Array.from(src.bias) });
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const x = xs[n]!, y = ys[n]!;
      const p = probabilities(h, x, scale);
      const cw = (opt.classWeight[y] ?? 1) * (opt.sampleWeight?.[n] ?? 1);
      const norm = x.idx.length ? 1 / Math.sqrt(x.idx.length) : 0;
      // A set of acceptable classes: the loss is −log of their total probability, so the target spreads over
      // the set in proportion to the model's own probabilities (a single class is the usual softmax loss).
      const ok = opt.okSets?.[n];
      const okMass = ok ? ok.reduce((s, c) => s + p[c]!, 0) : 1;
      for (let c = 0; c < k; c++) {
        const target = k === 1 ? y : ok ? (ok.includes(c) ? p[c]! / okMass : 0) : y === c ? 1 : 0;
        const g = (p[c]! - target) * cw;
        for (const i of x.idx) {
          const at = i * k + c;
          const gi = g * norm * (scale ? scale[i]! : 1) + opt.l2 * h.w[at]!;
          g2[at]! += gi * gi;
          h.w[at]! -= (opt.lr * gi) / Math.sqrt(g2[at]!);
        }
        for (let d = 0; d < DENSE_SIZE; d++) {
          const at = c * DENSE_SIZE + d;
          const gd = g * x.dense[d]!;
          g2d[at]! += gd * gd;
          h.dense[at]! -= (opt.lr * gd) / Math.sqrt(g2d[at]!);
        }
        g2b[c]! += g * g;
        h.bias[c]! -= (opt.lr * g) / Math.sqrt(g2b[c]!);
      }
    }
    if (opt.average) {
      const a = 1 / (epoch + 1);
      for (let i = 0; i < size; i++) avg.w[i]! += (h.w[i]! - avg.w[i]!) * a;
      avg.dense.forEach((v, i) => (avg.dense[i] = v + (h.dense[i]! - v) * a));
      avg.bias.forEach((v, i) => (avg.bias[i] = v + (h.bias[i]! - v) * a));
    }
    if (!after) continue;
    const view = folded(opt.average ? avg : h);
    const score = after(view);
    if (score > bestScore) (bestScore = score), (best = view);
  }
  return best ?? folded(opt.average ? avg : h);
}

/** The mean of several heads' weights: one linear model whose logit is the mean of theirs (a seed ensemble at
 * no scoring cost). */
export function averageHeads(heads: Head[]): Head {
  const n = heads.length;
  const mean = <T extends Float32Array | Float64Array>(pick: (h: Head) => T): T => {
    const out = pick(heads[0]!).map((v) => v / n) as T;
    for (const h of heads.slice(1)) pick(h).forEach((v, i) => (out[i]! += v / n));
    return out;
  };
  return { k: heads[0]!.k, w: mean((h) => h.w), dense: mean((h) => h.dense), bias: mean((h) => h.bias) };
}

/** `train` once per seed (seed, seed + 1, …) and average: the same data always gives the same head. */
export function trainSeeds(xs: Encoded[], ys: number[], classes: number, opt: TrainOptions, seeds: number): Head {
  return averageHeads(Array.from({ length: seeds }, (_, s) => train(xs, ys, classes, { ...opt, seed: opt.seed + s })));
}
