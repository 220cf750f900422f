/**
 * Near-duplicate check: replies that look copy-pasted make a brand look like a bot. Compares word bigrams
 * (order matters, names and punctuation barely do) with the Dice coefficient.
 */
export const NEAR_DUPLICATE = 0.6;

function bigrams(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Map<string, number>();
  const list = words.length === 1 ? words : words.slice(1).map((w, i) => `${words[i]} ${w}`);
  for (const g of list) grams.set(g, (grams.get(g) ?? 0) + 1);
  return grams;
}

/** 0 (nothing in common) … 1 (the same words in the same order). */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const size = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  const total = size(x) + size(y);
  if (total === 0) return 0;
  let shared = 0;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return (2 * shared) / total;
}

export interface NearDuplicate {
  score: number;
  /** The earlier reply it resembles most. */
  match: string;
}

/** The most similar earlier reply when it is at or above `threshold`, else undefined. */
export function nearDuplicate(draft: string, earlier: readonly string[], threshold = NEAR_DUPLICATE): NearDuplicate | undefined {
  let best: NearDuplicate | undefined;
  for (const text of earlier) {
    const score = similarity(draft, text);
    if (score >= threshold && (!best || score > best.score)) best = { score, match: text };
  }
  return best;
}
