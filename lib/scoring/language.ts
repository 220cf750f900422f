import type { Language } from './assessment';
import type { Normalised } from './text';

/** A word written in the Latin script (with its digits and apostrophes). */
const LATIN = /^[\p{Script=Latin}\p{N}'’-]+$/u;

/**
 * English / Dutch / other from function words (their evidence per token comes with classify, see words.ts):
 * short comments carry almost nothing else, and the most frequent words of each language barely overlap.
 */
export function detectLanguage({ tokens, classes }: Pick<Normalised, 'tokens' | 'classes'>): Language {
  let en = 0;
  let nl = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!, k = classes[i]!;
    if (!k.word || t === 'httpurl' || t === 'mentionuser') continue; // placeholders from normalise
    words++;
    en += k.en;
    nl += k.nl;
  }
  if (words === 0) return 'other';
  // A few unknown Latin words are most often English slang ("lol", "ngl"); words in another script never are.
  // (Checked only here, off the common path: a per-token script test would cost every comment.)
  if (en === 0 && nl < 1) return words <= 3 && tokens.every((t, i) => !classes[i]!.word || LATIN.test(t)) ? 'en' : 'other';
  return nl > en ? 'nl' : 'en';
}
