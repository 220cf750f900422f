/**
 * `npm run bench:score`: scores 10,000 comments in one Node process (one core) and prints comments/s,
 * p50 / p99 latency per comment and the model load time (both model files: JSON parse + decode, what the worker
 * pays once).
 * Comments come from the TweetEval test splits when ../shared/data is present, else from built-in samples.
 * The last line is one JSON object.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadActionModel, type ActionModelFile } from '../lib/scoring/action-model';
import { loadModel, type ModelFile } from '../lib/scoring/model';
import { assess, assessBatch } from '../lib/scoring/score';
import { tweeteval } from './data/load';
import { PROJECT_ROOT, hasData } from './data/paths';

const N = 10_000;
const SAMPLES = [
  "My order #4411 still hasn't arrived after 3 weeks and support never answers. I want a refund.",
  'WHAT A JOKE OF A COMPANY, you clowns are idiots 🤡',
  'Dank je wel, de levering was super snel. Top service!',
  'Everyone knows these jackets are fake leather, they never tell you that.',
  'Mijn pakket is al twee weken onderweg, waar blijft het?',
];

const t0 = performance.now();
const read = (name: string): unknown => JSON.parse(readFileSync(join(PROJECT_ROOT, 'assets', 'model', name), 'utf8'));
const models = { heads: loadModel(read('model.json') as ModelFile), actions: loadActionModel(read('actions.json') as ActionModelFile) };
const loadMs = performance.now() - t0;

const pool = hasData() ? [...tweeteval('offensive', 'test'), ...tweeteval('sentiment', 'test')].map((e) => e.text) : SAMPLES;
const texts = Array.from({ length: N }, (_, i) => pool[i % pool.length]!);
for (let i = 0; i < 500; i++) assess({ id: 'w', text: texts[i]! }, undefined, false, models); // JIT warm-up

/** A fixed integer loop timed just before scoring: on a shared machine the same code measures up to 1.5× apart
 * from one minute to the next, and this says how fast the core was at the time. */
function referenceLoopMs(): number {
  const start = performance.now();
  let s = 0;
  for (let i = 0; i < 100_000_000; i++) s = (s + (i % 7)) | 0;
  if (s === -1) console.log(s); // keeps the loop from being optimised away
  return performance.now() - start;
}
const referenceMs = referenceLoopMs();

const times = new Float64Array(N);
const cpuStart = process.cpuUsage();
const start = performance.now();
for (let i = 0; i < N; i++) {
  const s = performance.now();
  assess({ id: String(i), text: texts[i]! }, undefined, false, models);
  times[i] = performance.now() - s;
}
const total = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
times.sort();
const batchStart = performance.now();
assessBatch(texts.slice(0, 1000).map((t, i) => ({ id: String(i), text: t, author: `a${i % 50}` })), undefined, models);
const batchMs = performance.now() - batchStart;

const figures = {
  comments: N,
  comments_per_s: Math.round(N / (total / 1000)),
  /** Throughput per second of CPU time: what one core gives when no other process competes for it. */
  comments_per_cpu_s: Math.round(N / (cpuMs / 1000)),
  p50_ms: Number(times[Math.floor(N * 0.5)]!.toFixed(4)),
  p99_ms: Number(times[Math.floor(N * 0.99)]!.toFixed(4)),
  load_ms: Number(loadMs.toFixed(1)),
  batch_1000_ms: Number(batchMs.toFixed(1)),
  model_bytes: ['model.json', 'actions.json'].reduce((sum, f) => sum + statSync(join(PROJECT_ROOT, 'assets', 'model', f)).size, 0),
  source: hasData() ? 'tweeteval offensive+sentiment test texts' : 'built-in samples',
  /** 1-minute load average over this machine's cores: above 1 per core, wall-clock figures include waiting. */
  load_average: Number(loadavg()[0]!.toFixed(2)),
  /** Time of 10^8 iterations of a fixed integer loop just before scoring: lower = faster core at the time. */
  reference_loop_ms: Number(referenceMs.toFixed(1)),
  cores: cpus().length,
};
console.log(`scored ${N} comments in ${total.toFixed(0)} ms on one core: ${figures.comments_per_s} comments/s (${figures.comments_per_cpu_s} per CPU-second)`);
console.log(`machine load average ${figures.load_average} on ${figures.cores} cores; reference loop ${figures.reference_loop_ms} ms`);
console.log(`latency per comment: p50 ${figures.p50_ms} ms, p99 ${figures.p99_ms} ms`);
console.log(`model load (read + parse + decode ${(figures.model_bytes / 1024).toFixed(0)} kB): ${figures.load_ms} ms`);
console.log(`one page batch of 1,000 comments (with copy-paste detection): ${figures.batch_1000_ms} ms`);
console.log(JSON.stringify(figures));
