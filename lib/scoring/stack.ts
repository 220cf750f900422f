/**
 * Everything the action model reads about one comment, built in one place for scoring (score.ts) and training
 * (scripts/train/actions.ts): the normalised text, its language, the heads' hashed features and logits, the
 * cues, tone and harm, and the stacked dense vector (action-features.ts).
 */
import { actionDense } from './action-features';
import { readCues, type Cues } from './cues';
import { extract, type Features } from './features';
import { emojiOnlyTone, harmScores, type Harm } from './harm';
import { detectLanguage } from './language';
import { lexiconFor, logits, type Model } from './model';
import { normalise, type Normalised } from './text';
import type { Language } from './assessment';

export interface Stacked {
  norm: Normalised;
  language: Language;
  features: Features;
  cues: Cues;
  harm: Harm;
  /** The action model's dense input (a reused buffer: read it before stacking the next comment). */
  dense: Float64Array;
}

export function stack(text: string, heads: Model, copyPaste = false): Stacked {
  const norm = normalise(text);
  const language = detectLanguage(norm);
  const features = extract(text, norm, lexiconFor(heads, language), heads.bits);
  const z = logits(heads, features);
  const cues = readCues(text, norm, language);
  const emojiTone = emojiOnlyTone(norm);
  const harm = harmScores(z, cues, language, emojiTone);
  const dense = actionDense({
    cues, tone: [harm.tone.negative, harm.tone.neutral, harm.tone.positive], offensive: z[3]!, hate: z[4]!, complaint: z[5]!,
    wordDense: features.dense, tokens: norm.tokens.length, emojiOnly: emojiTone !== undefined, dutch: language === 'nl', copyPaste,
  });
  return { norm, language, features, cues, harm, dense };
}
