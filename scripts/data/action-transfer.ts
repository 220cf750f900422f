/**
 * The decision on real people's text from public sets (test splits; none is a held-out check of the product):
 * a sign of whether what the corpus taught transfers beyond it. Rates, not accuracies — the sets are not
 * labelled with actions — except for the tweets labelled one by one by the rubric.
 */
import type { Action, Assessment } from '../../lib/scoring/assessment';
import { assess } from '../../lib/scoring/score';
import { complaintRows, tweeteval } from './load';
import { mappedExamples, relabelledExamples } from '../train/mapped';

const rate = (texts: string[], hit: (a: Action, i: number, whole: Assessment) => boolean) => {
  const n = texts.filter((t, i) => {
    const a = assess({ id: String(i), text: t });
    return hit(a.action, i, a);
  }).length;
  return Math.round((n / Math.max(1, texts.length)) * 10000) / 10000;
};

const fits = (t: { action: Action; also_ok: readonly Action[] }, a: Action) => a === t.action || t.also_ok.includes(a);

/** `split`: the public sets' test splits for the figures; their validation splits while choosing anything. */
export function transferRates(split: 'val' | 'test' = 'test') {
  const sentiment = tweeteval('sentiment', split);
  const ordinary = sentiment.filter((e) => e.label === 2).map((e) => e.text);
  const seen = new Set([...mappedExamples(), ...relabelledExamples()].map((m) => m.text));
  const tweets = relabelledExamples(split === 'test' ? 'test' : 'dev');
  const complaints = complaintRows().filter((r) => r.label === 1 && !r.domain.startsWith('random') && !seen.has(r.text)).map((r) => r.text);
  const hateful = tweeteval('hate', split).filter((e) => e.label === 1).map((e) => e.text);
  return {
    /** Positive tweets (SemEval-17 test) muted or reported: false alarms on ordinary comments. */
    ordinary_muted_or_reported: rate(ordinary, (a) => a === 'mute' || a === 'report'),
    ordinary_n: ordinary.length,
    /** Complaints to brands not used in training: apologised for or answered. */
    complaints_answered: rate(complaints, (a) => a === 'apologise' || a === 'answer'),
    complaints_n: complaints.length,
    /** HatEval test hateful tweets: reported (or muted). */
    hateful_reported: rate(hateful, (a) => a === 'report' || a === 'mute'),
    hateful_n: hateful.length,
    /** Real tweets labelled one by one by the rubric (data/relabelled; their dev or test part, never trained on):
     * given their action or an alternative. The one rate here that is an accuracy. */
    rubric_tweets_accuracy: rate(tweets.map((t) => t.text), (a, i) => fits(tweets[i]!, a)),
    /** The same, counting the second choice the card offers beside the recommendation. */
    rubric_tweets_offered: rate(tweets.map((t) => t.text), (a, i, whole) => fits(tweets[i]!, a) || (!!whole.alternative && fits(tweets[i]!, whole.alternative.action))),
    rubric_tweets_n: tweets.length,
  };
}
