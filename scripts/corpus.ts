/**
 * `npm run corpus`: checks the action corpus (data/actions/*.jsonl), writes each item's split into its line
 * (items keep the split they have; new items get one, their near-duplicates and group-mates the same) and prints
 * its size per action and language, its families, registers and topics, and the near-duplicate rate: the share
 * of items with a word-bigram Dice ≥ 0.6 partner, and the share of all pairs. `--check` changes nothing and
 * fails when a split is missing (the unit tests run it). Last line: one JSON object.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIONS } from '../lib/scoring/assessment';
import { CORPUS_DIR, SPLITS, assignSplits, nearDuplicatePairs, readCorpus } from './data/actions-corpus';

const check = process.argv.includes('--check');
const items = readCorpus();
const splits = assignSplits(items);
const changed = items.filter((x, i) => x.split !== splits[i]);
if (changed.length && check) {
  console.error(`${changed.length} corpus items have no split or a split their cluster does not share: run npm run corpus`);
  process.exit(1);
}
if (changed.length) {
  const byFile = new Map<string, Map<number, string>>();
  items.forEach((x, i) => {
    if (x.split === splits[i]) return;
    const lines = byFile.get(x.file) ?? new Map<number, string>();
    const { file: _f, line: _l, ...record } = x;
    lines.set(x.line, JSON.stringify({ ...record, split: splits[i] }));
    byFile.set(x.file, lines);
  });
  for (const [file, lines] of byFile) {
    const path = join(CORPUS_DIR, file);
    const out = readFileSync(path, 'utf8').split('\n').map((l, i) => lines.get(i + 1) ?? l);
    writeFileSync(path, out.join('\n'));
  }
  console.log(`wrote the split of ${changed.length} items`);
}

const pairs = nearDuplicatePairs(items);
const withPartner = new Set(pairs.flat());
const count = (pick: (x: (typeof items)[number], i: number) => boolean) => items.filter(pick).length;
const table: Record<string, Record<string, number>> = {};
for (const lang of ['en', 'nl']) table[lang] = Object.fromEntries(ACTIONS.map((a) => [a, count((x) => x.lang === lang && x.action === a)]));
const tally = (key: 'family' | 'topic' | 'register' | 'platform' | 'source') => {
  const m = new Map<string, number>();
  for (const x of items) m.set(String(x[key] ?? '—'), (m.get(String(x[key] ?? '—')) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
const allPairs = ['en', 'nl'].reduce((s, l) => s + (count((x) => x.lang === l) * (count((x) => x.lang === l) - 1)) / 2, 0);

console.log(`${items.length} comments in data/actions\n`);
console.log(`          ${ACTIONS.map((a) => a.padStart(10)).join('')}      total`);
for (const lang of ['en', 'nl']) console.log(`  ${lang}      ${ACTIONS.map((a) => String(table[lang]![a]).padStart(10)).join('')} ${String(count((x) => x.lang === lang)).padStart(10)}`);
console.log(`\nsplits: ${SPLITS.map((s) => `${s} ${splits.filter((x) => x === s).length}`).join(' · ')}`);
console.log(`platforms: ${tally('platform').map(([k, v]) => `${k} ${v}`).join(' · ')}`);
console.log(`sources: ${tally('source').map(([k, v]) => `${k} ${v}`).join(' · ')}`);
console.log(`families: ${tally('family').length} — ${tally('family').slice(0, 40).map(([k, v]) => `${k} ${v}`).join(', ')}…`);
console.log(`topics: ${tally('topic').slice(0, 25).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`registers: ${tally('register').slice(0, 20).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`\nnear-duplicates (word-bigram Dice ≥ 0.6, same language): ${pairs.length} pairs of ${allPairs.toLocaleString('en')} (${((100 * pairs.length) / allPairs).toFixed(4)} %); items with a near-duplicate: ${withPartner.size} (${((100 * withPartner.size) / items.length).toFixed(2)} %, target < 5 %)`);
console.log(JSON.stringify({
  items: items.length, per_language_action: table, families: tally('family').length,
  near_duplicate_pairs: pairs.length, near_duplicate_pair_share: pairs.length / allPairs, items_with_near_duplicate_share: withPartner.size / items.length,
  splits: Object.fromEntries(SPLITS.map((s) => [s, splits.filter((x) => x === s).length])),
}));
