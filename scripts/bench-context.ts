/**
 * `npm run bench:context`: what context costs the worker, in Node. The wave pool at its bound (5,000 comments'
 * fingerprints, words as language spreads them) taking batches of 50 comments, one of 500 (a first scan), and one
 * with 200 copies of one rumour; what the personal layer
 * costs to replay from 500 decisions (undo, reset, a changed mind) and to learn one more; the pattern of 1,000
 * people. Prints each figure; last line JSON.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { WavePool, MAX_POOL, type PoolItem } from '../lib/background/wave-pool';
import { learn, replay } from '../lib/scoring/personal';
import { assess, decisionExample } from '../lib/scoring/score';
import { decide, pattern, remember, type Person } from '../lib/people/person';

const T0 = Date.parse('2026-11-20T09:00:00.000Z');
/** A seeded generator, so every run scores the same comments. */
let seed = 42;
const random = (): number => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5 | 0) >>> 0) / 2 ** 32;
/** Words as language uses them: a few very common, most rare (Zipf over 5,000 words, as in comments). */
const VOCABULARY = 5_000;
const zipf = Array.from({ length: VOCABULARY }, (_, r) => 1 / (r + 1) ** 1.07);
const total = zipf.reduce((a, b) => a + b, 0);
const cumulative = zipf.map(((sum) => (w) => (sum += w / total))(0));
const word = (): string => {
  const u = random();
  let lo = 0, hi = VOCABULARY - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid]! < u) lo = mid + 1; else hi = mid; }
  return `w${lo}`;
};
const texts = new Map<number, string>();
/** Comment i: 8–24 words; each comment its own (no waves by chance). */
const text = (i: number): string => {
  if (!texts.has(i)) texts.set(i, Array.from({ length: 8 + Math.floor(random() * 17) }, word).join(' '));
  return texts.get(i)!;
};
const item = (i: number, t = text(i)): PoolItem => ({ id: `x:${i}`, platform: 'x', author: `x:p${i}`, at: T0 + i * 1_000, text: t });
const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const round = (x: number): number => Math.round(x * 100) / 100;

// The wave pool: filled to its bound, then batches of 50.
let now = T0;
const pool = new WavePool({ load: async () => [], save: async () => undefined }, () => now);
for (let i = 0; i < MAX_POOL; i += 500) await pool.see(Array.from({ length: 500 }, (_, k) => item(i + k)));
const batchMs: number[] = [];
for (let b = 0; b < 40; b++) {
  now += 60_000;
  const batch = Array.from({ length: 50 }, (_, k) => item(MAX_POOL + b * 50 + k));
  const t = performance.now();
  await pool.see(batch);
  batchMs.push(performance.now() - t);
}
now += 60_000;
const t0 = performance.now();
await pool.see(Array.from({ length: 500 }, (_, k) => item(10_000 + k)));
const batch500Ms = performance.now() - t0;
const RUMOUR = 'They are closing all 40 stores next month, share before they delete this';
const t1 = performance.now();
const tags = await pool.see(Array.from({ length: 200 }, (_, k) => item(20_000 + k, k % 2 ? `${RUMOUR}!!` : `@acmeshop ${RUMOUR}`)));
const waveMs = performance.now() - t1;
const waveSize = tags.get('x:20000')?.accounts ?? 0;

// The personal layer: 500 decisions about comments of all different words (the worst case for its word bound).
const examples = Array.from({ length: 500 }, (_, i) => decisionExample(text(i), assess({ id: '1', text: text(i) }).action, 'answer'));
const replayMs: number[] = [];
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  replay(examples);
  replayMs.push(performance.now() - t);
}
const layer = replay(examples.slice(0, -1));
const t2 = performance.now();
learn(layer, examples.at(-1)!);
const learnMs = performance.now() - t2;

// Patterns for 1,000 people with 20 comments and 10 decisions each (the panel's cards).
const people: Person[] = Array.from({ length: 1_000 }, (_, p) => {
  let person: Person | undefined;
  for (let c = 0; c < 20; c++) {
    person = remember(person, { platform: 'x', handle: `p${p}`, profileUrl: '', name: `P ${p}`,
      sighting: { commentId: `${p}-${c}`, at: new Date(T0 + c * 3_600_000).toISOString(), action: c % 3 ? 'ignore' : 'answer', troll: 0.8, toxicity: 0.2 } });
    if (c % 2) person = decide(person, `${p}-${c}`, 'ignored', new Date(T0 + c * 3_600_000).toISOString());
  }
  return person!;
});
const t3 = performance.now();
for (const p of people) pattern(p, p.comments.at(-1)!.commentId, T0 + 86_400_000, 14);
const patternsMs = performance.now() - t3;

const result = {
  poolSize: MAX_POOL, batchOf50Ms: { p50: round(percentile(batchMs, 0.5)), p99: round(percentile(batchMs, 0.99)) }, batchOf500Ms: round(batch500Ms),
  waveOf200Ms: round(waveMs), waveAccounts: waveSize,
  replay500Ms: round(Math.min(...replayMs)), learnOneMs: round(learnMs), patterns1000Ms: round(patternsMs),
  load: round(loadavg()[0]!),
};
console.log(`wave pool of ${MAX_POOL}: a batch of 50 in ${result.batchOf50Ms.p50} ms (p99 ${result.batchOf50Ms.p99}), of 500 in ${result.batchOf500Ms} ms; 200 copies of one rumour in ${result.waveOf200Ms} ms (a wave of ${waveSize} accounts)`);
console.log(`personal layer: replay of 500 decisions ${result.replay500Ms} ms (best of 3), one more decision ${result.learnOneMs} ms`);
console.log(`patterns of 1,000 people: ${result.patterns1000Ms} ms (load ${result.load})`);
console.log(JSON.stringify(result));
