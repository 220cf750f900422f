import { fold } from './queue';

/** Frequent long words that say nothing about which claim it is. */
const COMMON = new Set(['that', 'this', 'they', 'them', 'their', 'there', 'with', 'have', 'from', 'your', 'about', 'what',
  'when', 'everyone', 'knows', 'never', 'always', 'really', 'just', 'deze', 'niet', 'voor', 'zijn', 'heeft', 'wordt',
  'iedereen', 'weet', 'nooit', 'altijd', 'echt', 'onze', 'jullie']);

/**
 * Words that carry a claim's content: four letters or more, folded, cut to a stem so "jacket" finds "jackets";
 * and acronyms and codes of any length ("BPA", "5G"), which name what a claim is about.
 */
const stems = (text: string): Set<string> => new Set([
  ...(fold(text).match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON.has(w)).map((w) => w.slice(0, 5)),
  ...(text.match(/(?<![\p{L}\p{N}])(?=[\p{Lu}\p{N}]*\p{Lu})[\p{Lu}\p{N}]{2,}(?![\p{L}\p{N}])/gu) ?? []).map((w) => w.toLowerCase()),
]);

/** How much of a source's claim a comment repeats: the share of the claim's content words, and how many. */
function overlap(claim: string, comment: string): { share: number; shared: number; size: number } {
  const wanted = stems(claim);
  const said = stems(comment);
  const shared = [...wanted].filter((w) => said.has(w)).length;
  return { share: wanted.size ? shared / wanted.size : 0, shared, size: wanted.size };
}

/**
 * The source whose claim the comment repeats most, if it repeats at least half of its content words (and two,
 * when the claim has two): "these jackets are fake leather" fits the claim "Our jackets are fake leather".
 */
export function bestSource<T extends { claim: string }>(sources: readonly T[], comment: string): T | undefined {
  let best: T | undefined;
  let score = 0;
  for (const s of sources) {
    const o = overlap(s.claim, comment);
    if (o.share >= 0.5 && o.shared >= Math.min(2, o.size) && o.share > score) [best, score] = [s, o.share];
  }
  return best;
}
