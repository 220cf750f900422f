/**
 * Side-panel benchmark in real Chromium: a page with 1,000 replies → time until the panel shows its first card,
 * until the queue is complete, and the long tasks (jank) while scrolling through all of it.
 * Run: npm run bench:panel (builds first). Last line: one JSON object.
 */
import { launch } from '../tests/e2e/harness';
import { xThreadPage, type XReply } from '../tests/fixtures/x/thread';
import { waitForMarks } from '../tests/e2e/ui';

const N = Number(process.env.BENCH_COMMENTS ?? 1000);
const POST = 'https://x.com/acmeshop/status/1950000000000000000';
const TEXTS = [
  'My order #%n never arrived and nobody answers my emails. I want a refund.',
  'Do you ship to Belgium? Asking for parcel %n.',
  'Everyone knows this is fake, they never tell you the truth.',
  'Thanks, great service and super fast delivery!',
  'You clowns are idiots, worst company ever',
  'Waar blijft mijn bestelling %n? Nog steeds niet geleverd.',
];

const replies: XReply[] = Array.from({ length: N }, (_, i) => ({
  id: String(1950000000000000001n + BigInt(i)),
  handle: `user${i}`,
  name: `User ${i}`,
  text: TEXTS[i % TEXTS.length]!.replace('%n', String(1000 + i)),
}));

const h = await launch({ [POST]: { html: xThreadPage({ id: '1950000000000000000', handle: 'acmeshop', name: 'Acme', text: 'Post' }, replies) } });
try {
  const page = await h.open(POST);
  await waitForMarks(page, N, 60_000);
  const tabId = await h.tabIdOf(POST);
  const panel = await h.context.newPage();
  const started = Date.now();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.locator('li.card').first().waitFor();
  const firstCardMs = await panel.evaluate(() => performance.now());
  await panel.getByRole('radio', { name: /^All/ }).click();
  const allLabel = await panel.getByRole('radio', { name: /^All/ }).textContent();
  const queueLength = Number(allLabel?.replace(/\D+/g, ''));
  const wallMs = Date.now() - started;

  // Jank: long tasks while the rest of the queue renders in idle batches and the user scrolls to the bottom.
  await panel.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.push(e.duration); }).observe({ type: 'longtask', buffered: false });
  });
  let rendered = 0;
  for (let i = 0; i < 200 && rendered < queueLength; i++) {
    await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await panel.waitForTimeout(50);
    rendered = await panel.locator('li.card').count();
  }
  const longTasks = await panel.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const figures = {
    comments: N,
    queue_length: queueLength,
    first_card_ms: Math.round(firstCardMs),
    panel_open_wall_ms: wallMs,
    cards_rendered_after_scroll: rendered,
    long_tasks_while_scrolling: longTasks.length,
    longest_task_ms: Math.round(Math.max(0, ...longTasks)),
  };
  console.log(`queue of ${queueLength} comments: first card after ${figures.first_card_ms} ms (panel navigation start)`);
  console.log(`scrolled through ${rendered} cards: ${longTasks.length} long tasks, longest ${figures.longest_task_ms} ms`);
  console.log(JSON.stringify(figures));
} finally {
  await h.close();
}
