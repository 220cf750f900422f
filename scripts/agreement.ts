/**
 * `npm run agreement`: how often a second annotator, who saw only the rubric (docs/judgement.md) and the text,
 * picked an action the first labels accept (the label or one of its `also_ok`). The second annotator's labels are
 * in data/agreement/*.tsv, keyed by a hash of the text so that the files repeat no text: `dev-sample.tsv` for
 * corpus comments (joined to data/actions), `tweets-*.tsv` for real tweets (joined to data/relabelled, so no text
 * is needed). This is the ceiling a judgement can be held to: where two careful readers of the rubric differ, no
 * model is "wrong". Last line: one JSON object.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIONS, type Action } from '../lib/scoring/assessment';
import { readCorpus, textKey } from './data/actions-corpus';
import { PROJECT_ROOT } from './data/paths';
import { relabelled } from './train/mapped';

interface First { action: Action; also_ok: readonly Action[]; set: string; family?: string; text?: string }
interface Pair { first: First; action: Action }

const dir = join(PROJECT_ROOT, 'data', 'agreement');
const comments = new Map<string, First>(readCorpus().map((x) => [textKey(x.text), { action: x.action, also_ok: x.also_ok, set: x.lang, family: x.family, text: x.text }]));
const tweets = new Map<string, First>([...relabelled()].map(([key, l]) => [key, { action: l.action, also_ok: l.also_ok, set: 'tweets' }]));

const pairs: Pair[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
  const firsts = file.startsWith('tweets') ? tweets : comments;
  readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [key, , action, also = ''] = line.split('\t');
    const first = firsts.get(key!);
    if (!first) throw new Error(`${file}:${i + 1}: no labelled text has the key ${key}`);
    if (![action, ...also.split(',').filter(Boolean)].every((a) => ACTIONS.includes(a as Action))) throw new Error(`${file}:${i + 1}: unknown action in "${line}"`);
    pairs.push({ first, action: action as Action });
  });
}

const accepts = (p: Pair) => p.first.action === p.action || p.first.also_ok.includes(p.action);
const same = (p: Pair) => p.first.action === p.action;
const share = (ps: Pair[], f: (p: Pair) => boolean) => (ps.length ? ps.filter(f).length / ps.length : 0);
const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const sets = ['en', 'nl', 'tweets'] as const;
const of = (set: string) => pairs.filter((p) => p.first.set === set);

/** Cohen's kappa on the single labels: agreement beyond what the two label distributions give by chance. */
function kappa(ps: Pair[]): number {
  const chance = ACTIONS.reduce((s, a) => s + share(ps, (p) => p.first.action === a) * share(ps, (p) => p.action === a), 0);
  return (share(ps, same) - chance) / (1 - chance);
}

console.log(`second annotator on ${pairs.length} texts (${sets.map((l) => `${of(l).length} ${l}`).join(', ')})\n`);
for (const l of sets) {
  console.log(`${l.padEnd(6)}: the first labels accept the second reader's action ${pct(share(of(l), accepts))}; same label ${pct(share(of(l), same))}; kappa ${kappa(of(l)).toFixed(3)}`);
}
console.log('\nby the first label: accepted, and what the second reader picked instead');
for (const a of ACTIONS) {
  const ps = pairs.filter((p) => p.first.action === a);
  const other = new Map<string, number>();
  for (const p of ps.filter((q) => !accepts(q))) other.set(p.action, (other.get(p.action) ?? 0) + 1);
  console.log(`  ${a.padEnd(11)} ${pct(share(ps, accepts))} of ${String(ps.length).padStart(3)}  ${[...other].map(([b, n]) => `${b} ${n}`).join(', ')}`);
}
if (process.argv.includes('--disagreements')) {
  console.log('\ndisagreements in the corpus (first → second; tweets are listed by neither, their text stays in ../shared/data)');
  for (const p of of('en').concat(of('nl')).filter((q) => !accepts(q))) console.log(`  ${p.first.action} → ${p.action} [${p.first.family}] ${p.first.text!.replace(/\s+/gu, ' ').slice(0, 140)}`);
}
console.log(JSON.stringify({
  n: pairs.length,
  ...Object.fromEntries(sets.flatMap((l) => [[`accepted_${l}`, share(of(l), accepts)], [`same_label_${l}`, share(of(l), same)], [`kappa_${l}`, kappa(of(l))], [`n_${l}`, of(l).length]])),
}));
