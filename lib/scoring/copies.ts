/**
 * Copy-paste detection across a thread: the same author posting the same (or nearly the same) text more than
 * once is a flooding / trolling signal no single comment shows.
 */
import type { ScoreInput } from './assessment';
import { normalise } from './text';

const MIN_WORDS = 3;
/** Word-set overlap (Jaccard) at or above which two texts count as copies ("!!!" or one changed word aside). */
const NEAR = 0.8;
/** Pairwise comparison per author stays below this many comments; above it only exact copies are found. */
const MAX_PAIRWISE = 60;

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Indexes of comments whose author posted near-identical text elsewhere in the batch. */
export function findCopies(inputs: readonly ScoreInput[]): Set<number> {
  const byAuthor = new Map<string, { i: number; words: string[] }[]>();
  inputs.forEach((input, i) => {
    if (!input.author) return;
    const words = normalise(input.text).tokens;
    if (words.length < MIN_WORDS) return;
    const list = byAuthor.get(input.author) ?? [];
    list.push({ i, words });
    byAuthor.set(input.author, list);
  });
  const found = new Set<number>();
  for (const list of byAuthor.values()) {
    if (list.length < 2) continue;
    const exact = new Map<string, number[]>();
    for (const { i, words } of list) exact.set(words.join(' '), [...(exact.get(words.join(' ')) ?? []), i]);
    for (const group of exact.values()) if (group.length > 1) group.forEach((i) => found.add(i));
    if (list.length > MAX_PAIRWISE) continue;
    const sets = list.map((x) => new Set(x.words));
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        if (jaccard(sets[a]!, sets[b]!) >= NEAR) (found.add(list[a]!.i), found.add(list[b]!.i));
      }
    }
  }
  return found;
}
