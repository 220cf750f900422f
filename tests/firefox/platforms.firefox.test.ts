/**
 * The store package in Firefox ESR on each platform's fixture: the content script reads the thread and badges the
 * comments, the reply desk lists them with their actions, and a draft goes from the desk into the page's own
 * reply box (through the page-world writer, which Firefox needs for a paste the page can read).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS, launch, type FirefoxHarness } from './harness';
import { backgroundIds, badged, marksOn, openShadowRoots, pageErrors, replyBoxTexts } from './page';

interface Platform { name: string; url: string; fixture: string; ids: string[]; badged: string[]; replyBox: string }

const x = (n: number) => `18600000000000000${String(n).padStart(2, '0')}`;
const ig = (n: number) => `1790000000000000${n}`;
const PLATFORMS: Platform[] = [
  { name: 'X', url: 'https://x.com/wintergear/status/1860000000000000000', fixture: 'x/thread.html',
    ids: [0, 1, 2, 3, 4, 5, 6, 7].map(x), badged: [1, 3, 4, 5, 6, 7].map(x), replyBox: '[data-testid^="tweetTextarea_"]' },
  { name: 'Facebook', url: 'https://www.facebook.com/wintergearnl/posts/pfbid0WinterGearPost1', fixture: 'facebook/post-nl.html',
    ids: ['pfbid0WinterGearPost1', '5001', '5002', '5003', '5004', '5005', '5006'], badged: ['5001', '5003', '5004', '5005', '5006'],
    replyBox: '[data-lexical-editor="true"]' },
  { name: 'Instagram', url: 'https://www.instagram.com/p/DWinter123/', fixture: 'instagram/post.html',
    ids: [1, 2, 3, 4, 5, 6].map(ig), badged: [1, 3, 4, 5, 6].map(ig), replyBox: 'main form textarea' },
];

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.each(PLATFORMS)('Tactful in Firefox on $name', (platform) => {
  let h: FirefoxHarness;
  let page: Page;
  let panel: Page;
  let errors: string[];

  beforeAll(async () => {
    h = await launch({ [platform.url]: platform.fixture });
    page = await h.open(platform.url);
    errors = pageErrors(page);
    panel = await h.openPanel(page);
  });
  afterAll(async () => h?.close());

  it('reads the thread and badges the others\' comments on the page', async () => {
    await expect.poll(() => backgroundIds(panel, page, h), { timeout: 10_000 }).toEqual(platform.ids);
    await expect.poll(() => badged(h, page)).toEqual(platform.badged);
    // Each badge names an action, which only extension code can read: the page's own scripts find no open root.
    for (const mark of await marksOn(h, page)) expect(mark.action).toMatch(/^(Thank|Answer|Apologise|Fact-check|Ignore|Mute|Report)$/);
    expect(await openShadowRoots(page)).toBe(0);
  });

  it('lists them in the reply desk, each with its recommended action and the others', async () => {
    await panel.waitForSelector('li.card');
    await panel.evaluate(() => (document.querySelectorAll<HTMLElement>('[role="radio"]').item(document.querySelectorAll('[role="radio"]').length - 1)).click());
    await expect.poll(() => panel.$$eval('li.card', (cards) => cards.map((c) => c.getAttribute('data-comment')).sort()))
      .toEqual([...platform.badged].sort());
    const cards = await panel.$$eval('li.card', (els) => els.map((c) => ({
      recommended: c.querySelector('.actions button.primary')?.getAttribute('data-action'),
      // The recommended action is the one primary button; a second choice may sit beside it, the others in "More".
      actions: [...c.querySelectorAll('.actions button.primary, .actions button.second, .actions [role="menuitem"]')].map((b) => b.textContent?.trim()).filter(Boolean),
    })));
    for (const card of cards) {
      expect(card.recommended).toMatch(/^(thank|answer|apologise|fact-check|ignore|mute|report)$/);
      expect(card.actions.length).toBeGreaterThan(1);
    }
  });

  it('Firefox\'s sidebar itself follows the page\'s tab and lists the same comments', async () => {
    await page.bringToFront();
    await expect.poll(() => h.ui.sidebar()).toMatchObject({ open: true });
    // The sidebar's window, reached from another extension page of the same add-on (extension.getViews).
    const inSidebar = () => panel.evaluate(() => {
      // Firefox's getViews knows `sidebar`; WXT's types describe Chrome's.
      const [view] = browser.extension.getViews({ type: 'sidebar' as 'tab' });
      const radios = view?.document.querySelectorAll<HTMLElement>('[role="radio"]');
      radios?.item(radios.length - 1)?.click(); // All
      return view ? [...view.document.querySelectorAll('li.card')].map((c) => c.getAttribute('data-comment')).sort() : null;
    });
    await expect.poll(inSidebar, { timeout: 10_000 }).toEqual([...platform.badged].sort());
    // At Firefox's default sidebar width, narrower than Chrome's side panel, nothing is cut off to the side.
    const fit = await panel.evaluate(() => {
      const [view] = browser.extension.getViews({ type: 'sidebar' as 'tab' });
      return { width: view!.innerWidth, content: view!.document.documentElement.scrollWidth };
    });
    expect(fit.content, `sidebar ${fit.width} px wide`).toBeLessThanOrEqual(fit.width);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, `${platform.name.toLowerCase()}-window.png`), await h.ui.windowShot());
  });

  it('inserts a draft from the desk into the page\'s own reply box, and nothing is posted', async () => {
    await panel.bringToFront();
    // The recommended reply of the first card that recommends one (apologise, answer, thank).
    const id = await panel.$$eval('li.card', (els) => els.find((c) => /^(apologise|answer|thank)$/.test(c.querySelector('.actions button.primary')?.getAttribute('data-action') ?? ''))?.getAttribute('data-comment'));
    expect(id).toBeTruthy();
    const card = `li.card[data-comment="${id}"]`;
    await panel.click(`${card} .actions button.primary`);
    const text = () => panel.$eval(`${card} .draft textarea`, (t) => (t as HTMLTextAreaElement).value);
    // The draft is rendered from the guide asynchronously: type into its fields once it is there.
    await panel.waitForSelector(`${card} .draft textarea`);
    await expect.poll(text, { timeout: 5_000 }).not.toBe('');
    // What a manager types into each field the draft still misses (the field's id ends in its variable).
    const TYPED: Record<string, string> = { agent: 'Sam', brand: 'Acme', timeframe: '2 hours', answer: 'We ship within 2 working days.', issue: 'the late delivery', order: '4411', product: 'jacket', place: 'Utrecht', name: 'Alex', handle: 'Alex' };
    for (let i = 0; i < 12; i++) {
      const missing = await panel.$(`${card} .draft .field [aria-invalid="true"]`);
      if (!missing) break;
      const variable = (await missing.evaluate((e) => e.id)).split('-').at(-1)!;
      await missing.type(TYPED[variable] ?? 'x');
      await missing.evaluate((e) => (e as HTMLElement).blur());
    }
    await expect.poll(text, { timeout: 5_000 }).not.toMatch(/\[[a-zA-Z]+\?\]|\{[a-zA-Z]+\}/);
    const draft = await text();
    await panel.click(`${card} .draft button.primary`);
    const status = () => panel.$eval(`${card} .draft .status`, (s) => s.textContent ?? '');
    await expect.poll(status, { timeout: 10_000 }).not.toMatch(/^$|Writing/);
    expect(await status()).toMatch(/^In the reply box/);
    const boxes = (await replyBoxTexts(page, platform.replyBox)).map(squash);
    expect(boxes.some((text) => text.includes(squash(draft))), JSON.stringify(boxes)).toBe(true);
    expect(await page.evaluate(() => (window as { __posted?: boolean }).__posted ?? false)).toBe(false);
  });

  it('made no network request and put nothing in the page console', () => {
    expect(h.external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
