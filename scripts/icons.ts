/**
 * `npm run icons`: renders the extension's icons from the SVGs in assets/icons/ into public/icons/ (committed, so a
 * build never needs a browser). Debian's Chromium rasterises them, with a transparent background.
 * - tactful-<size>.png: the blue tile, for both stores, the add-ons manager, Chrome's toolbar and Firefox's sidebar.
 *   At 16 and 32 px the tile fills the whole square (the padding the stores ask for at 48+ would waste 2 px).
 * - toolbar-dark-<size>.png / toolbar-light-<size>.png: the one-colour glyph for Firefox's `theme_icons`, dark for
 *   light toolbars and light for dark ones, in Firefox's own toolbar icon colours.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'public/icons');
const TILE_SIZES = [16, 32, 48, 96, 128];
const TOOLBAR_SIZES = [16, 32];
/** Firefox's toolbar icon fill on light themes, and its text colour on dark ones (Photon). */
const GLYPH = { dark: '#5b5b66', light: '#fbfbfe' };

const svg = (name: string) => readFile(join(ROOT, 'assets/icons', name), 'utf8');
const tile = await svg('tactful.svg');
const glyph = await svg('toolbar.svg');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ deviceScaleFactor: 1 });
await mkdir(OUT, { recursive: true });

async function render(source: string, size: number, file: string, color = 'currentColor'): Promise<void> {
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" style="color:${color};display:block" `);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${sized}</body>`);
  await page.screenshot({ path: join(OUT, file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`public/icons/${file}`);
}

for (const size of TILE_SIZES) {
  await render(size <= 32 ? tile.replace('viewBox="0 0 128 128"', 'viewBox="8 8 112 112"') : tile, size, `tactful-${size}.png`);
}
for (const size of TOOLBAR_SIZES) {
  for (const [variant, color] of Object.entries(GLYPH)) await render(glyph, size, `toolbar-${variant}-${size}.png`, color);
}
await browser.close();
