/**
 * `npm run demo`: Tactful on bundled sample threads, no account and no network. The fixture pages are served
 * on the platforms' real URLs inside a Chromium that has the built extension loaded (as in the browser tests).
 * With a display: a real window, one tab per platform plus the reply desk; close the window to end.
 * Without one: headless, and screenshots of each page and its reply desk go to demo-output/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, ROOT, type Pages } from '../tests/e2e/harness';
import { waitForMarks } from '../tests/e2e/ui';

interface Sample { platform: string; url: string; fixture: string }

const SAMPLES: Sample[] = [
  { platform: 'x', url: 'https://x.com/acmeshop/status/1850000000000000001', fixture: 'x/conversation.html' },
  { platform: 'facebook', url: 'https://www.facebook.com/wintergearnl/posts/pfbid0WinterGearPost1', fixture: 'facebook/post-nl.html' },
  { platform: 'instagram', url: 'https://www.instagram.com/p/DWinter123/', fixture: 'instagram/post.html' },
];

const OUT = join(ROOT, 'demo-output');
const headless = !process.env.DISPLAY;
const pages: Pages = Object.fromEntries(SAMPLES.map((s) => [s.url, s.fixture]));
const h = await launch(pages, { headless });

if (headless) await mkdir(OUT, { recursive: true });
for (const s of SAMPLES) {
  const page = await h.open(s.url);
  await waitForMarks(page, 1)
    .catch(() => console.warn(`${s.platform}: no badge appeared — is the build current? (npm run build:chrome)`));
  const panel = await h.openPanel(page);
  await panel.locator('li.card').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  if (headless) {
    await page.screenshot({ path: join(OUT, `${s.platform}-page.png`) });
    await panel.screenshot({ path: join(OUT, `${s.platform}-panel.png`) });
    console.log(`${s.platform}: ${join('demo-output', `${s.platform}-page.png`)}, ${join('demo-output', `${s.platform}-panel.png`)}`);
  }
}

if (headless) {
  await h.close();
  console.log(`No display: ran headless and wrote screenshots to ${OUT}. Network requests attempted: ${h.external.length}.`);
} else {
  console.log('Tactful demo is open: one tab per sample thread and its reply desk. Close the browser window to end.');
  await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
}
