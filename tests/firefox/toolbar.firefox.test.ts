/**
 * Firefox's toolbar: Tactful's button sits on it with an icon that reads on light and dark toolbars, and the
 * button and Alt+Shift+T open and close the sidebar with the reply desk — also once Firefox has suspended the
 * extension's background page, as it does after 30 s without events (1 s here).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, UUID, type FirefoxHarness } from './harness';

const PANEL = `moz-extension://${UUID}/sidepanel.html`;

describe('Tactful\'s toolbar button and shortcut in Firefox', () => {
  let h: FirefoxHarness;

  beforeAll(async () => {
    h = await launch({}, { prefs: { 'extensions.background.idle.timeout': 1_000 } });
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => h?.close());

  it('sits on the toolbar: a dark glyph on the light toolbar, a light one on the dark toolbar', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await h.ui.useTheme(theme);
      await expect.poll(async () => {
        const { icon } = await h.ui.toolbarShot();
        return theme === 'light' ? icon.toolbar - icon.ink : icon.ink - icon.toolbar;
      }).toBeGreaterThan(100);
      const { png, icon } = await h.ui.toolbarShot();
      expect(icon.inkPixels).toBeGreaterThan(60);
      await writeFile(join(ARTIFACTS, `toolbar-${theme}.png`), png);
    }
    await h.ui.useTheme('light');
  });

  it('Firefox opens the sidebar with the reply desk on install; the button closes and reopens it', async () => {
    await expect.poll(() => h.ui.sidebar()).toEqual({ open: true, panel: PANEL });
    await h.ui.clickToolbarButton();
    await expect.poll(() => h.ui.sidebar()).toMatchObject({ open: false });
    await h.ui.clickToolbarButton();
    await expect.poll(() => h.ui.sidebar()).toEqual({ open: true, panel: PANEL });
  });

  it('still toggles it when Firefox has suspended the background page', async () => {
    await expect.poll(() => h.ui.backgroundState(), { timeout: 10_000 }).toMatch(/suspend|stopped/);
    await h.ui.clickToolbarButton();
    await expect.poll(() => h.ui.sidebar(), { timeout: 5_000 }).toMatchObject({ open: false });
  });

  it('Alt+Shift+T opens and closes it', async () => {
    await h.ui.pressShortcut();
    await expect.poll(() => h.ui.sidebar()).toEqual({ open: true, panel: PANEL });
    await h.ui.pressShortcut();
    await expect.poll(() => h.ui.sidebar()).toMatchObject({ open: false });
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
