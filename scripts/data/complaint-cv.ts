/**
 * Complaint detection, 10-fold cross-validation on complaints-social-media (the paper's protocol, macro-F1).
 * Each fold retrains only the complaint column with `npm run train`'s settings and swaps it into the shipped
 * model, so the figure is the whole scorer's (model + concrete-issue cues), not the bare classifier's.
 */
import { assess } from '../../lib/scoring/score';
import { COLUMNS, loadModel, type Model, type ModelFile } from '../../lib/scoring/model';
import { DENSE_SIZE } from '../../lib/scoring/features';
import { complaints } from './load';
import { confusion, macroF1 } from './metrics';
import { encoder } from '../train/encode';
import { mulberry32, trainSeeds } from '../train/logreg';
import { COMPLAINT_OPTIONS, SEEDS, balanced } from '../train/settings';
import { quantise } from '../train/quantise';

export function complaintCrossValidation(file: ModelFile, folds = 10): { metric: number; confusion: number[][]; n: number } {
  const data = complaints();
  const base = loadModel(file);
  const encode = encoder(base.lexicon, file.bits);
  const xs = data.map((e) => encode(e.text));
  const rand = mulberry32(7);
  const fold = data.map(() => Math.floor(rand() * folds));
  const gold: number[] = [], pred: number[] = [];
  const col = COLUMNS.indexOf('complaint');
  for (let k = 0; k < folds; k++) {
    const tr = data.map((_, i) => i).filter((i) => fold[i] !== k);
    const ys = tr.map((i) => data[i]!.label);
    const head = trainSeeds(tr.map((i) => xs[i]!), ys, 2, { ...COMPLAINT_OPTIONS, bits: file.bits, classWeight: balanced(ys, 2) }, SEEDS);
    const q = quantise([head], file.bits);
    const model: Model = { ...base, w: Int8Array.from(base.w), scale: Float64Array.from(base.scale), bias: Float64Array.from(base.bias), dense: Float64Array.from(base.dense) };
    const qw = Buffer.from(q.weights, 'base64');
    for (let i = 0; i < 1 << file.bits; i++) model.w[i * model.cols + col] = (qw[i]! << 24) >> 24;
    model.scale[col] = q.scale[0]!;
    model.bias[col] = q.bias[0]!;
    model.dense.set(q.dense, col * DENSE_SIZE);
    data.forEach((e, i) => {
      if (fold[i] !== k) return;
      gold.push(e.label);
      pred.push(assess({ id: String(i), text: e.text }, undefined, false, model).complaint >= 0.5 ? 1 : 0);
    });
  }
  const m = confusion(gold, pred, 2);
  return { metric: macroF1(m), confusion: m, n: data.length };
}
