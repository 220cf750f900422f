/**
 * The in-page half of `npm run bench:dom`, bundled by scripts/bench-dom.ts with the real adapters and tracker:
 * grows the fixture's thread by cloning one comment with fresh ids, then times scans.
 */
import { adapterFor } from '../lib/sites';
import { CommentTracker } from '../lib/content/tracker';

export interface BenchSetup {
  /** The comment to clone, where clones go (before `before`, if given), and the id text each clone rewrites. */
  template: string;
  container: string;
  before?: string;
  idPattern: string;
}

export interface BenchResult { scan1000: number; scan5000: number; perAppended: number; found5000: number }

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const settle = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function run(setup: BenchSetup): Promise<BenchResult> {
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
      const c = adapter.readComment(el);
      if (c && tracker.see(c, el)) fresh++;
    }
    return fresh;
  };
  // First scan: the page is rendered before the content script's first pass.
  const firstScan = async (): Promise<{ ms: number; found: number }> => {
    await settle();
    const t0 = performance.now();
    const tracker = new CommentTracker();
    scan(document, tracker);
    return { ms: performance.now() - t0, found: tracker.size };
  };

  grow(1_000 - adapter.findComments(document).length);
  const s1000: number[] = [];
  for (let i = 0; i < 5; i++) s1000.push((await firstScan()).ms);
  grow(4_000);
  const s5000: number[] = [];
  let found5000 = 0;
  for (let i = 0; i < 3; i++) {
    const r = await firstScan();
    s5000.push(r.ms);
    found5000 = r.found;
  }
  // Appended in bursts of 10, each burst scanned after it rendered, as the runtime's coalesced flush does:
  // only the added subtrees, never the whole page.
  const tracker = new CommentTracker();
  scan(document, tracker);
  let spent = 0;
  let appended = 0;
  for (let burst = 0; burst < 50; burst++) {
    const added = grow(10);
    await settle();
    const t0 = performance.now();
    for (const root of added) appended += scan(root, tracker);
    spent += performance.now() - t0;
  }
  if (appended !== 500) throw new Error(`expected 500 appended comments, read ${appended}`);
  return { scan1000: median(s1000), scan5000: median(s5000), perAppended: spent / appended, found5000 };
}

(window as unknown as { __bench: unknown }).__bench = { run };
