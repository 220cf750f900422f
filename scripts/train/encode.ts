/** Turns texts into the scorer's own features, so training sees exactly what scoring will see. */
import { extract } from '../../lib/scoring/features';
import { detectLanguage } from '../../lib/scoring/language';
import { lexiconFor, type Model } from '../../lib/scoring/model';
import { normalise } from '../../lib/scoring/text';
import type { Encoded } from './logreg';

export function encoder(lexicon: Model['lexicon'], bits: number): (text: string) => Encoded {
  return (text) => {
    const norm = normalise(text);
    const f = extract(text, norm, lexiconFor({ lexicon }, detectLanguage(norm)), bits);
    return { idx: Int32Array.from(f.idx), dense: Float64Array.from(f.dense) };
  };
}
