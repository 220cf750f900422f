/**
 * Every cue phrase list compiled once (phrase-match.ts syntax), and for each distinct token the phrases that
 * can start at it: classify (words.ts) keeps that list with the token's other facts, so matching costs no
 * extra lookup per token.
 */
import { compilePhrases, type Phrase } from './phrase-match';
import { HARM_PHRASES } from './phrases-harm';
import { INTENT_PHRASES } from './phrases-intent';

export const PHRASES = compilePhrases({ ...HARM_PHRASES, ...INTENT_PHRASES });

const NUMBER = /^#?\d+(?:[.,]\d+)?%?$/u;

/** The phrases whose first slot fits `token` (its word, a prefix, or a number), or undefined. */
export function phrasesAt(token: string): readonly Phrase[] | undefined {
  const out = [...(PHRASES.byWord.get(token) ?? [])];
  for (const { prefix, phrase } of PHRASES.byPrefix) if (token.length > prefix.length && token.startsWith(prefix)) out.push(phrase);
  if (NUMBER.test(token)) out.push(...PHRASES.byNumber);
  return out.length ? out : undefined;
}
