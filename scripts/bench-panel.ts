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

// Each comment says more in its own words, so that no two are copies: the same text from many accounts would be a
// wave, one card (lib/panel/queue.ts), and the benchmark is of a thousand cards.
const SAID = [
  ['since last monday morning, around nine', 'after two long weeks of waiting', 'for a third time this autumn', 'before christmas holidays began in december', 'during your big winter sale event', 'just like my sister warned me', 'with express shipping chosen and paid', 'from that Utrecht warehouse of yours', 'despite having a tracking code here', 'although I paid extra for speed', 'right after my birthday last friday', 'while travelling abroad on business trips'],
  ['our courier never rang my bell', 'tracking app shows nothing useful anymore', 'customer service stayed completely silent today', 'my neighbour had similar bad luck', 'both kids are quite disappointed now', 'that box looked badly dented outside', 'website keeps crashing during checkout steps', 'an invoice seems wrong by euros', 'my partner ordered twice this year', 'this colour looked rather different online', 'those zippers feel cheap and flimsy', 'size charts confused me a lot'],
  ['please fix this really quickly', 'honestly quite frustrating for everyone involved', 'still hoping for better news soon', 'tell me what happens next time', 'I expect some answer by tonight', 'anyway thanks so much for listening', 'would love clarity about refunds policy', 'keep me posted via email please', 'hope somebody actually reads these messages', 'really not acceptable in my book', 'maybe next season goes much smoother', 'cheers from sunny Rotterdam harbour area'],
];
const replies: XReply[] = Array.from({ length: N }, (_, i) => ({
  id: String(1950000000000000001n + BigInt(i)),
  handle: `user${i}`,
  name: `User ${i}`,
  text: `${TEXTS[i % TEXTS.length]!.replace('%n', String(1000 + i))} ${SAID[0]![i % 12]}, ${SAID[1]![Math.floor(i / 12) % 12]}, ${SAID[2]![Math.floor(i / 144) % 12]}.`,
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
