/** Turns texts into the scorer's own features, so training sees exactly what scoring will see. */
import { extract } from '../../lib/scoring/features';
import { normalise } from '../../lib/scoring/text';
import type { Encoded } from './logreg';

export function encoder(lexicon: ReadonlyMap<string, number>, bits: number): (text: string) => Encoded {
  return (text) => {
    const f = extract(text, normalise(text), lexicon, bits);
    return { idx: Int32Array.from(f.idx), dense: Float64Array.from(f.dense) };
  };
}
