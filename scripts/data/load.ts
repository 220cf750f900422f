/** Readers for the labelled sets in ../shared/data (see its README for sources, licences and splits). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dataPath } from './paths';

export interface Example {
  text: string;
  label: number;
}

const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n');

/** TweetEval: one text per line, the label id on the same line of *_labels.txt. */
export function tweeteval(task: 'offensive' | 'hate' | 'sentiment', split: 'train' | 'val' | 'test'): Example[] {
  const texts = lines(dataPath('tweeteval', 'datasets', task, `${split}_text.txt`));
  const labels = lines(dataPath('tweeteval', 'datasets', task, `${split}_labels.txt`));
  const out: Example[] = [];
  labels.forEach((l, i) => {
    if (l.trim() !== '') out.push({ text: texts[i] ?? '', label: Number(l) });
  });
  return out;
}

const SENTIMENT = { negative: 0, neutral: 1, positive: 2 } as Record<string, number>;

/** SemEval 2013–2016 task 4A union, deduplicated by tweet id; the 2013 files escape commas as \u002c. */
function semevalFile(name: string): (Example & { id: string })[] {
  const out: (Example & { id: string })[] = [];
  for (const line of lines(dataPath('semeval2017-task4a-english-train', 'dataset', 'Subtask_A', 'downloaded', `twitter-${name}-A.tsv`))) {
    const [id, label, ...rest] = line.split('\t');
    const text = rest.join('\t').replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).trim();
    if (id && label && label in SENTIMENT && text) out.push({ id, text, label: SENTIMENT[label]! });
  }
  return out;
}

export function semevalUnion(): Example[] {
  const files = ['2013train', '2013dev', '2013test', '2014test', '2014sarcasm', '2015train', '2015test', '2016train', '2016dev', '2016devtest', '2016test'];
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const e of files.flatMap(semevalFile)) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push({ text: e.text, label: e.label });
  }
  return out;
}

/**
 * Sentiment validation: the union's newest file (SemEval-2016 test, 20k tweets) is held out to pick the epoch
 * and the class offsets. TweetEval's own validation split is drawn from the same years as the training union,
 * so it overstates what a later test set sees; the 2016 file is the closest in time to the 2017 test.
 */
export function sentimentSplits(): { train: Example[]; val: Example[] } {
  const held = new Set(semevalFile('2016test').map((e) => e.text));
  const all = semevalUnion();
  return { train: all.filter((e) => !held.has(e.text)), val: all.filter((e) => held.has(e.text)) };
}

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** complaints-social-media: tweet_id, text, 1 = complaint / 0 = not, domain (no header). */
export function complaintRows(): (Example & { domain: string })[] {
  return parseCsv(readFileSync(dataPath('complaints-social-media', 'complaints-data.csv'), 'utf8'))
    .filter((r) => r.length >= 3 && (r[2] === '0' || r[2] === '1'))
    .map((r) => ({ text: r[1]!, label: Number(r[2]), domain: r[3] ?? '' }));
}

export const complaints = (): Example[] => complaintRows().map(({ text, label }) => ({ text, label }));

/** OLID v1.0 training tweets with their three levels (A: OFF / NOT; B: TIN / UNT; C: IND / GRP / OTH). */
export function olidTraining(): { text: string; a: string; b: string; c: string }[] {
  return lines(dataPath('olid', 'OLIDv1.0', 'olid-training-v1.0.tsv')).slice(1).map((l) => l.split('\t'))
    .filter((c) => c.length >= 5).map((c) => ({ text: c[1]!, a: c[2]!, b: c[3]!, c: c[4]!.trim() }));
}

/** CheckThat! 2022 task 1B (verifiable factual claim), evaluation only (CC BY-NC-SA). */
export function checkthatClaims(lang: 'english' | 'dutch', split: 'train' | 'dev' | 'dev_test'): Example[] {
  const rows = lines(dataPath('checkthat2022-task1', `subtasks-${lang}`, `CT22_${lang}_1B_claim_${split}.tsv`)).slice(1);
  return rows.map((l) => l.split('\t')).filter((c) => c.length >= 5).map((c) => ({ text: c[3]!, label: Number(c[4]) }));
}

/** HateCheck-NL (GPL-3), evaluation only: label 1 = hateful, with its functionality. */
export function hatecheckNl(): (Example & { functionality: string })[] {
  const rows = parseCsv(readFileSync(dataPath('dalc-hatecheck-nl', 'hatecheck-nl', 'hatecheck-nl.csv'), 'utf8')).slice(1);
  return rows.map((r) => ({ text: r[2]!, label: r[3] === 'hateful' ? 1 : 0, functionality: r[0]! }));
}

/** Pattern sentiment lexicons (PDDL): word → mean polarity over its senses. */
export function patternLexicon(lang: 'en' | 'nl'): Map<string, number> {
  const xml = readFileSync(dataPath('pattern-sentiment-lexicons', 'pattern', 'text', lang, `${lang}-sentiment.xml`), 'utf8');
  const sums = new Map<string, [number, number]>();
  for (const m of xml.matchAll(/<word form="([^"]+)"[^>]*?polarity="(-?[\d.]+)"/g)) {
    const w = m[1]!.toLowerCase();
    const s = sums.get(w) ?? [0, 0];
    sums.set(w, [s[0] + Number(m[2]), s[1] + 1]);
  }
  return new Map([...sums].map(([w, [s, n]]) => [w, s / n]));
}

/**
 * VADER's lexicon (Hutto & Gilbert 2014; MIT, shipped in the Apache-2.0 npm package `vader-sentiment`): 7,500
 * words, slang and emoticons rated by people for social-media text, mean valence −4…4. Read from the package
 * at training time only; what ships is the merged word → polarity map inside model.json.
 */
export function vaderLexicon(): Map<string, number> {
  const dir = dirname(createRequire(import.meta.url).resolve('vader-sentiment/package.json'));
  const out = new Map<string, number>();
  for (const line of lines(join(dir, 'vader_lexicon.txt'))) {
    const [word, valence] = line.split('\t');
    if (word && valence) out.set(word.toLowerCase(), Number(valence) / 4);
  }
  return out;
}
