/**
 * The action corpus in data/actions/*.jsonl: comments the team wrote (or mapped from a public set), each
 * labelled with the action the rubric (docs/judgement.md) gives it. Read by `npm run train`, `npm run
 * eval:actions` and `npm run corpus`; validated here so a bad line names its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ACTIONS } from '../../lib/scoring/assessment';
import { PLATFORMS } from '../../lib/sites/site-adapter';
import { PROJECT_ROOT } from './paths';

export const CORPUS_DIR = join(PROJECT_ROOT, 'data', 'actions');
export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

const action = z.enum(ACTIONS);
export const CorpusItem = z.object({
  text: z.string().min(1).max(2000),
  lang: z.enum(['en', 'nl']),
  platform: z.enum(PLATFORMS),
  action,
  also_ok: z.array(action),
  family: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  topic: z.string().min(1),
  register: z.string().optional(),
  source: z.string().regex(/^(?:written|mapped:[a-z0-9-]+)$/u),
  group: z.string().min(1).optional(),
  split: z.enum(SPLITS).optional(),
}).refine((r) => !r.also_ok.includes(r.action), { message: 'also_ok repeats the action' });
export type CorpusItem = z.infer<typeof CorpusItem>;

export interface Located extends CorpusItem {
  file: string;
  line: number;
}

/** Every corpus file's items in file order; throws one error listing every bad line. */
export function readCorpus(dir = CORPUS_DIR): Located[] {
  const items: Located[] = [];
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        problems.push(`${file}:${i + 1}: not JSON`);
        return;
      }
      const r = CorpusItem.safeParse(json);
      if (r.success) items.push({ ...r.data, file, line: i + 1 });
      else problems.push(`${file}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.') || 'item'} ${x.message}`).join('; ')}`);
    });
  }
  if (problems.length) throw new Error(`${problems.length} bad corpus line(s):\n${problems.slice(0, 20).join('\n')}`);
  return items;
}

/** Word bigrams (a lone word counts as itself): what "near-duplicate" is measured on. */
export function bigrams(text: string): Set<string> {
  const w = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+|\p{Extended_Pictographic}/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  if (w.length === 1) out.add(w[0]!);
  return out;
}

export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export const NEAR_DUPLICATE = 0.6;

/**
 * Near-duplicate pairs (word-bigram Dice ≥ 0.6) within a language. Bigram sets are indexed by their bigrams, so
 * only pairs sharing one are compared (the corpus has millions of pairs, a few thousand share anything).
 */
export function nearDuplicatePairs(items: readonly Pick<CorpusItem, 'text' | 'lang'>[]): [number, number][] {
  const sets = items.map((x) => bigrams(x.text));
  const index = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  sets.forEach((s, i) => {
    const seen = new Set<number>();
    for (const g of s) {
      const key = `${items[i]!.lang} ${g}`;
      for (const j of index.get(key) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (dice(s, sets[j]!) >= NEAR_DUPLICATE) pairs.push([j, i]);
      }
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  return pairs;
}

/** FNV-1a, 32 bits: split assignment and the keys that name a text without storing it. */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A text's name in files that must not repeat it (data/agreement, data/relabelled): its FNV-1a as 8 hex digits. */
export const textKey = (text: string): string => fnv(text).toString(16).padStart(8, '0');

/** 70 / 15 / 15 by a stable hash of the cluster's name (or of any key). */
export const splitOf = (key: string): Split => {
  const r = fnv(key) % 100;
  return r < 70 ? 'train' : r < 85 ? 'dev' : 'test';
};

/**
 * Split assignment: items of one `group` (variants written from one idea) and near-duplicates of each other
 * form one cluster, and a cluster never straddles splits. A cluster keeps the split its items already have
 * (the first assigned one wins), so adding items never moves old ones; a new cluster gets a split from the
 * hash of its first item's family, group and text.
 */
export function assignSplits(items: readonly CorpusItem[]): Split[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => void (parent[find(a)] = find(b));
  const byGroup = new Map<string, number>();
  items.forEach((x, i) => {
    if (!x.group) return;
    const g = byGroup.get(x.group);
    if (g === undefined) byGroup.set(x.group, i);
    else union(i, g);
  });
  for (const [a, b] of nearDuplicatePairs(items)) union(a, b);
  const chosen = new Map<number, Split>();
  items.forEach((x, i) => {
    const root = find(i);
    if (x.split && !chosen.has(root)) chosen.set(root, x.split);
  });
  return items.map((x, i) => {
    const root = find(i);
    let s = chosen.get(root);
    if (!s) chosen.set(root, (s = splitOf(`${items[root]!.family}|${items[root]!.group ?? ''}|${items[root]!.text}`)));
    return s;
  });
}
