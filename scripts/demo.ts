/**
 * `npm run demo`: Tactful on bundled sample threads, no account and no network. The fixture pages, dressed as
 * their platforms, are served on the platforms' real URLs inside a Chromium that has the built extension loaded
 * (as in the browser tests). With a display: a real window, one tab per platform plus its reply desk; close the
 * window to end. Without one: headless, and the tour's screenshots go to demo-output/ — the veiled X page, the
 * queue, a filled draft, that draft in X's reply box, and the Facebook and Instagram threads.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dressedPages } from '../tests/e2e/dress';
import { launch, ROOT } from '../tests/e2e/harness';
import { SAMPLES } from '../tests/e2e/samples';
import { PANEL_WIDTH, tour } from '../tests/e2e/tour';
import { waitForMarks } from '../tests/e2e/ui';

const OUT = join(ROOT, 'demo-output');

if (!process.env.DISPLAY) {
  await mkdir(OUT, { recursive: true });
  const { files, external } = await tour({
    out: OUT, locale: 'en-US', colorScheme: 'light', thread: 'x', file: (shot) => `${shot}.png`,
    shots: ['veiled', 'queue', 'draft', 'reply', 'facebook-page', 'instagram-page'],
  });
  for (const f of files) console.log(f);
  console.log(`No display: ran headless and wrote ${files.length} screenshots to ${OUT}. Network requests attempted: ${external.length}.`);
} else {
  const h = await launch(dressedPages(SAMPLES), { headless: false });
  for (const s of SAMPLES) {
    const page = await h.open(s.url);
    await waitForMarks(page, 1)
      .catch(() => console.warn(`${s.platform}: no badge appeared — is the build current? (npm run build:chrome)`));
    const panel = await h.openPanel(page);
    await panel.setViewportSize({ width: PANEL_WIDTH, height: 800 });
  }
  console.log('Tactful demo is open: one tab per sample thread and its reply desk. Close the browser window to end.');
  await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
}
