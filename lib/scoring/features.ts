/**
 * Features shared by training (scripts/train.ts) and scoring: hashed word unigrams + bigrams and character
 * 3–5-grams inside words (they carry misspellings, hashtags and Dutch compounds), plus a few dense lexicon
 * features. The dense ones are language-independent on purpose: the models learn their weight from English
 * data, and the Dutch word lists feed the same features, which is how a Dutch comment gets a sensible score.
 */
import type { Normalised } from './text';
import { countEmoji } from './words';

export const DENSE = ['swear', 'insult', 'insult2p', 'lexPos', 'lexNeg', 'caps', 'bang', 'question', 'emoPos', 'emoNeg', 'emoMock', 'identityHostile', 'negation', 'length'] as const;
export const DENSE_SIZE = DENSE.length;

export interface Features {
  /** Hashed feature indices (repeats count twice); the model scales their sum by 1/sqrt(length). */
  idx: Int32Array;
  /** The token each feature came from (same index as `idx`): reasons add up features per word. */
  owner: Int32Array;
  length: number;
  /** Reused by the next call, like `idx`: read it before scoring another comment. */
  dense: Float64Array;
}

const WORD_SEED = 0x811c9dc5;
const CHAR_SEED = 0x01000193 ^ 0x5bd1e995;
const PRIME = 0x01000193;

function hashString(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h >>> 0;
}

/** Index of a word's unigram feature, to quote the words that drove a model score. */
export const wordIndex = (token: string, bits: number): number => hashString(token, WORD_SEED) & ((1 << bits) - 1);

/** Scratch buffers reused across calls: scoring allocates nothing per hashed feature. */
let scratch = new Int32Array(4096);
let owners = new Int32Array(4096);
let token = 0;

function push(n: number, v: number): number {
  if (n >= scratch.length) {
    const grown = new Int32Array(scratch.length * 2);
    grown.set(scratch);
    scratch = grown;
    const grownOwners = new Int32Array(owners.length * 2);
    grownOwners.set(owners);
    owners = grownOwners;
  }
  scratch[n] = v;
  owners[n] = token;
  return n + 1;
}

export function extract(text: string, norm: Normalised, lexicon: ReadonlyMap<string, number>, bits: number): Features {
  const mask = (1 << bits) - 1;
  const { tokens } = norm;
  let n = 0;
  let prev = hashString('<s>', WORD_SEED);
  for (let k = 0; k < Math.min(tokens.length, 200); k++) {
    const t = tokens[k]!;
    token = k;
    const h = hashString(t, WORD_SEED);
    // Words and word pairs count twice: otherwise the many character n-grams drown them (validation: +0.5 F1).
    const pair = Math.imul(prev ^ h, PRIME) >>> 0 & mask;
    n = push(push(n, h & mask), h & mask); // = wordIndex(t, bits)
    n = push(push(n, pair), pair);
    prev = Math.imul(h, 31);
    // An emoji is one symbol: its UTF-16 halves shared by most emoji are no evidence ("🔥🔥🔥" read negative).
    if (t.length > 24 || (t.charCodeAt(0) >= 0x2000 && !norm.classes[k]!.word)) continue;
    // The word padded as "<word>", read in place: no string built per token.
    const len = t.length + 2;
    for (let i = 0; i < len - 1; i++) {
      let c = CHAR_SEED;
      for (let j = i; j < Math.min(i + 5, len); j++) {
        c = Math.imul(c ^ (j === 0 ? 60 : j === len - 1 ? 62 : t.charCodeAt(j - 1)), PRIME);
        if (j > i + 1) n = push(n, (c >>> 0) & mask); // 3- to 5-grams: 2-grams added noise on validation
      }
    }
  }
  return { idx: scratch.subarray(0, n), owner: owners.subarray(0, n), length: n, dense: denseFeatures(text, norm, lexicon) };
}

/** Reused like `scratch`: callers read the features before the next call (training copies them). */
const dense = new Float64Array(DENSE_SIZE);

function denseFeatures(text: string, norm: Normalised, lexicon: ReadonlyMap<string, number>): Float64Array {
  const d = dense.fill(0);
  const { tokens, emoji, letterCount, upperCount } = norm;
  let swear = 0, insult = 0, insult2p = 0, pos = 0, neg = 0, negation = 0, identity = false, hostile = false;
  let lastYou = -10, lastNegator = -10;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = norm.classes[i]!;
    if (c.you) lastYou = i;
    if (c.insult) {
      insult++;
      if (i - lastYou <= 3) insult2p++;
    } else if (c.swear) swear++;
    // A polar word up to three words after "not" / "niet" flips and weakens (VADER's 0.74): "not bad at all".
    const word = lexicon.get(t);
    const p = word !== undefined && i - lastNegator <= 3 ? -0.74 * word : word;
    if (p !== undefined) (p > 0 ? (pos += p) : (neg -= p));
    if (c.negator) (negation++, (lastNegator = i));
    if (c.identity) identity = true;
    if (c.hostile) hostile = true;
  }
  d[0] = Math.log1p(swear);
  d[1] = Math.log1p(insult);
  d[2] = Math.log1p(insult2p);
  d[3] = Math.log1p(pos);
  d[4] = Math.log1p(neg);
  d[5] = letterCount >= 6 ? upperCount / letterCount : 0;
  d[6] = /!{2,}/u.test(text) ? 1 : 0;
  d[7] = text.includes('?') ? 1 : 0;
  const e = countEmoji(emoji);
  d[8] = Math.log1p(e.positive);
  d[9] = Math.log1p(e.negative);
  d[10] = Math.log1p(e.mocking);
  d[11] = identity && hostile ? 1 : 0;
  d[12] = Math.log1p(negation);
  d[13] = Math.log1p(tokens.length) / 4;
  return d;
}
