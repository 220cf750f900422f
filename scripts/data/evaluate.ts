/**
 * Scores the official splits with the shipped scorer (model + cues + policy, exactly as the extension runs it)
 * and computes each task's official metric. Used by `npm run eval` and by the regression unit test.
 */
import type { Assessment } from '../../lib/scoring/assessment';
import { assess, defaultModel } from '../../lib/scoring/score';
import type { Model } from '../../lib/scoring/model';
import { checkthatClaims, hatecheckNl, tweeteval, type Example } from './load';
import { accuracy, argmax, confusion, macroF1, macroRecall } from './metrics';

export interface TaskResult {
  metric: number;
  confusion: number[][];
  n: number;
}

const scoreAll = (ex: Example[], model: Model): Assessment[] => ex.map((e, i) => assess({ id: String(i), text: e.text }, undefined, false, { heads: model }));

function binary(ex: Example[], pick: (a: Assessment) => number, model: Model, metric = macroF1): TaskResult {
  const m = confusion(ex.map((e) => e.label), scoreAll(ex, model).map((a) => (pick(a) >= 0.5 ? 1 : 0)), 2);
  return { metric: metric(m), confusion: m, n: ex.length };
}

export function offensive(split: 'val' | 'test', model = defaultModel()): TaskResult {
  return binary(tweeteval('offensive', split), (a) => a.toxicity, model);
}

export function hate(split: 'val' | 'test', model = defaultModel()): TaskResult {
  return binary(tweeteval('hate', split), (a) => a.hate, model);
}

export function sentiment(split: 'val' | 'test', model = defaultModel()): TaskResult {
  const ex = tweeteval('sentiment', split);
  const pred = scoreAll(ex, model).map((a) => argmax([a.tone.negative, a.tone.neutral, a.tone.positive]));
  const m = confusion(ex.map((e) => e.label), pred, 3);
  return { metric: macroRecall(m), confusion: m, n: ex.length };
}

/** CheckThat! 2022 1B (verifiable claim) on dev_test, official metric accuracy; `misinformation` ≥ 0.5 = claim. */
export function claims(lang: 'english' | 'dutch', model = defaultModel()): TaskResult & { majority: number } {
  const ex = checkthatClaims(lang, 'dev_test');
  const r = binary(ex, (a) => a.misinformation, model, accuracy);
  const yes = ex.filter((e) => e.label === 1).length;
  return { ...r, majority: Math.max(yes, ex.length - yes) / ex.length };
}

/** HateCheck-NL: accuracy overall and per functionality; a case counts as flagged hateful when `hate` ≥ 0.5. */
export function hatecheck(model = defaultModel()): { accuracy: number; n: number; byFunctionality: Record<string, number> } {
  const ex = hatecheckNl();
  const pred = scoreAll(ex, model).map((a) => (a.hate >= 0.5 ? 1 : 0));
  const groups = new Map<string, [number, number]>();
  ex.forEach((e, i) => {
    const g = groups.get(e.functionality) ?? [0, 0];
    groups.set(e.functionality, [g[0] + (pred[i] === e.label ? 1 : 0), g[1] + 1]);
  });
  const correct = [...groups.values()].reduce((s, [c]) => s + c, 0);
  return {
    accuracy: correct / ex.length,
    n: ex.length,
    byFunctionality: Object.fromEntries([...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, [c, n]]) => [f, c / n])),
  };
}
