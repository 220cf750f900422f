/**
 * The complaint head, 10-fold cross-validation on complaints-social-media (the paper's protocol, macro-F1):
 * each fold retrains the head with `npm run train`'s settings. Since the action model took over the decision,
 * the head is one of its inputs (stacked), so this measures the head alone, not the recommended action.
 */
import { loadModel, type ModelFile } from '../../lib/scoring/model';
import { complaints } from './load';
import { confusion, macroF1 } from './metrics';
import { encoder } from '../train/encode';
import { mulberry32, predict, trainSeeds } from '../train/logreg';
import { COMPLAINT_OPTIONS, SEEDS, balanced } from '../train/settings';

export function complaintCrossValidation(file: ModelFile, folds = 10): { metric: number; confusion: number[][]; n: number } {
  const data = complaints();
  const encode = encoder(loadModel(file).lexicon, file.bits);
  const xs = data.map((e) => encode(e.text));
  const rand = mulberry32(7);
  const fold = data.map(() => Math.floor(rand() * folds));
  const gold: number[] = [], pred: number[] = [];
  for (let k = 0; k < folds; k++) {
    const tr = data.map((_, i) => i).filter((i) => fold[i] !== k);
    const ys = tr.map((i) => data[i]!.label);
    const head = trainSeeds(tr.map((i) => xs[i]!), ys, 2, { ...COMPLAINT_OPTIONS, bits: file.bits, classWeight: balanced(ys, 2) }, SEEDS);
    data.forEach((e, i) => {
      if (fold[i] !== k) return;
      gold.push(e.label);
      pred.push(predict(head, xs[i]!)[0]! >= 0 ? 1 : 0);
    });
  }
  const m = confusion(gold, pred, 2);
  return { metric: macroF1(m), confusion: m, n: data.length };
}
