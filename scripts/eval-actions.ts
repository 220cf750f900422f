/**
 * `npm run eval:actions`: the shipped scorer's decision on the action corpus's test split (never trained or
 * tuned on): per action precision / recall / F1, the confusion matrix, accuracy per language, the rates the
 * rubric cares most about, and the worst families. Accuracy counts an item right when the action is its label
 * or one of its `also_ok` alternatives (the rubric names them); `strict_*` counts the label only. Last line: one
 * JSON object.
 */
import { ACTIONS, type Action } from '../lib/scoring/assessment';
import { assess } from '../lib/scoring/score';
import { assignSplits, readCorpus, type Located } from './data/actions-corpus';
import { actionMetrics, type Judged } from './data/action-metrics';
import { transferRates } from './data/action-transfer';
import { hasData } from './data/paths';

const split = process.argv.includes('--dev') ? 'dev' : 'test';
const corpus = readCorpus();
const splits = assignSplits(corpus);
const items: Located[] = corpus.filter((_, i) => splits[i] === split);
const started = Date.now();
const judged: Judged[] = items.map((x, i) => {
  const a = assess({ id: String(i), text: x.text });
  return { item: x, predicted: a.action, ...(a.alternative ? { second: a.alternative.action } : {}) };
});
const ms = Date.now() - started;
const m = actionMetrics(judged);

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
console.log(`action corpus, ${split} split: ${items.length} comments (${m.n.en} English, ${m.n.nl} Dutch), scored in ${ms} ms\n`);
console.log(`accuracy (label or also_ok)   en ${pct(m.accuracy.en)}   nl ${pct(m.accuracy.nl)}`);
console.log(`strict accuracy (label only)  en ${pct(m.strict.en)}   nl ${pct(m.strict.nl)}\n`);
console.log('per action (strict)   precision   recall      F1     n');
for (const a of ACTIONS) {
  const r = m.perAction[a];
  console.log(`  ${a.padEnd(12)}        ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.n).padStart(4)}`);
}
console.log(`\nconfusion (rows: label, columns: recommended; ${ACTIONS.map((a) => a.slice(0, 5)).join(' ')})`);
ACTIONS.forEach((a, i) => console.log(`  ${a.padEnd(11)} ${m.confusion[i]!.map((v) => String(v).padStart(6)).join('')}`));
console.log('\nrates (target)');
console.log(`  report recall on report items                     ${pct(m.rates.report_recall)}  (≥ 97 %)`);
console.log(`  trolls fed: ignore items given thank/answer/apol.  ${pct(m.rates.trolls_fed)}  (≤ 3 %)`);
console.log(`  spam answered: mute items given thank/answer/apol. ${pct(m.rates.spam_answered)}  (≤ 2 %)`);
console.log(`  complaints punished: apologise given report/mute   ${pct(m.rates.complaints_punished)}  (≤ 1 %)`);
console.log(`  false reports on innocent ambiguous words          ${pct(m.rates.false_report_benign)}  (0; n = ${m.benignN})`);
console.log(`  innocent reported: not harassment or spam, report  ${pct(m.rates.innocent_reported)}  (n = ${m.innocentN})`);
const sc = m.secondChoice;
console.log(`\nsecond choice (offered beside the recommendation when the model is torn) on ${pct(sc.shown)} of the comments`);
console.log(`  right action recommended or offered  en ${pct(sc.accuracy.en)}   nl ${pct(sc.accuracy.nl)}`);
console.log(`  report items recommended or offered report  ${pct(sc.report_recall)};  innocent comments offered report ${pct(sc.innocent_offered_report)}`);
console.log('\nworst families (acceptable accuracy)');
for (const f of m.families.slice(0, 12)) console.log(`  ${pct(f.accuracy)}  ${f.family} (${f.n})`);
if (process.argv.includes('--errors')) {
  console.log('\nerrors');
  for (const j of judged.filter((x) => x.predicted !== x.item.action && !x.item.also_ok.includes(x.predicted))) {
    console.log(`  ${j.item.action.padEnd(10)} → ${(j.predicted as Action).padEnd(10)} [${j.item.family}] ${j.item.text.replace(/\s+/gu, ' ').slice(0, 140)}`);
  }
}
const transfer = hasData() ? transferRates(split === 'dev' ? 'val' : 'test') : undefined;
if (transfer) {
  console.log('\nreal public text (not action-labelled; a sign of transfer beyond the corpus)');
  console.log(`  positive tweets muted or reported   ${pct(transfer.ordinary_muted_or_reported)}  (n = ${transfer.ordinary_n})`);
  console.log(`  unseen brand complaints apologised for or answered ${pct(transfer.complaints_answered)}  (n = ${transfer.complaints_n})`);
  console.log(`  hateful tweets reported or muted    ${pct(transfer.hateful_reported)}  (n = ${transfer.hateful_n})`);
  console.log(`  real tweets labelled by the rubric: right action ${pct(transfer.rubric_tweets_accuracy)}, recommended or offered ${pct(transfer.rubric_tweets_offered)}  (n = ${transfer.rubric_tweets_n})`);
}
console.log(JSON.stringify({
  split, n: items.length,
  accuracy_en: m.accuracy.en, accuracy_nl: m.accuracy.nl, strict_accuracy_en: m.strict.en, strict_accuracy_nl: m.strict.nl,
  ...m.rates,
  second_choice_shown: sc.shown, offered_accuracy_en: sc.accuracy.en, offered_accuracy_nl: sc.accuracy.nl, offered_report_recall: sc.report_recall,
  f1: Object.fromEntries(ACTIONS.map((a) => [a, m.perAction[a].f1])),
  ...(transfer ? { transfer } : {}),
}));
