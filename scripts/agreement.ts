/**
 * `npm run agreement`: how often a second annotator, who saw only the rubric (docs/judgement.md) and the comment,
 * picked an action the corpus accepts for it (the label or one of its `also_ok`). The second annotator's labels
 * are in data/agreement/*.tsv, keyed by a hash of the text so that the file repeats no comment. This is the
 * ceiling a judgement can be held to: where two careful readers of the rubric differ, no model is "wrong".
 * Last line: one JSON object.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIONS, type Action } from '../lib/scoring/assessment';
import { readCorpus, textKey, type Located } from './data/actions-corpus';
import { PROJECT_ROOT } from './data/paths';

const dir = join(PROJECT_ROOT, 'data', 'agreement');
const byKey = new Map<string, Located>();
for (const x of readCorpus()) byKey.set(textKey(x.text), x);

interface Pair { item: Located; action: Action; alsoOk: Action[] }
const pairs: Pair[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
  readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [key, , action, also = ''] = line.split('\t');
    const item = byKey.get(key!);
    const alsoOk = also.split(',').filter(Boolean) as Action[];
    if (!item) throw new Error(`${file}:${i + 1}: no corpus comment has the key ${key}`);
    if (![action, ...alsoOk].every((a) => ACTIONS.includes(a as Action))) throw new Error(`${file}:${i + 1}: unknown action in "${line}"`);
    pairs.push({ item, action: action as Action, alsoOk });
  });
}

const accepts = (p: Pair) => p.item.action === p.action || p.item.also_ok.includes(p.action);
const share = (ps: Pair[], f: (p: Pair) => boolean) => (ps.length ? ps.filter(f).length / ps.length : 0);
const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const langs = ['en', 'nl'] as const;
const of = (lang: string) => pairs.filter((p) => p.item.lang === lang);

/** Cohen's kappa on the single labels: agreement beyond what the two label distributions give by chance. */
function kappa(ps: Pair[]): number {
  const observed = share(ps, (p) => p.item.action === p.action);
  const chance = ACTIONS.reduce((s, a) => s + share(ps, (p) => p.item.action === a) * share(ps, (p) => p.action === a), 0);
  return (observed - chance) / (1 - chance);
}

console.log(`second annotator on ${pairs.length} corpus comments (${langs.map((l) => `${of(l).length} ${l}`).join(', ')})\n`);
for (const l of langs) {
  console.log(`${l}: the corpus accepts the annotator's action ${pct(share(of(l), accepts))}; same label ${pct(share(of(l), (p) => p.item.action === p.action))}; kappa ${kappa(of(l)).toFixed(3)}`);
}
console.log('\nby the corpus label: accepted, and what the annotator picked instead');
for (const a of ACTIONS) {
  const ps = pairs.filter((p) => p.item.action === a);
  const other = new Map<string, number>();
  for (const p of ps.filter((q) => !accepts(q))) other.set(p.action, (other.get(p.action) ?? 0) + 1);
  console.log(`  ${a.padEnd(11)} ${pct(share(ps, accepts))} of ${String(ps.length).padStart(3)}  ${[...other].map(([b, n]) => `${b} ${n}`).join(', ')}`);
}
if (process.argv.includes('--disagreements')) {
  console.log('\ndisagreements (corpus → annotator)');
  for (const p of pairs.filter((q) => !accepts(q))) console.log(`  ${p.item.action} → ${p.action} [${p.item.family}] ${p.item.text.replace(/\s+/gu, ' ').slice(0, 140)}`);
}
console.log(JSON.stringify({
  n: pairs.length,
  ...Object.fromEntries(langs.flatMap((l) => [[`accepted_${l}`, share(of(l), accepts)], [`same_label_${l}`, share(of(l), (p) => p.item.action === p.action)], [`kappa_${l}`, kappa(of(l))]])),
}));
