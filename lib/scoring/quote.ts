/**
 * Reasons quote the comment as written ("still hasn't", not the normalised "still hasnt"): a span of tokens is
 * found back in the original text by its tokens as written, in order. When normalisation changed the letters
 * (full-width or styled text, "f.u.c.k"), the tokens as written are joined instead.
 */
import type { Span } from './phrase-match';
import type { Normalised } from './text';
import { isFunctionWord } from './words';

const MAX_QUOTE = 80;
/** Link and mention placeholders stand for text the quote cannot show as written: a quote stops short of them. */
const PLACEHOLDER = new Set(['httpurl', 'mentionuser']);

/** Start of each token of `raw` in `text` up to token `last`, searching forward (−1 when a token is not found
 * as written: normalisation changed it). Tokens keep their case, so no lower-casing is needed. */
export function tokenOffsets(text: string, raw: readonly string[], last = raw.length - 1): number[] {
  const out: number[] = [];
  let from = 0;
  for (let i = 0; i <= last && i < raw.length; i++) {
    const at = text.indexOf(raw[i]!, from);
    out.push(at);
    if (at >= 0) from = at + raw[i]!.length;
  }
  return out;
}

export function quoteSpan(text: string, norm: Pick<Normalised, 'raw'>, whole: Span, offsets = tokenOffsets(text, norm.raw, whole.to)): string {
  const span = { ...whole };
  while (span.to > span.from && PLACEHOLDER.has(norm.raw[span.to]!)) span.to--;
  while (span.from < span.to && PLACEHOLDER.has(norm.raw[span.from]!)) span.from++;
  const start = offsets[span.from] ?? -1;
  const last = offsets[span.to] ?? -1;
  const quoted = start >= 0 && last >= start
    ? text.slice(start, last + norm.raw[span.to]!.length)
    : norm.raw.slice(span.from, span.to + 1).join(' ');
  const flat = quoted.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/**
 * Pronouns, their contractions and auxiliaries of three letters or more that the language-id and person lists
 * (words.ts) leave out (normalised: "you've" is "youve"). The model may lean on them, but "abusive wording:
 * 'you've'" tells a person nothing they can check; next to a stronger word they are still part of its phrase.
 */
const PLAIN = new Set([
  'youve', 'youll', 'youd', 'theyre', 'theyve', 'theyll', 'theyd', 'ive', 'hes', 'shes', 'its', 'thats', 'theres',
  'whats', 'she', 'him', 'her', 'them', 'his', 'here', 'then', 'than', 'some', 'somewhere', 'something', 'someone',
  'anything', 'everything', 'any', 'also', 'too', 'only', 'now', 'did', 'does', 'had', 'been', 'being', 'could',
  'should', 'hij', 'zij', 'hem', 'haar', 'hen', 'onze', 'die', 'iets', 'wie', 'werd', 'heeft', 'hebt', 'ben', 'bent',
  'zal', 'zullen', 'moet', 'moeten', 'kunnen', 'dus',
]);

/** A token worth quoting alone: an emoji, or a word of three letters or more that is not a function word
 * ("the", "was", "het"), a plain pronoun or auxiliary, nor a placeholder for a link or a mention. */
export function isContentWord(norm: Pick<Normalised, 'tokens' | 'classes'>, i: number): boolean {
  const t = norm.tokens[i]!, k = norm.classes[i]!;
  if (!k.word) return t.charCodeAt(0) >= 0x2000 || /\d/u.test(t);
  return t.length >= 3 && !isFunctionWord(t) && !PLAIN.has(t) && !k.you && !k.me && !PLACEHOLDER.has(t);
}
