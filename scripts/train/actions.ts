/**
 * Trains the action model (lib/scoring/action-model.ts) on the action corpus (data/actions, train split) plus
 * the mapped public data (mapped.ts), stacked on the heads just trained: every comment is encoded exactly as
 * the scorer encodes it (stack.ts). The dev split picks the epoch count and the calibration temperature; the
 * test split is never read here.
 */
import { ACTIONS } from '../../lib/scoring/assessment';
import { ACTION_DENSE } from '../../lib/scoring/action-features';
import type { ActionModelFile } from '../../lib/scoring/action-model';
import type { Model } from '../../lib/scoring/model';
import { assignSplits, readCorpus, type Located } from '../data/actions-corpus';
import { averageHeads, predict, train, type Encoded, type Head, type TrainOptions } from './logreg';
import { mappedExamples, ordinaryHoldout, relabelledExamples } from './mapped';
import { withLinks } from './augment';
import { operatingPoint } from './operating-point';
import { quantise } from './quantise';
import { ACTION_BITS, ACTION_OPTIONS, MAPPED_WEIGHT, RELABELLED_WEIGHT, SEED, SEEDS, balanced } from './settings';
import { stack } from '../../lib/scoring/stack';

type Log = (msg: string) => void;

interface Labelled {
  xs: Encoded[];
  ys: number[];
  ok: Set<number>[];
  lang: string[];
  weight: number[];
}

function encodeSet(items: readonly Pick<Located, 'text' | 'action' | 'also_ok' | 'lang'>[], encode: (t: string) => Encoded, weight: number): Labelled {
  return {
    xs: items.map((x) => encode(x.text)),
    ys: items.map((x) => ACTIONS.indexOf(x.action)),
    ok: items.map((x) => new Set([x.action, ...x.also_ok].map((a) => ACTIONS.indexOf(a)))),
    lang: items.map((x) => x.lang),
    weight: items.map(() => weight),
  };
}

const join = (...sets: Labelled[]): Labelled => ({
  xs: sets.flatMap((s) => s.xs), ys: sets.flatMap((s) => s.ys), ok: sets.flatMap((s) => s.ok), lang: sets.flatMap((s) => s.lang), weight: sets.flatMap((s) => s.weight),
});

function argmax(z: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < z.length; i++) if (z[i]! > z[best]!) best = i;
  return best;
}

/** Mean over languages of the share of comments given an acceptable action (the action or an also_ok). */
export function acceptable(h: Head, s: Labelled): number {
  const per = new Map<string, [number, number]>();
  s.xs.forEach((x, i) => {
    const r = per.get(s.lang[i]!) ?? [0, 0];
    per.set(s.lang[i]!, [r[0] + (s.ok[i]!.has(argmax(predict(h, x))) ? 1 : 0), r[1] + 1]);
  });
  return [...per.values()].reduce((t, [c, n]) => t + c / n, 0) / Math.max(1, per.size);
}

/** The temperature that minimises the dev set's negative log-likelihood (a grid; the loss is smooth in it). */
function calibrate(h: Head, s: Labelled): number {
  const nll = (t: number) => s.xs.reduce((sum, x, i) => {
    const z = predict(h, x).map((v) => v / t);
    const m = Math.max(...z);
    const lse = m + Math.log(z.reduce((a, v) => a + Math.exp(v - m), 0));
    return sum + lse - z[s.ys[i]!]!;
  }, 0) / s.xs.length;
  let best = 1;
  for (let t = 0.3; t <= 4.001; t += 0.05) if (nll(t) < nll(best)) best = Math.round(t * 100) / 100;
  return best;
}

/** The scorer's own encoding of a comment for the action model: hashed words folded to `bits`, stacked dense. */
export function stackEncoder(heads: Model, bits: number): (text: string) => Encoded {
  const mask = (1 << bits) - 1;
  return (text) => {
    const s = stack(text, heads);
    return { idx: Int32Array.from(s.features.idx, (i) => i & mask), dense: Float64Array.from(s.dense) };
  };
}

