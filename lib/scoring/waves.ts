/**
 * Waves: the same or nearly the same text from different accounts (≥ 3 accounts, word sets ≥ 80 % alike,
 * within 24 hours when times are known) is one wave — a copy-pasted campaign, a rumour or a bot run, answered
 * once for the audience or muted, not one by one. Comments without an author (a CLI file) count as different
 * accounts. MinHash over word sets finds candidate pairs (so a 5,000-comment page is not compared pairwise),
 * each confirmed on the exact Jaccard similarity.
 */
import { normalise } from './text';

export interface WaveInput {
  id: string;
  text: string;
  author?: string;
  /** Epoch milliseconds, when known. */
  time?: number;
}

export const WAVE_MIN_ACCOUNTS = 3;
const SIMILAR = 0.8;
/** Shorter texts ("first!", "❤️", "thanks") are the same by chance, not by copying. */
const MIN_WORDS = 6;
const WINDOW_MS = 24 * 60 * 60 * 1000;
const HASHES = 16, BAND = 2;

function hash(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Below this the best a pair could still reach is surely under SIMILAR (the last check is the exact one). */
const SURELY_BELOW = SIMILAR - 1e-9;

/**
 * Two comments are copies of each other: their word sets ≥ 80 % alike (Jaccard), within 24 hours when both times
 * are known. Most pairs a MinHash bucket offers share only common words: they are let go as soon as the words left
 * could no longer reach 80 %, which gives the same answer as computing the whole similarity, many times faster.
 */
export function copies(a: ReadonlySet<string>, b: ReadonlySet<string>, timeA?: number, timeB?: number): boolean {
  if (timeA !== undefined && timeB !== undefined && Math.abs(timeA - timeB) > WINDOW_MS) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const total = a.size + b.size;
  const best = (shared: number) => shared / (total - shared);
  if (best(small.size) < SURELY_BELOW) return false;
  let missed = 0;
  for (const w of small) if (!large.has(w) && best(small.size - ++missed) < SURELY_BELOW) return false;
  return jaccard(a, b) >= SIMILAR;
}

/** The words a wave compares (mentions and links aside: "@shop" and a shortened link differ between copies). */
export function wordSet(text: string): Set<string> {
  return new Set(normalise(text).tokens.filter((t) => t !== 'mentionuser' && t !== 'httpurl'));
}

/**
 * The word set as 32-bit hashes: what the worker keeps of a comment to find waves across threads, without its
 * text. Similarity on hashed words equals that on the words (bar a collision in 4 billion).
 */
export const fingerprint = (text: string): Set<string> => new Set([...wordSet(text)].map((w) => hash(w, 0x5bd1).toString(36)));

/**
 * The MinHash band keys of a word set: sets ≥ 80 % alike share one almost surely (16 hashes in bands of 2: 99.97 %
 * of such pairs). None for short texts. Wider bands (`band` 4 of 32 hashes: 98.5 % of pairs at 80 %, 99.9 % at
 * 90 %) let fewer unrelated comments share a bucket through common words, for an index over thousands of comments.
 */
export function bandKeys(words: ReadonlySet<string>, hashes = HASHES, band = BAND): string[] {
  if (words.size < MIN_WORDS) return [];
  const sig = Array.from({ length: hashes }, (_, k) => Math.min(...[...words].map((t) => hash(t, k))));
  const keys: string[] = [];
  for (let b = 0; b < hashes; b += band) keys.push(`${b}:${sig.slice(b, b + band).join(',')}`);
  return keys;
}

/**
 * Each wave's member indexes, for every wave of at least WAVE_MIN_ACCOUNTS accounts. `words` may give the
 * items' word sets (or fingerprints) already made; by default they are read from each item's text.
 */
export function findWaves(items: readonly WaveInput[], words: ReadonlyArray<ReadonlySet<string>> = items.map((x) => wordSet(x.text))): number[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const buckets = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (const key of bandKeys(w)) {
      const bucket = buckets.get(key) ?? [];
      for (const j of bucket) {
        if (find(i) === find(j)) continue;
        if (copies(w, words[j]!, items[i]!.time, items[j]!.time)) parent[find(i)] = find(j);
      }
      bucket.push(i);
      buckets.set(key, bucket);
    }
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    if (words[i]!.size < MIN_WORDS) return;
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  return [...groups.values()].filter((g) => new Set(g.map((i) => items[i]!.author ?? `#${i}`)).size >= WAVE_MIN_ACCOUNTS);
}

/** The size of the wave each item is in (undefined when in none), in the items' order. */
export function waveSizes(items: readonly WaveInput[]): (number | undefined)[] {
  const out = new Array<number | undefined>(items.length).fill(undefined);
  for (const wave of findWaves(items)) for (const i of wave) out[i] = wave.length;
  return out;
}
