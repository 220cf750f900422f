/** The decision metrics of `npm run eval:actions` (and its unit test), from labelled items and recommendations. */
import { ACTIONS, type Action } from '../../lib/scoring/assessment';
import type { CorpusItem } from './actions-corpus';

export interface Judged {
  item: Pick<CorpusItem, 'action' | 'also_ok' | 'lang' | 'family' | 'text'>;
  predicted: Action;
  /** The second choice the card offers beside the recommendation, when the model is torn. */
  second?: Action;
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const share = (xs: Judged[], hit: (j: Judged) => boolean) => (xs.length ? round(xs.filter(hit).length / xs.length) : 0);
const REPLIES: readonly Action[] = ['thank', 'answer', 'apologise'];
/** Families that exercise a word innocent in most uses ("nicht", "pot", "faggots and peas"). */
export const isBenignFamily = (family: string): boolean => /ambiguous|innocent/u.test(family);

/** Not harassment and not spam: reporting it wrongs a customer, a fan or a critic (report not even acceptable). */
export const isInnocent = (item: { action: Action; also_ok: readonly Action[] }): boolean =>
  item.action !== 'report' && item.action !== 'mute' && !item.also_ok.includes('report');

export function actionMetrics(judged: Judged[]) {
  const fits = (j: Judged, a: Action | undefined) => a !== undefined && (a === j.item.action || j.item.also_ok.includes(a));
  const ok = (j: Judged) => fits(j, j.predicted);
  // What the card puts in front of the user: the recommendation, or the second choice offered beside it.
  const offered = (j: Judged) => ok(j) || fits(j, j.second);
  const lang = (l: string) => judged.filter((j) => j.item.lang === l);
  const labelled = (a: Action) => judged.filter((j) => j.item.action === a);
  const confusion = ACTIONS.map((a) => ACTIONS.map((p) => labelled(a).filter((j) => j.predicted === p).length));
  const perAction = Object.fromEntries(ACTIONS.map((a, i) => {
    const tp = confusion[i]![i]!;
    const predicted = confusion.reduce((s, row) => s + row[i]!, 0);
    const n = labelled(a).length;
    const precision = predicted ? tp / predicted : 0, recall = n ? tp / n : 0;
    return [a, { precision: round(precision), recall: round(recall), f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0), n }];
  })) as Record<Action, { precision: number; recall: number; f1: number; n: number }>;
  const benign = judged.filter((j) => isBenignFamily(j.item.family) && j.item.action !== 'report');
  const innocent = judged.filter((j) => isInnocent(j.item));
  const byFamily = new Map<string, Judged[]>();
  for (const j of judged) byFamily.set(j.item.family, [...(byFamily.get(j.item.family) ?? []), j]);
  return {
    n: { en: lang('en').length, nl: lang('nl').length },
    accuracy: { en: share(lang('en'), ok), nl: share(lang('nl'), ok) },
    strict: { en: share(lang('en'), (j) => j.predicted === j.item.action), nl: share(lang('nl'), (j) => j.predicted === j.item.action) },
    perAction,
    confusion,
    rates: {
      report_recall: share(labelled('report'), (j) => j.predicted === 'report'),
      trolls_fed: share(labelled('ignore'), (j) => REPLIES.includes(j.predicted)),
      spam_answered: share(labelled('mute'), (j) => REPLIES.includes(j.predicted)),
      complaints_punished: share(labelled('apologise'), (j) => j.predicted === 'report' || j.predicted === 'mute'),
      false_report_benign: share(benign, (j) => j.predicted === 'report'),
      // Every comment a person would be wronged for if reported: praise, questions, complaints, provocation, claims.
      innocent_reported: share(innocent, (j) => j.predicted === 'report'),
    },
    secondChoice: {
      shown: share(judged, (j) => j.second !== undefined),
      accuracy: { en: share(lang('en'), offered), nl: share(lang('nl'), offered) },
      report_recall: share(labelled('report'), (j) => j.predicted === 'report' || j.second === 'report'),
      innocent_offered_report: share(innocent, (j) => j.second === 'report'),
    },
    benignN: benign.length,
    innocentN: innocent.length,
    families: [...byFamily].map(([family, js]) => ({ family, n: js.length, accuracy: share(js, ok) })).sort((a, b) => a.accuracy - b.accuracy || b.n - a.n),
  };
}
