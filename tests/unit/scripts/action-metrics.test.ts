/** The figures `npm run eval:actions` prints, from a handful of judged items whose answers are counted by hand. */
import { describe, expect, it } from 'vitest';
import type { Action } from '@/lib/scoring/assessment';
import { actionMetrics, type Judged } from '../../../scripts/data/action-metrics';

const item = (action: Action, predicted: Action, second?: Action, also_ok: Action[] = [], lang: 'en' | 'nl' = 'en'): Judged =>
  ({ item: { action, also_ok, lang, family: 'f', text: `${action} ${predicted}` }, predicted, ...(second ? { second } : {}) });

describe('action metrics', () => {
  const judged = [
    item('report', 'report'),
    item('report', 'apologise', 'report'), // missed, but offered beside the apology
    item('report', 'thank'),
    item('apologise', 'answer', undefined, ['answer']), // also_ok counts as right
    item('thank', 'ignore', 'thank', [], 'nl'),
    item('thank', 'thank', 'report', [], 'nl'), // right, with report offered on an innocent comment
  ];
  const m = actionMetrics(judged);
  it('counts the label or an also_ok as right, per language', () => {
    expect(m.accuracy).toEqual({ en: 0.5, nl: 0.5 });
    expect(m.strict).toEqual({ en: 0.25, nl: 0.5 });
    expect(m.rates.report_recall).toBeCloseTo(1 / 3, 4);
  });
  it('counts what the card offers: the recommendation or the second choice beside it', () => {
    expect(m.secondChoice.shown).toBe(0.5);
    expect(m.secondChoice.accuracy).toEqual({ en: 0.75, nl: 1 });
    expect(m.secondChoice.report_recall).toBeCloseTo(2 / 3, 4);
    expect(m.secondChoice.innocent_offered_report).toBeCloseTo(1 / 3, 4);
  });
});
