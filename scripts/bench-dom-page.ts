/**
 * The in-page half of `npm run bench:dom`, bundled by scripts/bench-dom.ts with the real adapters and tracker:
 * grows the fixture's thread by cloning one comment with fresh ids, then times scans.
 */
import { adapterFor } from '../lib/sites';
import { CommentTracker } from '../lib/content/tracker';
import { limitComment } from '../lib/content/limit';

export interface BenchSetup {
  /** The comment to clone, where clones go (before `before`, if given), and the id text each clone rewrites. */
  template: string;
  container: string;
  before?: string;
  idPattern: string;
}

/** The clones' build-up garbage belongs to the bench, not to the scan (Chromium runs with --expose-gc). */
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();
const settle = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function context(setup: BenchSetup) {
  const adapter = adapterFor(location.href)!;
  const template = document.querySelector(setup.template)!;
  const container = document.querySelector(setup.container)!;
  const anchor = setup.before ? document.querySelector(setup.before) : null;
  let next = 1;
  const grow = (n: number): Element[] => {
    const added: Element[] = [];
    for (let i = 0; i < n; i++) {
      const holder = document.createElement('div');
      // Bench-only markup from our own fixture, never page text.
      holder.innerHTML = template.outerHTML.split(setup.idPattern).join(setup.idPattern.replace(/\d+/, String(2_000_000 + next++)));
      added.push(holder.firstElementChild!);
    }
    for (const el of added) container.insertBefore(el, anchor);
    return added;
  };
  const scan = (root: ParentNode, tracker: CommentTracker): number => {
    let fresh = 0;
    for (const el of adapter.findComments(root)) {
      const read = adapter.readComment(el);
      const c = read && limitComment(read); // as the runtime does: cut to the limits, hostile links dropped
      if (c && tracker.see(c, el)) fresh++;
    }
    return fresh;
  };
  return { adapter, grow, scan };
}

/**
 * A fixed amount of plain work (string building, hashing, a sort), the same on every platform and every run, timed
 * in the same fresh page around the scan (twice before, once after; the fastest counts, as a burst of other work on
 * the machine only ever slows one down): a busy machine slows both, a slower reader only the scan, so the scan's
 * ratio to it tells the two apart.
 */
function referenceLoop(): number {
  const t0 = performance.now();
  const words: string[] = [];
  for (let i = 0; i < 20_000; i++) words.push(`comment-${(i * 2654435761) % 1_000_003}`);
  let h = 0x811c9dc5;
  for (const w of words) for (let j = 0; j < w.length; j++) h = Math.imul(h ^ w.charCodeAt(j), 0x01000193);
  words.sort();
  if (h === 42 && words[0] === '') throw new Error('unreachable: keeps the work from being optimised away');
  return performance.now() - t0;
}

/**
 * The content script's first pass over a freshly loaded page of `total` comments: once per page load (the
 * driver reloads between runs), so nothing the first pass touches is warm.
 */
async function firstScan(setup: BenchSetup, total: number): Promise<{ ms: number; found: number; referenceMs: number }> {
  const { adapter, grow, scan } = context(setup);
  grow(total - adapter.findComments(document).length);
  collectGarbage();
  await settle(); // the page has rendered before the content script runs
  const before = [referenceLoop(), referenceLoop()];
  collectGarbage();
  const t0 = performance.now();
  const tracker = new CommentTracker();
  scan(document, tracker);
  const ms = performance.now() - t0;
  return { ms, found: tracker.size, referenceMs: Math.min(...before, referenceLoop()) };
}

/**
 * 500 comments appended to a 5,000-comment thread in bursts of 10, each burst scanned after it rendered, as the
 * runtime's coalesced flush does: only the added subtrees, never the whole page.
 */
async function appended(setup: BenchSetup): Promise<{ median: number; mean: number }> {
  const { grow, scan } = context(setup);
  grow(5_000 - 8);
  collectGarbage();
  await settle();
  const tracker = new CommentTracker();
  scan(document, tracker);
  const perBurst: number[] = [];
  let count = 0;
  for (let burst = 0; burst < 50; burst++) {
    const added = grow(10);
    await settle();
    const t0 = performance.now();
    for (const root of added) count += scan(root, tracker);
    perBurst.push(performance.now() - t0);
  }
  if (count !== 500) throw new Error(`expected 500 appended comments, read ${count}`);
  // Median and mean over the bursts: a garbage collection of the 5,000-comment page can land in any burst.
  const total = perBurst.reduce((a, b) => a + b, 0);
  return { median: [...perBurst].sort((a, b) => a - b)[25]! / 10, mean: total / count };
}

(window as unknown as { __bench: unknown }).__bench = { firstScan, appended };