export function trainActions(heads: Model, log: Log): ActionModelFile {
  const corpus = readCorpus();
  const splits = assignSplits(corpus);
  const unsplit = corpus.filter((x) => !x.split).length;
  if (unsplit) log(`actions: ${unsplit} corpus items have no stored split yet (npm run corpus writes them); assigned for this run`);
  const encode = stackEncoder(heads, ACTION_BITS);
  const part = (s: string) => corpus.filter((_, i) => splits[i] === s);
  const mapped = process.env.NO_MAPPED ? [] : mappedExamples();
  const relabelled = process.env.NO_MAPPED ? [] : relabelledExamples();
  const tr = join(encodeSet(part('train'), encode, 1), encodeSet(withLinks(part('train')), encode, 0.5), encodeSet(mapped, encode, MAPPED_WEIGHT),
    encodeSet(relabelled, encode, RELABELLED_WEIGHT));
  const dev = encodeSet(part('dev'), encode, 1);
  log(`actions: ${part('train').length} written train + ${withLinks(part('train')).length} with a link added + ${mapped.length} mapped + ${relabelled.length} relabelled, ${dev.xs.length} dev (test never read)`);
  // Class weights balance the written corpus; mapped and relabelled tweets count their own weight, whatever their class.
  const written = tr.ys.slice(0, part('train').length);
  const weights = balanced(written, ACTIONS.length);
  const okSets = (s: Labelled) => s.ok.map((o) => [...o]);
  const options: TrainOptions = { ...ACTION_OPTIONS, bits: ACTION_BITS, classWeight: weights, seed: SEED, sampleWeight: tr.weight, okSets: okSets(tr) };
  const all = join(tr, dev);
  const runs = Array.from({ length: SEEDS }, (_, s) => {
    const scores: number[] = [];
    const seeded = { ...options, seed: SEED + s };
    const picked = train(tr.xs, tr.ys, ACTIONS.length, seeded, (h) => (scores.push(acceptable(h, dev)), scores.at(-1)!));
    const epochs = scores.indexOf(Math.max(...scores)) + 1;
    const refit = train(all.xs, all.ys, ACTIONS.length, { ...seeded, epochs, sampleWeight: all.weight, okSets: okSets(all) });
    return { picked, refit, epochs, score: Math.max(...scores) };
  });
  const selected = averageHeads(runs.map((r) => r.picked));
  const temperature = calibrate(selected, dev);
  log(`actions: best epochs ${runs.map((r) => r.epochs).join(', ')}; dev acceptable ${(acceptable(selected, dev) * 100).toFixed(1)} % (mean of en, nl); temperature ${temperature}`);
  if (process.argv.includes('--dev-errors')) {
    part('dev').forEach((x, i) => {
      const got = ACTIONS[argmax(predict(selected, dev.xs[i]!))]!;
      if (!dev.ok[i]!.has(ACTIONS.indexOf(got))) log(`  dev ${x.action} → ${got} [${x.family}] ${x.text.replace(/\s+/gu, ' ').slice(0, 150)}`);
    });
  }
  const devItems = part('dev');
  const logitsOf = (x: Encoded) => Array.from(predict(selected, x), (v) => v / temperature);
  const point = operatingPoint([
    ...dev.xs.map((x, i) => ({ logits: logitsOf(x), label: devItems[i]!.action, ok: new Set([devItems[i]!.action, ...devItems[i]!.also_ok]), family: devItems[i]!.family })),
    ...ordinaryHoldout().map((t) => ({ logits: logitsOf(encode(t)), label: 'thank' as const, ok: new Set<never>(), family: 'ordinary-tweet', ordinary: true })),
  ]);
  log(`actions: operating point ${point.offsets.map((o, a) => `${ACTIONS[a]} ${o >= 0 ? '+' : ''}${o}`).join(', ')}; dev cost ${point.before.toFixed(3)} → ${point.after.toFixed(3)}`);
  // `--no-refit` keeps the dev-selected heads (trained on train only), so `eval:actions --dev` stays honest while
  // choosing settings; the shipped model is refitted on train + dev.
  const head = averageHeads(runs.map((r) => (process.argv.includes('--no-refit') ? r.picked : r.refit)));
  // The offsets act on logits / temperature: stored in the bias, they are scaled back.
  point.offsets.forEach((o, a) => (head.bias[a]! += o * temperature));
  const q = quantise([head], ACTION_BITS);
  return {
    version: 1, bits: ACTION_BITS, actions: [...ACTIONS], dense: [...ACTION_DENSE], scale: q.scale, bias: q.bias, denseWeights: q.dense,
    weights: q.weights, temperature,
    trainedOn: ['data/actions (written by the Tactful team, train + dev splits)', ...new Set([...mapped, ...relabelled].map((m) => m.source))],
  };
}
