/**
 * Public labelled data mapped onto the rubric where its label fits (docs/judgement.md), for training only and
 * marked as mapped: real people's wording the written corpus cannot fake. The labels say less than an action,
 * so each example carries the *set* of actions its label allows (the loss rewards any of them):
 * - ordinary tweets (SemEval 2013–2016 positive and neutral; OLID not-offensive): anything but report or mute —
 *   without them the model learned that @mentions, names and hashtags mean abuse or spam;
 * - complaints to brands (complaints-social-media): apologise or answer; its questions to brands: answer, thank
 *   or apologise;
 * - hateful tweets (HatEval via TweetEval): report or mute; targeted insults at a person (OLID TIN + IND):
 *   report, ignore or mute.
 * Only train-and-ship sources (../shared/data/README.md); a fixed sample of each, each example counting a
 * third of a written one.
 *
 * Some of these tweets, and others from the same sets, were also labelled one by one by the rubric
 * (data/relabelled, keyed by a hash of the text; the text stays in ../shared/data): those come from
 * `relabelledExamples` with their own action and alternatives instead of a label's set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Action } from '../../lib/scoring/assessment';
import { fnv, splitOf, textKey, type Split } from '../data/actions-corpus';
import { complaintRows, olidTraining, semevalUnion, tweeteval } from '../data/load';
import { PROJECT_ROOT } from '../data/paths';
import { mulberry32 } from './logreg';
import { SEED } from './settings';

export interface Mapped {
  text: string;
  lang: 'en';
  action: Action;
  also_ok: Action[];
  source: string;
}

function sample<T>(xs: T[], n: number, seed: number): T[] {
  const rand = mulberry32(seed);
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

const NOT_ABUSE: Action[] = ['thank', 'apologise', 'fact-check', 'ignore'];
/** Tweets share news links all the time; under a post, a link is a lure. Links (and OLID's "URL" placeholder)
 * are taken out of mapped tweets so they teach nothing about links. */
const withoutLinks = (text: string) => text.replace(/https?:\/\/\S+|www\.\S+|\bURL\b/gu, ' ').replace(/\s+/gu, ' ').trim();
const as = (source: string, action: Action, also_ok: Action[]) => (text: string): Mapped => ({ text: withoutLinks(text), lang: 'en', action, also_ok, source });

/** Ordinary tweets (SemEval positive and neutral) that mappedExamples leaves out: the operating point's check
 * for false alarms on everyday text (operating-point.ts). */
export function ordinaryHoldout(n = 500): string[] {
  const all = sample(semevalUnion().filter((e) => e.label > 0).map((e) => e.text), 1500 + n, SEED);
  return all.slice(1500);
}

/** Every mapped tweet by its label's set, before the one-by-one labels replace some of them. */
function byLabel(): Mapped[] {
  const rows = complaintRows().filter((r) => !r.domain.startsWith('random'));
  const olid = olidTraining();
  return [
    ...sample(semevalUnion().filter((e) => e.label > 0).map((e) => e.text), 1500, SEED).map(as('mapped:semeval-sentiment', 'answer', NOT_ABUSE)),
    ...sample(olid.filter((r) => r.a === 'NOT').map((r) => r.text), 1000, SEED + 1).map(as('mapped:olid', 'answer', NOT_ABUSE)),
    ...sample(rows.filter((r) => r.label === 1).map((r) => r.text), 600, SEED + 2).map(as('mapped:complaints-social-media', 'apologise', ['answer'])),
    ...rows.filter((r) => r.label === 0 && r.text.includes('?')).map((r) => r.text).map(as('mapped:complaints-social-media', 'answer', ['thank', 'apologise'])),
    ...sample(tweeteval('hate', 'train').filter((e) => e.label === 1).map((e) => e.text), 600, SEED + 3).map(as('mapped:hateval', 'report', ['mute'])),
    ...sample(olid.filter((r) => r.b === 'TIN' && r.c === 'IND').map((r) => r.text), 500, SEED + 4).map(as('mapped:olid', 'report', ['ignore', 'mute'])),
  ];
}

export interface RelabelledLabel { action: Action; also_ok: Action[]; split: Split }

/**
 * data/relabelled: key → the action and alternatives a reader of the rubric gave the tweet, and its split.
 * tweets.tsv splits 70 / 15 / 15 by key like the corpus; measure-only.tsv (a third batch that taught the model
 * nothing more on dev, 78.4 → 78.7 % on real tweets, and cost the corpus 0.6 point) is never trained on: half dev,
 * half test.
 */
export function relabelled(): Map<string, RelabelledLabel> {
  const out = new Map<string, RelabelledLabel>();
  for (const [file, splitFor] of [['tweets.tsv', splitOf], ['measure-only.tsv', (k: string) => (fnv(k) % 2 ? 'dev' : 'test')]] as const) {
    for (const line of readFileSync(join(PROJECT_ROOT, 'data', 'relabelled', file), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [, key, action, also = ''] = line.split('\t');
      out.set(key!, { action: action as Action, also_ok: also.split(',').filter(Boolean) as Action[], split: splitFor(key!) });
    }
  }
  return out;
}

/** The mapped tweets that were not labelled one by one: each carries its label's set. */
export function mappedExamples(): Mapped[] {
  const labels = relabelled();
  return byLabel().filter((m) => !labels.has(textKey(m.text)));
}

/**
 * The tweets labelled one by one by the rubric, from any of the train-and-ship sets (the operating point's
 * ordinary tweets excluded), in their split: train is trained on, dev and test measure the decision on real
 * people's text (eval:actions).
 */
export function relabelledExamples(split: Split = 'train'): Mapped[] {
  const labels = relabelled();
  const held = new Set(ordinaryHoldout().map(withoutLinks));
  const pools: [string, string[]][] = [
    ['semeval-sentiment', semevalUnion().map((e) => e.text)],
    ['olid', olidTraining().map((r) => r.text)],
    ['hateval', tweeteval('hate', 'train').map((e) => e.text)],
    ['complaints-social-media', complaintRows().map((r) => r.text)],
  ];
  const seen = new Set<string>();
  return pools.flatMap(([source, texts]) => texts.flatMap((raw) => {
    const text = withoutLinks(raw);
    const key = textKey(text);
    const label = labels.get(key);
    if (!label || seen.has(text) || held.has(text) || label.split !== split) return [];
    seen.add(text);
    return [{ text, lang: 'en' as const, action: label.action, also_ok: label.also_ok, source: `relabelled:${source}` }];
  }));
}
