/**
 * The action model's operating point: one logit offset per action, chosen on the dev split to minimise the
 * rubric's cost of a wrong recommendation, not the error count. Some mistakes hurt more (docs/judgement.md):
 * a threat not reported leaves a person exposed and punishing a customer's complaint or an innocent word
 * with report / mute wrongs them (cost 4); answering a troll or a spammer feeds them (2); any other wrong
 * action costs 1, an acceptable one 0. Ordinary public tweets that no training saw join the dev split:
 * reporting one costs 4, muting one 1 (tweets promote themselves often enough that mute is not always wrong).
 * Coordinate descent over a grid of ±1 logit, smallest offsets on ties: a nudge, not a second model.
 */
import { ACTIONS, type Action } from '../../lib/scoring/assessment';
import { isBenignFamily } from '../data/action-metrics';

export interface DevPoint {
  logits: number[];
  label: Action;
  ok: ReadonlySet<Action>;
  family: string;
  /** Ordinary real text (public tweets no training saw): reporting or muting it is a false alarm. */
  ordinary?: boolean;
}

const REPLIES: readonly Action[] = ['thank', 'answer', 'apologise'];

export function cost(x: Omit<DevPoint, 'logits'>, pred: Action): number {
  if (x.ordinary) return pred === 'report' ? 4 : pred === 'mute' ? 1 : 0;
  if (x.ok.has(pred)) return 0;
  if (x.label === 'report') return 4;
  if (x.label === 'apologise' && (pred === 'report' || pred === 'mute')) return 4;
  if (isBenignFamily(x.family) && pred === 'report') return 4;
  if ((x.label === 'ignore' || x.label === 'mute') && REPLIES.includes(pred)) return 2;
  return 1;
}

function meanCost(points: readonly DevPoint[], offsets: readonly number[]): number {
  let total = 0;
  for (const x of points) {
    let best = 0;
    for (let a = 1; a < ACTIONS.length; a++) if (x.logits[a]! + offsets[a]! > x.logits[best]! + offsets[best]!) best = a;
    total += cost(x, ACTIONS[best]!);
  }
  return total / points.length;
}

export function operatingPoint(points: readonly DevPoint[]): { offsets: number[]; before: number; after: number } {
  const offsets = new Array<number>(ACTIONS.length).fill(0);
  const grid = Array.from({ length: 21 }, (_, i) => Math.round((i * 0.1 - 1) * 10) / 10).sort((a, b) => Math.abs(a) - Math.abs(b));
  const before = meanCost(points, offsets);
  for (let round = 0; round < 3; round++) {
    for (let a = 0; a < ACTIONS.length; a++) {
      let best = offsets[a]!, bestCost = meanCost(points, offsets);
      for (const g of grid) {
        offsets[a] = g;
        const c = meanCost(points, offsets);
        if (c < bestCost - 1e-9) (bestCost = c), (best = g);
      }
      offsets[a] = best;
    }
  }
  return { offsets, before, after: meanCost(points, offsets) };
}
