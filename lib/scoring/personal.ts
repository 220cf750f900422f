/**
 * Learning from the user's decisions: a small per-install layer added to the action model's logits. When the
 * user takes another action than the one recommended, the comment's features (its words as hashed indices and
 * the dense cues — never its text), the model's own logits and the chosen action make one example; the layer
 * takes one bounded gradient step on it. The layer is a sparse correction: a per-action bias, a weight per
 * action for each dense cue, and weights for the few words the user's decisions touched. Every weight stays
 * within ±LIMIT, so the user's corrections can tip close calls and shift a kind of comment, never outvote the
 * model on everything. Pure: the layer is plain data the worker keeps in IndexedDB; `replay` rebuilds it from
 * the stored examples (undo = replay without the last one).
 */
import { ACTIONS, type Action } from './assessment';
import { ACTION_DENSE_SIZE } from './action-features';
import { softmax } from './action-model';
import type { Stacked } from './stack';

const K = ACTIONS.length;
/** Largest correction of any single weight, in logits. */
export const LIMIT = 3;
/** Step sizes of one decision. The comment's own words learn fastest (they are what makes comments "of one
 * kind"); the bias and the dense cues, which every comment has, learn slowly, so that four or five corrections
 * move that kind of comment, one does not, and unrelated comments stay where they were. */
const RATE = { words: 1.8, dense: 0.06, bias: 0.02 };
/** Word weights kept at most (the smallest go first): the layer stays a few hundred kB at worst. */
const MAX_WORDS = 4000;

export interface PersonalLayer {
  version: 1;
  /** How many decisions it learned from. */
  n: number;
  bias: number[];
  /** Action-major: dense[a * ACTION_DENSE_SIZE + k]. */
  dense: number[];
  /** Hashed word index (action-model bits) → weight per action. */
  words: Record<string, number[]>;
}

export interface DecisionExample {
  /** The comment's word features, folded to the action model's bits, without repeats. */
  words: number[];
  dense: number[];
  /** The action model's logits at decision time (after the temperature), so replay needs no text. */
  logits: number[];
  recommended: Action;
  chosen: Action;
}

export const emptyLayer = (): PersonalLayer => ({ version: 1, n: 0, bias: new Array<number>(K).fill(0), dense: new Array<number>(K * ACTION_DENSE_SIZE).fill(0), words: {} });

/** The word features of a stacked comment (unigrams and bigrams: the first four hashed features of each token). */
export function wordFeatures(s: Pick<Stacked, 'features'>, bits: number): number[] {
  const mask = (1 << bits) - 1;
  const out = new Set<number>();
  let owner = -1, k = 0;
  for (let i = 0; i < s.features.length; i++) {
    if (s.features.owner[i] !== owner) (owner = s.features.owner[i]!), (k = 0);
    if (k++ < 4) out.add(s.features.idx[i]! & mask);
  }
  return [...out];
}

/** What the layer adds to each action's logit for a comment. */
export function personalLogits(layer: PersonalLayer, words: Iterable<number>, dense: ArrayLike<number>): number[] {
  const z = [...layer.bias];
  for (let a = 0; a < K; a++) for (let k = 0; k < ACTION_DENSE_SIZE; k++) z[a]! += layer.dense[a * ACTION_DENSE_SIZE + k]! * dense[k]!;
  for (const w of words) {
    const row = layer.words[w];
    if (row) for (let a = 0; a < K; a++) z[a]! += row[a]!;
  }
  return z;
}

const clamp = (x: number) => Math.max(-LIMIT, Math.min(LIMIT, x));

/**
 * One decision learned into `next` in place: a gradient step of the softmax loss towards the chosen action. The
 * rows of `next.words` it touches must be its own (learn copies them; replay owns everything it builds).
 */
function step(next: PersonalLayer, ex: DecisionExample): void {
  const own = personalLogits(next, ex.words, ex.dense);
  const p = softmax(ex.logits.map((z, a) => z + own[a]!));
  const target = ACTIONS.indexOf(ex.chosen);
  // Words share the step so that a long comment moves each word less than a short one does.
  const perWord = ex.words.length ? 1 / Math.sqrt(ex.words.length) : 0;
  for (const w of ex.words) next.words[w] ??= new Array<number>(K).fill(0);
  for (let a = 0; a < K; a++) {
    const g = p[a]! - (a === target ? 1 : 0);
    next.bias[a] = clamp(next.bias[a]! - RATE.bias * g);
    for (let k = 0; k < ACTION_DENSE_SIZE; k++) next.dense[a * ACTION_DENSE_SIZE + k] = clamp(next.dense[a * ACTION_DENSE_SIZE + k]! - RATE.dense * g * ex.dense[k]!);
    for (const w of ex.words) {
      const row = next.words[w]!;
      row[a] = clamp(row[a]! - RATE.words * perWord * g);
    }
  }
  next.n++;
  dropSmallest(next.words, MAX_WORDS);
}

/**
 * Keeps the `keep` largest word rows (by the sum of their weights' sizes), dropping the smallest — ties going as
 * a stable sort by size would drop them, the earlier key first. At the bound this runs on every decision and every
 * replay step, so the few to drop are picked with a small heap instead of sorting thousands of rows each time.
 */
function dropSmallest(words: Record<string, number[]>, keep: number): void {
  const keys = Object.keys(words);
  const excess = keys.length - keep;
  if (excess <= 0) return;
  const size = keys.map((k) => words[k]!.reduce((s, v) => s + Math.abs(v), 0));
  // A max-heap of the `excess` smallest seen so far (by size, then position): its top is the first to give way.
  const after = (i: number, j: number) => size[i]! > size[j]! || (size[i] === size[j] && i > j);
  const heap: number[] = [];
  const sift = (at: number): void => {
    for (;;) {
      const l = 2 * at + 1, r = l + 1;
      let top = at;
      if (l < heap.length && after(heap[l]!, heap[top]!)) top = l;
      if (r < heap.length && after(heap[r]!, heap[top]!)) top = r;
      if (top === at) return;
      [heap[at], heap[top]] = [heap[top]!, heap[at]!];
      at = top;
    }
  };
  for (let i = 0; i < keys.length; i++) {
    if (heap.length < excess) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0 && after(heap[c]!, heap[(c - 1) >> 1]!); c = (c - 1) >> 1) [heap[c], heap[(c - 1) >> 1]] = [heap[(c - 1) >> 1]!, heap[c]!];
    } else if (after(heap[0]!, i)) {
      heap[0] = i;
      sift(0);
    }
  }
  for (const i of heap) delete words[keys[i]!];
}

/** One decision learned: returns a new layer (the given one is left as it was). */
export function learn(layer: PersonalLayer, ex: DecisionExample): PersonalLayer {
  const next: PersonalLayer = { version: 1, n: layer.n, bias: [...layer.bias], dense: [...layer.dense], words: { ...layer.words } };
  for (const w of ex.words) if (next.words[w]) next.words[w] = [...next.words[w]];
  step(next, ex);
  return next;
}

/**
 * The layer learned from these decisions, in order (what undo and a schema change rebuild from): the same as
 * folding `learn`, without copying the layer at every step.
 */
export function replay(examples: readonly DecisionExample[]): PersonalLayer {
  const layer = emptyLayer();
  for (const ex of examples) step(layer, ex);
  return layer;
}
