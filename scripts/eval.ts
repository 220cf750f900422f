/**
 * `npm run eval`: the shipped scorer on the official test splits (never trained or tuned on), beside the
 * published baselines, with confusion matrices; then complaint 10-fold CV, CheckThat! 2022 1B dev_test and
 * HateCheck-NL per functionality. The last line is one JSON object with every figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelFile } from '../lib/scoring/model';
import { COMPLAINT_BASELINES, HATECHECK_NL_BASELINES, TWEETEVAL_BASELINES } from './data/baselines';
import { complaintCrossValidation } from './data/complaint-cv';
import { claims, hate, hatecheck, offensive, sentiment, type TaskResult } from './data/evaluate';
import { PROJECT_ROOT, hasData } from './data/paths';
import { tweeteval } from './data/load';
import { confusion, macroF1 } from './data/metrics';
import { WORD_LISTS } from './data/word-lists';
import { obfuscationSideBySide } from './data/obfuscation';

if (!hasData()) {
  console.error('No labelled data at ../shared/data (see README "Scoring model"); nothing to evaluate.');
  process.exit(1);
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const started = Date.now();

function matrix(name: string, r: TaskResult, labels: string[]): void {
  console.log(`  ${name} confusion (rows gold, columns predicted; ${labels.join(' / ')}):`);
  r.confusion.forEach((row, i) => console.log(`    ${labels[i]!.padEnd(10)} ${row.map((v) => String(v).padStart(6)).join('')}`));
}

const tasks = [
  { key: 'offensive_macro_f1', name: 'offensive (OLID / TweetEval test, macro-F1)', r: offensive('test'), base: TWEETEVAL_BASELINES.offensive, labels: ['not', 'offensive'] },
  { key: 'hate_macro_f1', name: 'hate (HatEval / TweetEval test, macro-F1)', r: hate('test'), base: TWEETEVAL_BASELINES.hate, labels: ['not', 'hate'] },
  { key: 'sentiment_macro_recall', name: 'sentiment (SemEval-17 / TweetEval test, macro-recall)', r: sentiment('test'), base: TWEETEVAL_BASELINES.sentiment, labels: ['negative', 'neutral', 'positive'] },
];
const figures: Record<string, number | Record<string, number>> = {};
for (const t of tasks) {
  console.log(`\n${t.name}: Tactful ${pct(t.r.metric)}  (n = ${t.r.n})`);
  console.log(`  published: ${Object.entries(t.base).map(([k, v]) => `${k} ${pct(v).trim()}`).join(' · ')}`);
  matrix(t.key, t.r, t.labels);
  figures[t.key] = Math.round(t.r.metric * 10000) / 10000;
}

// Word-list peers on the offensive test split: Tactful's toxicity must beat both (README "Scoring model").
const olid = tweeteval('offensive', 'test');
for (const [name, flags] of Object.entries(WORD_LISTS)) {
  const m = confusion(olid.map((e) => e.label), olid.map((e) => (flags(e.text) ? 1 : 0)), 2);
  console.log(`  word list ${name.padEnd(17)} ${pct(macroF1(m))}  (flags ${olid.filter((e) => flags(e.text)).length} of ${olid.length})`);
  figures[`offensive_macro_f1_${name.replace(/\W+/gu, '_').replace(/^_/u, '')}`] = Math.round(macroF1(m) * 10000) / 10000;
}

const ob = obfuscationSideBySide();
console.log(`\nobfuscated abuse (${ob.n.obfuscated} cases) caught / innocent look-alikes (${ob.n.innocent}) flagged: Tactful ${pct(ob.tactful.caught)} / ${pct(ob.tactful.falseAlarms)} · obscenity ${pct(ob.obscenity.caught)} / ${pct(ob.obscenity.falseAlarms)}`);
figures.obfuscation = { tactful_caught: ob.tactful.caught, tactful_false_alarms: ob.tactful.falseAlarms, obscenity_caught: ob.obscenity.caught, obscenity_false_alarms: ob.obscenity.falseAlarms };

const file = JSON.parse(readFileSync(join(PROJECT_ROOT, 'assets', 'model', 'model.json'), 'utf8')) as ModelFile;
const cv = complaintCrossValidation(file);
console.log(`\ncomplaint (complaints-social-media, 10-fold CV, macro-F1): Tactful ${pct(cv.metric)}  (n = ${cv.n})`);
console.log(`  published: ${Object.entries(COMPLAINT_BASELINES).map(([k, v]) => `${k} ${pct(v).trim()}`).join(' · ')}`);
matrix('complaint', cv, ['not', 'complaint']);
figures.complaint_cv_macro_f1 = Math.round(cv.metric * 10000) / 10000;

for (const lang of ['english', 'dutch'] as const) {
  const r = claims(lang);
  console.log(`\nverifiable claim (CheckThat! 2022 1B ${lang} dev_test, accuracy; misinformation ≥ 0.5): Tactful ${pct(r.metric)}  majority class ${pct(r.majority)}  (n = ${r.n})`);
  matrix(`claim_${lang}`, r, ['no claim', 'claim']);
  figures[`claim_${lang === 'english' ? 'en' : 'nl'}_accuracy`] = Math.round(r.metric * 10000) / 10000;
  figures[`claim_${lang === 'english' ? 'en' : 'nl'}_majority`] = Math.round(r.majority * 10000) / 10000;
}

const hc = hatecheck();
console.log(`\nHateCheck-NL (accuracy, hate ≥ 0.5): Tactful ${pct(hc.accuracy)}  (n = ${hc.n})`);
console.log(`  published: ${Object.entries(HATECHECK_NL_BASELINES).map(([k, v]) => `${k} ${pct(v).trim()}`).join(' · ')}`);
for (const [f, acc] of Object.entries(hc.byFunctionality)) console.log(`    ${f.padEnd(22)} ${pct(acc)}`);
figures.hatecheck_nl_accuracy = Math.round(hc.accuracy * 10000) / 10000;
figures.hatecheck_nl_by_functionality = Object.fromEntries(Object.entries(hc.byFunctionality).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));

console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(JSON.stringify(figures));
