/**
 * `npm run train`: trains the shipped models from ../shared/data and writes assets/model/model.json.
 * Only train-and-ship sources go in (see the model card in README.md); validation splits pick the epoch and the
 * decision thresholds; test splits are never read here. Fixed seed: the same data gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMNS, type ModelFile } from '../lib/scoring/model';
import { complaints, patternLexicon, sentimentSplits, tweeteval, type Example } from './data/load';
import { PROJECT_ROOT } from './data/paths';
import { argmax, confusion, macroF1, macroRecall } from './data/metrics';
import { encoder } from './train/encode';
import { predict, train, type Head, type TrainOptions } from './train/logreg';
import { quantise } from './train/quantise';
import { BITS, COMPLAINT_OPTIONS, SEED, balanced } from './train/settings';

const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${msg}`);

function buildLexicon(): Map<string, number> {
  const lex = new Map<string, number>();
  for (const lang of ['en', 'nl'] as const) {
    for (const [w, p] of patternLexicon(lang)) if (Math.abs(p) >= 0.1 && /^\p{L}+$/u.test(w)) lex.set(w, Math.round(p * 100) / 100);
  }
  return lex;
}

const lexicon = buildLexicon();
const encode = encoder(lexicon, BITS);
const encodeAll = (ex: Example[]) => ({ xs: ex.map((e) => encode(e.text)), ys: ex.map((e) => e.label) });

/** Binary head: the epoch and then the decision threshold that maximise validation macro-F1; the threshold is
 * folded into the bias so that 0.5 is the decision point everywhere else. */
function binaryHead(name: string, trainSet: Example[], valSet: Example[], opt: Partial<TrainOptions> = {}): Head {
  const tr = encodeAll(trainSet), va = encodeAll(valSet);
  const options: TrainOptions = { bits: BITS, epochs: 8, lr: 0.2, classWeight: balanced(tr.ys, 2), seed: SEED, l2: 1e-7, ...opt };
  const f1At = (h: Head, t: number) => macroF1(confusion(va.ys, va.xs.map((x) => (predict(h, x)[0]! >= t ? 1 : 0)), 2));
  const head = train(tr.xs, tr.ys, 2, options, va.xs.length ? (h) => f1At(h, 0) : undefined);
  if (!va.xs.length) return head;
  let best = 0, bestF1 = f1At(head, 0);
  for (let t = -2; t <= 2; t += 0.05) if (f1At(head, t) > bestF1 + 1e-9) (bestF1 = f1At(head, t)), (best = t);
  head.bias[0]! -= best;
  log(`${name}: validation macro-F1 ${bestF1.toFixed(4)} (threshold logit ${best.toFixed(2)})`);
  return head;
}

function sentimentHead(): Head {
  const { train: trainSet, val } = sentimentSplits();
  const tr = encodeAll(trainSet), va = encodeAll(val);
  log(`sentiment: ${trainSet.length} train, ${val.length} validation`);
  const options: TrainOptions = { bits: BITS, epochs: 8, lr: 0.2, classWeight: balanced(tr.ys, 3), seed: SEED, l2: 1e-7 };
  const recall = (h: Head, off: number[]) =>
    macroRecall(confusion(va.ys, va.xs.map((x) => argmax(predict(h, x).map((z, c) => z + off[c]!))), 3));
  const head = train(tr.xs, tr.ys, 3, options, (h) => recall(h, [0, 0, 0]));
  let best = [0, 0, 0], bestR = recall(head, best);
  for (let a = -1; a <= 1.001; a += 0.1) for (let b = -1; b <= 1.001; b += 0.1) {
    const r = recall(head, [a, 0, b]);
    if (r > bestR + 1e-9) (bestR = r), (best = [a, 0, b]);
  }
  best.forEach((o, c) => (head.bias[c]! += o));
  log(`sentiment: validation macro-recall ${bestR.toFixed(4)} (offsets ${best.map((o) => o.toFixed(1))})`);
  return head;
}

const sentiment = sentimentHead();
const offensive = binaryHead('offensive', tweeteval('offensive', 'train'), tweeteval('offensive', 'val'));
const hate = binaryHead('hate', tweeteval('hate', 'train'), tweeteval('hate', 'val'));
// complaints-social-media has no validation split: a fixed number of epochs, balanced classes, threshold 0.5.
const complaint = binaryHead('complaint', complaints(), [], COMPLAINT_OPTIONS);

const file: ModelFile = {
  version: 1,
  bits: BITS,
  columns: [...COLUMNS],
  ...quantise([sentiment, offensive, hate, complaint], BITS),
  lexicon: Object.fromEntries([...lexicon].sort(([a], [b]) => (a < b ? -1 : 1))),
  trainedOn: ['semeval2013-2016-task4a (sentiment)', 'OLID v1.0 / TweetEval offensive (offensive)', 'HatEval 2019 / TweetEval hate (hate)', 'complaints-social-media (complaint)', 'Pattern en/nl sentiment lexicons, PDDL (lexicon)'],
};
const path = join(PROJECT_ROOT, 'assets', 'model', 'model.json');
writeFileSync(path, JSON.stringify(file));
log(`wrote ${path} (${(JSON.stringify(file).length / 1024).toFixed(0)} kB)`);
