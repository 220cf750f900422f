/**
 * Firefox treats an MV3 extension's sites (host permissions and content-script matches) as optional. When the
 * install did not grant them — `extensions.originControls.grantByDefault` false, or a user who chose "Only when
 * clicked" — no content script runs and the page shows nothing, with no error anywhere: the symptom of the first
 * Firefox try. The reply desk must say so and get the access with the user's click, through Firefox's own prompt.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS, launch, type FirefoxHarness } from './harness';
import { backgroundIds, badged } from './page';

const POST = 'https://x.com/wintergear/status/1860000000000000000';
const x = (n: number) => `18600000000000000${String(n).padStart(2, '0')}`;
const notice = (panel: Page) => panel.$eval('main', (m) => m.querySelector('.access')?.textContent ?? '');

describe('Tactful in Firefox without site access', () => {
  let h: FirefoxHarness;
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    h = await launch({ [POST]: 'x/thread.html' }, { grantSites: false });
    page = await h.open(POST);
    panel = await h.openPanel(page);
    await panel.setViewport({ width: 380, height: 600 });
  });
  afterAll(async () => h?.close());

  it('runs no content script, and the desk says which sites it cannot read and offers access', async () => {
    await expect.poll(() => notice(panel)).toMatch(/^Tactful can't read comments on X, Facebook, and Instagram yet/);
    // The page has loaded and settled (the fixture's own script ran), yet nothing of Tactful is on it.
    await page.waitForFunction(() => document.readyState === 'complete');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await badged(h, page)).toEqual([]);
    expect(await backgroundIds(panel, page, h)).toEqual([]);
    expect(await panel.$eval('.access button', (b) => b.textContent)).toBe('Allow access');
    await mkdir(ARTIFACTS, { recursive: true });
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-no-access.png') });
  });

  it('asks through Firefox\'s own prompt; Deny leaves it off and says where else to allow it', async () => {
    await panel.click('.access button');
    await expect.poll(() => h.ui.permissionPrompt()).toMatchObject({ allow: 'Allow', deny: 'Deny' });
    const prompt = (await h.ui.permissionPrompt())!;
    for (const host of ['x.com', 'twitter.com', 'www.facebook.com', 'www.instagram.com']) expect(prompt.text).toContain(host);
    await h.ui.answerPermissionPrompt(false);
    await expect.poll(() => notice(panel)).toContain('Access was not given');
    expect(await badged(h, page)).toEqual([]);
  });

  it('Allow gives access; the desk offers to reload the open page, which is then read and badged', async () => {
    await panel.click('.access button');
    await expect.poll(() => h.ui.permissionPrompt()).toBeDefined();
    await h.ui.answerPermissionPrompt(true);
    await expect.poll(() => notice(panel)).toMatch(/^Access given/);
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-access-given.png') });
    await panel.click('.access button');
    await expect.poll(() => badged(h, page), { timeout: 10_000 }).toEqual([1, 3, 4, 5, 6, 7].map(x));
    await expect.poll(() => panel.$$eval('li.card', (cards) => cards.length)).toBeGreaterThan(0);
    expect(await notice(panel)).toBe('');
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
