/**
 * The trained linear models, as stored in assets/model/model.json (written by `npm run train`).
 * One hashed feature space feeds every column; weights are int8 with one scale per column (4× smaller than
 * float32, measured to change no metric by more than noise), interleaved per feature so a lookup touches one
 * cache line for all columns.
 */
import type { Features } from './features';
import { DENSE_SIZE } from './features';

export const COLUMNS = ['negative', 'neutral', 'positive', 'offensive', 'hate', 'complaint'] as const;
export type Column = (typeof COLUMNS)[number];

export interface ModelFile {
  version: number;
  bits: number;
  columns: string[];
  /** Per column: int8 value × scale = weight. */
  scale: number[];
  bias: number[];
  /** Column-major: dense[c * DENSE_SIZE + k]. */
  dense: number[];
  /** base64 of the interleaved int8 weights, (1 << bits) × columns.length bytes. */
  weights: string;
  /** Sentiment lexicons per language (Pattern, public domain; VADER for English): word → polarity −1…1, as
   * parallel arrays (parsed and loaded several times faster than an object with 12,000 keys). Kept apart
   * because the same spelling means different things ("arm", "die", "room"). */
  lexicon: { en: LexiconFile; nl: LexiconFile };
  /** Provenance for the model card. */
  trainedOn: string[];
}

export interface LexiconFile {
  words: string[];
  polarity: number[];
}

export interface Model {
  bits: number;
  cols: number;
  w: Int8Array;
  scale: Float64Array;
  bias: Float64Array;
  dense: Float64Array;
  lexicon: { en: Map<string, number>; nl: Map<string, number> };
}

/** Base64 letter → its 6 bits; 64 marks a character that is not base64 (ASCII only: the rest is checked apart). */
const B64 = new Uint8Array(128).fill(64);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => (B64[c.charCodeAt(0)] = i));

/**
 * Plain base64 decoder: no atob/Buffer, so the same code runs in Node, the worker and tests. Whole groups of four
 * letters are decoded without a branch (the model files are ~2 MB of base64: a branch per group took 20 ms of the
 * worker's start); a damaged file is an error, not silently wrong weights.
 */
export function decodeBase64(s: string): Int8Array {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 61) end--; // '=' padding
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  const whole = end - (end % 4);
  let o = 0, bad = 0;
  for (let i = 0; i < whole; i += 4) {
    const ca = s.charCodeAt(i), cb = s.charCodeAt(i + 1), cc = s.charCodeAt(i + 2), cd = s.charCodeAt(i + 3);
    const a = B64[ca & 127]!, b = B64[cb & 127]!, c = B64[cc & 127]!, d = B64[cd & 127]!;
    bad |= ((ca | cb | cc | cd) >> 7) | ((a | b | c | d) & 64); // beyond ASCII, or not a base64 letter
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o] = n >> 16;
    out[o + 1] = n >> 8;
    out[o + 2] = n;
    o += 3;
  }
  const rest = end - whole; // 2 letters carry one byte, 3 carry two; 1 is never valid
  if (rest === 1) bad = 1;
  if (rest >= 2) {
    const tail = s.slice(whole, end) + 'A';
    const ca = tail.charCodeAt(0), cb = tail.charCodeAt(1), cc = tail.charCodeAt(2);
    const a = B64[ca & 127]!, b = B64[cb & 127]!, c = B64[cc & 127]!;
    bad |= ((ca | cb | cc) >> 7) | ((a | b | c) & 64);
    const n = (a << 18) | (b << 12) | (c << 6);
    out[o++] = n >> 16;
    if (rest === 3) out[o++] = n >> 8;
  }
  if (bad) throw new Error('model weights are not valid base64 (the file is damaged); run npm run train');
  return new Int8Array(out.buffer, 0, o);
}

function lexiconMap({ words, polarity }: LexiconFile): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < words.length; i++) map.set(words[i]!, polarity[i]!);
  return map;
}

export function loadModel(file: ModelFile): Model {
  if (file.columns.join() !== COLUMNS.join() || file.dense.length !== COLUMNS.length * DENSE_SIZE || !Array.isArray(file.lexicon.en.words)) {
    throw new Error(`model.json does not match this scorer (columns ${file.columns.join()}); run npm run train`);
  }
  const w = decodeBase64(file.weights);
  if (w.length !== (1 << file.bits) * COLUMNS.length) throw new Error('model.json weights have the wrong size');
  return {
    bits: file.bits,
    cols: COLUMNS.length,
    w,
    scale: Float64Array.from(file.scale),
    bias: Float64Array.from(file.bias),
    dense: Float64Array.from(file.dense),
    lexicon: { en: lexiconMap(file.lexicon.en), nl: lexiconMap(file.lexicon.nl) },
  };
}

/** The lexicon for a comment's language (English for 'other': most mixed comments lean English). */
export const lexiconFor = (model: Pick<Model, 'lexicon'>, language: string) => (language === 'nl' ? model.lexicon.nl : model.lexicon.en);

/** Raw linear scores (logits), one per column. */
export function logits(model: Model, f: Features): Float64Array {
  const { cols, w } = model;
  const acc = new Float64Array(cols);
  // Six columns, unrolled: integer sums in registers, one pass over the feature list.
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
  const idx = f.idx;
  for (let i = 0; i < f.length; i++) {
    const b = idx[i]! * 6;
    a0 += w[b]!; a1 += w[b + 1]!; a2 += w[b + 2]!; a3 += w[b + 3]!; a4 += w[b + 4]!; a5 += w[b + 5]!;
  }
  acc[0] = a0; acc[1] = a1; acc[2] = a2; acc[3] = a3; acc[4] = a4; acc[5] = a5;
  const norm = f.length ? 1 / Math.sqrt(f.length) : 0;
  for (let c = 0; c < cols; c++) {
    let z = model.bias[c]! + acc[c]! * model.scale[c]! * norm;
    for (let k = 0; k < DENSE_SIZE; k++) z += model.dense[c * DENSE_SIZE + k]! * f.dense[k]!;
    acc[c] = z;
  }
  return acc;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function softmax3(a: number, b: number, c: number): [number, number, number] {
  const m = Math.max(a, b, c);
  const ea = Math.exp(a - m), eb = Math.exp(b - m), ec = Math.exp(c - m);
  const s = ea + eb + ec;
  return [ea / s, eb / s, ec / s];
}
