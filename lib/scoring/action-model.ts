/**
 * The action model: one multinomial logistic regression over the comment's hashed words (the features.ts
 * indices folded to `bits`) and the stacked dense features (action-features.ts), trained on the action corpus
 * by `npm run train` and stored in assets/model/actions.json. Its logits divided by the calibration
 * temperature give one probability per action. It is a plain linear model: every decision can be taken apart
 * into what each word and each cue added (`contributions`), which is where reasons come from.
 */
import { ACTIONS, type Action } from './assessment';
import { ACTION_DENSE, ACTION_DENSE_SIZE } from './action-features';
import type { Features } from './features';
import { decodeBase64 } from './model';

export interface ActionModelFile {
  version: number;
  bits: number;
  actions: string[];
  dense: string[];
  /** Per action: int8 value × scale = weight. */
  scale: number[];
  bias: number[];
  /** Action-major: denseWeights[a * dense.length + k]. */
  denseWeights: number[];
  /** base64 of the interleaved int8 word weights, (1 << bits) × actions.length bytes. */
  weights: string;
  /** Calibration on the corpus dev split: probabilities are softmax(logits / temperature). */
  temperature: number;
  trainedOn: string[];
}

export interface ActionModel {
  bits: number;
  w: Int8Array;
  scale: Float64Array;
  bias: Float64Array;
  dense: Float64Array;
  temperature: number;
}

const K = ACTIONS.length;

export function loadActionModel(file: ActionModelFile): ActionModel {
  if (file.actions.join() !== ACTIONS.join() || file.dense.join() !== ACTION_DENSE.join()) {
    throw new Error('actions.json does not match this scorer (its actions or features differ); run npm run train');
  }
  const w = decodeBase64(file.weights);
  if (w.length !== (1 << file.bits) * K) throw new Error('actions.json weights have the wrong size');
  return {
    bits: file.bits, w, scale: Float64Array.from(file.scale), bias: Float64Array.from(file.bias),
    dense: Float64Array.from(file.denseWeights), temperature: file.temperature,
  };
}

const logitsOut = new Float64Array(K);
/** Per token, what its hashed words added to each action (token-major, K per token): reasons read it. */
let perToken = new Float64Array(K * 256);

/**
 * Raw logits (before the temperature), and each token's share of the word part in `tokenSums` (the features
 * come in token order, so a token's sums are flushed when the next token starts: one pass serves both).
 * Reused buffers: read them before the next call.
 */
export function actionLogits(m: ActionModel, f: Pick<Features, 'idx' | 'owner' | 'length'>, dense: Float64Array, tokens: number): Float64Array {
  const mask = (1 << m.bits) - 1;
  const w = m.w, idx = f.idx, owner = f.owner;
  if (perToken.length < tokens * K) perToken = new Float64Array(tokens * K * 2);
  perToken.fill(0, 0, tokens * K);
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
  let t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0;
  let current = f.length ? owner[0]! : 0;
  const sums = perToken;
  for (let i = 0; i < f.length; i++) {
    if (owner[i] !== current) {
      const o = current * K;
      sums[o] = t0; sums[o + 1] = t1; sums[o + 2] = t2; sums[o + 3] = t3; sums[o + 4] = t4; sums[o + 5] = t5; sums[o + 6] = t6;
      a0 += t0; a1 += t1; a2 += t2; a3 += t3; a4 += t4; a5 += t5; a6 += t6;
      t0 = t1 = t2 = t3 = t4 = t5 = t6 = 0;
      current = owner[i]!;
    }
    const b = (idx[i]! & mask) * 7;
    t0 += w[b]!; t1 += w[b + 1]!; t2 += w[b + 2]!; t3 += w[b + 3]!; t4 += w[b + 4]!; t5 += w[b + 5]!; t6 += w[b + 6]!;
  }
  if (f.length) {
    const o = current * K;
    sums[o] = t0; sums[o + 1] = t1; sums[o + 2] = t2; sums[o + 3] = t3; sums[o + 4] = t4; sums[o + 5] = t5; sums[o + 6] = t6;
  }
  a0 += t0; a1 += t1; a2 += t2; a3 += t3; a4 += t4; a5 += t5; a6 += t6;
  const norm = f.length ? 1 / Math.sqrt(f.length) : 0;
  logitsOut[0] = a0; logitsOut[1] = a1; logitsOut[2] = a2; logitsOut[3] = a3; logitsOut[4] = a4; logitsOut[5] = a5; logitsOut[6] = a6;
  for (let a = 0; a < K; a++) {
    let z = m.bias[a]! + logitsOut[a]! * m.scale[a]! * norm;
    for (let k = 0; k < ACTION_DENSE_SIZE; k++) z += m.dense[a * ACTION_DENSE_SIZE + k]! * dense[k]!;
    logitsOut[a] = z;
  }
  return logitsOut;
}

export function softmax(z: ArrayLike<number>, temperature = 1): number[] {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) max = Math.max(max, z[i]!);
  const e = Array.from(z, (v) => Math.exp((v - max) / temperature));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

export interface Contributions {
  /** Per token: what its words added to `action` over `against`. */
  tokens: Float64Array;
  /** Per dense feature (ACTION_DENSE order). */
  dense: Float64Array;
}

/**
 * What each token and each dense feature added to the logit of `action` minus that of `against` (the runner-up):
 * the evidence that made this action win. Reads the per-token sums of the last `actionLogits` call.
 */
export function contributions(m: ActionModel, f: Pick<Features, 'length'>, dense: Float64Array, tokens: number, action: Action, against: Action): Contributions {
  const a = ACTIONS.indexOf(action), b = ACTIONS.indexOf(against);
  const norm = f.length ? 1 / Math.sqrt(f.length) : 0;
  const byToken = new Float64Array(tokens);
  for (let t = 0; t < tokens; t++) byToken[t] = (perToken[t * K + a]! * m.scale[a]! - perToken[t * K + b]! * m.scale[b]!) * norm;
  const byDense = new Float64Array(ACTION_DENSE_SIZE);
  for (let k = 0; k < ACTION_DENSE_SIZE; k++) byDense[k] = (m.dense[a * ACTION_DENSE_SIZE + k]! - m.dense[b * ACTION_DENSE_SIZE + k]!) * dense[k]!;
  return { tokens: byToken, dense: byDense };
}
