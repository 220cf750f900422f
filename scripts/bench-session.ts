/**
 * `npm run bench:session`: one tab's session through the worker's TabRegistry — 20,000 realistic comments in
 * batches of 50 — into an in-memory storage area that counts bytes and refuses writes past the quota exactly as
 * Chrome's storage.session does (10 MiB, keys + JSON values). Prints what is kept, the bytes stored and written
 * per batch (against what rewriting the whole tab would write), and the time per batch in Node. Last line JSON.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sessionStore } from '../lib/background/session-store';
import { TabRegistry } from '../lib/background/tab-registry';
import { LIMITS } from '../lib/limits';
import { assess } from '../lib/scoring/score';
import type { Comment } from '../lib/sites/site-adapter';
import { quotaArea, SESSION_QUOTA } from '../tests/unit/background/session-area';

const N = 20_000;
const BATCH = 50;
const TEXTS = [
  "My order #4411 still hasn't arrived after 3 weeks and support never answers. I want a refund.",
  'WHAT A JOKE OF A COMPANY, you clowns are idiots 🤡',
  'Dank je wel, de levering was super snel. Top service!',
  'Everyone knows these jackets are fake leather, they never tell you that.',
  'Mijn pakket is al twee weken onderweg, waar blijft het? Ik heb al drie keer gemaild en nog steeds geen antwoord.',
];
const assessments = TEXTS.map((text, i) => assess({ id: String(i), text }));
const comment = (i: number): Comment => ({
  id: String(1_900_000_000_000_000_000n + BigInt(i)), platform: 'x', authorName: `Person ${i}`, handle: `person_${i}`,
  profileUrl: `https://x.com/person_${i}`, text: TEXTS[i % TEXTS.length]!, truncated: false,
  permalink: `https://x.com/person_${i}/status/${1_900_000_000_000_000_000n + BigInt(i)}`, time: '2026-11-30T10:00:00.000Z', timeFrom: 'exact',
  timeText: '2h', parentId: '1900000000000000000', depth: 1, isPost: false, byOwner: false,
});

const { area, stats } = quotaArea();
const registry = new TabRegistry(sessionStore(area));
const page = (reset: boolean) => ({ url: 'https://x.com/acme/status/1900000000000000000', platform: 'x' as const, reset,
  health: { platform: 'x' as const, commentsFound: 0, missing: [], unreadable: 0 } });
const batchMs: number[] = [];
const written: number[] = [];
let wholeTab = 0;
for (let start = 0; start < N; start += BATCH) {
  const scored = Array.from({ length: BATCH }, (_, k) => ({ comment: comment(start + k), assessment: assessments[(start + k) % TEXTS.length]! }));
  const t0 = performance.now();
  await registry.ingest(1, page(start === 0), scored);
  batchMs.push(performance.now() - t0);
  written.push(stats.lastSetBytes);
  wholeTab = Math.max(wholeTab, JSON.stringify(await registry.state(1)).length);
}
const state = (await registry.state(1))!;
const sorted = [...batchMs].sort((a, b) => a - b);
const figures = {
  comments: N,
  kept: state.comments.length,
  dropped: state.dropped,
  session_full: state.sessionFull,
  bytes_stored: stats.bytes,
  peak_bytes: stats.peak,
  quota_bytes: SESSION_QUOTA,
  bytes_per_comment: Math.round(stats.bytes / state.comments.length),
  max_bytes_written_per_batch: Math.max(...written),
  whole_tab_bytes: wholeTab,
  batch_ms_p50: Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(2)),
  batch_ms_p99: Number(sorted[Math.floor(sorted.length * 0.99)]!.toFixed(2)),
  cap: LIMITS.tabComments,
  load_average: Number(loadavg()[0]!.toFixed(2)),
};
console.log(`${N} comments in batches of ${BATCH}: ${figures.kept} kept (cap ${figures.cap}), ${figures.dropped} dropped, session full: ${figures.session_full}`);
console.log(`stored ${(figures.bytes_stored / 1e6).toFixed(2)} MB (peak ${(figures.peak_bytes / 1e6).toFixed(2)} MB of ${(SESSION_QUOTA / 1e6).toFixed(2)} MB), ${figures.bytes_per_comment} B per comment`);
console.log(`written per batch: at most ${(figures.max_bytes_written_per_batch / 1e3).toFixed(0)} kB; rewriting the whole tab would be ${(figures.whole_tab_bytes / 1e6).toFixed(2)} MB`);
console.log(`time per batch (Node, in-memory area): p50 ${figures.batch_ms_p50} ms, p99 ${figures.batch_ms_p99} ms`);
console.log(JSON.stringify(figures));
