import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { badged, consoleErrors, highlightedItem, probe, type Probe } from './platform';

const POST = 'https://x.com/wintergear/status/1860000000000000000';
const OTHER = 'https://x.com/otherbrand/status/1870000000000000001';
const id = (n: number): string => `18600000000000000${String(n).padStart(2, '0')}`;
const THREAD = [0, 1, 2, 3, 4, 5, 6, 7].map(id);

describe('X adapter in Chromium', () => {
  let h: Harness;
  let page: Page;
  let p: Probe;
  let errors: string[];

  beforeAll(async () => {
    h = await launch({ [POST]: 'x/thread.html', [OTHER]: 'x/thread.html' });
    page = await h.context.newPage();
    errors = consoleErrors(page);
    await page.goto(POST);
    p = await probe(h, page);
  });
  afterAll(async () => h?.close());

  it('detects the post and every reply, badges the others\' replies, skips quotes, deleted posts and "Discover more"', async () => {
    await expect.poll(() => p.ids()).toEqual(THREAD);
    // The post and the owner's own reply are context: no badge.
    await expect.poll(() => badged(page)).toEqual([1, 3, 4, 5, 6, 7].map(id));
  });

  it('picks up appended replies and survives recycled cells without losing or duplicating comments', async () => {
    await page.evaluate(() => {
      const timeline = document.getElementById('timeline')!;
      const cells = [...timeline.querySelectorAll('[data-testid="cellInnerDiv"]')];
      const template = cells[1]!;
      // Scrolling on: a new reply cell arrives before "Show more replies".
      const fresh = template.cloneNode(true) as Element;
      fresh.querySelector('a[href*="/status/"]')!.setAttribute('href', '/newcomer/status/1860000000000000050');
      fresh.querySelector('[data-testid="tweetText"]')!.textContent = 'Just arrived: where is my refund?';
      cells[9]!.before(fresh);
      // Virtualisation: cells far above are unmounted and later re-created as new nodes.
      const recreated = cells.slice(1, 3).map((c) => c.cloneNode(true) as Element);
      cells[1]!.remove();
      cells[2]!.remove();
      cells[0]!.after(...recreated);
    });
    await expect.poll(() => p.ids()).toEqual([...THREAD, '1860000000000000050']);
    await expect.poll(() => badged(page)).toEqual([1, 3, 4, 5, 6, 7].map(id).concat('1860000000000000050').sort());
  });

  it('re-attaches a badge when X re-renders the text of a known reply', async () => {
    await page.evaluate((target) => {
      const text = document.querySelector(`a[href$="/status/${target}"]`)!.closest('article')!.querySelector('[data-testid="tweetText"]')!;
      const copy = text.cloneNode(true) as Element;
      text.replaceWith(copy);
    }, id(4));
    await expect.poll(async () => (await badged(page)).filter((b) => b === id(4)).length).toBe(1);
    expect(await p.ids()).toEqual([...THREAD, '1860000000000000050']);
  });

  it('writes a multi-line reply into the modal Draft.js composer and never posts', async () => {
    const result = await p.send('content/insert-reply', { commentId: id(1), text: 'Hoi Kees, sorry!\nWe zoeken het uit.' });
    expect(result).toEqual({ ok: true, verified: true });
    const editor = page.locator('#layers [data-testid="tweetTextarea_0"]');
    expect(await editor.locator('[data-block]').allInnerTexts()).toEqual(['Hoi Kees, sorry!', 'We zoeken het uit.']);
    expect(await page.locator('#layers [data-testid="tweetButton"]').getAttribute('aria-disabled')).toBe('false');
    expect(await page.evaluate(() => (window as { __posted?: boolean }).__posted ?? false)).toBe(false);
    // Chromium reads events built in the extension's world: the page never sees a write request (Firefox gets one).
    expect(await page.evaluate(() => (window as { __pageWorldWrites?: number }).__pageWorldWrites)).toBeUndefined();
    await page.evaluate(() => { document.getElementById('layers')!.textContent = ''; });
  });

  it('opens the post menu and highlights mute, block and report without choosing them', async () => {
    const chosen: Record<string, string> = {};
    for (const kind of ['mute', 'block', 'report'] as const) {
      expect(await p.send('content/moderate', { commentId: id(1), kind })).toEqual({ ok: true, highlighted: true });
      chosen[kind] = (await highlightedItem(page))!;
      expect(await page.evaluate(() => !!document.activeElement?.closest('#layers'))).toBe(true);
    }
    expect(chosen).toEqual({ mute: 'Mute @klantkees', block: 'Block @klantkees', report: 'Report post' });
    // X offers no per-reply "hide" item with a stable hook: the menu opens, nothing is highlighted.
    expect(await p.send('content/moderate', { commentId: id(1), kind: 'hide' })).toEqual({ ok: true, highlighted: false });
    expect(await page.evaluate(() => (window as { __menuClicked?: boolean }).__menuClicked ?? false)).toBe(false);
  });

  it('starts over on SPA navigation to another post', async () => {
    await page.evaluate((url) => (window as unknown as { __navigate(u: string, t: string): void }).__navigate(url, 'other-post'), new URL(OTHER).pathname);
    await expect.poll(() => p.ids(), { timeout: 5_000 }).toEqual(['1870000000000000001', '1870000000000000002']);
    await expect.poll(() => badged(page)).toEqual(['1870000000000000002']);
  });

  it('made no network request and put nothing in the page console', () => {
    expect(h.external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
