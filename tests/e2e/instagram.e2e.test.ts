import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { badged, consoleErrors, highlightedItem, probe, type Probe } from './platform';

const POST = 'https://www.instagram.com/p/DWinter123/';
const OTHER = 'https://www.instagram.com/p/DOther456/';
const cid = (n: number): string => `1790000000000000${n}`;
const THREAD = [1, 2, 3, 4, 5, 6].map(cid);

describe('Instagram adapter in Chromium', () => {
  let h: Harness;
  let page: Page;
  let p: Probe;
  let errors: string[];

  beforeAll(async () => {
    h = await launch({ [POST]: 'instagram/post.html', [OTHER]: 'instagram/post.html' });
    page = await h.context.newPage();
    errors = consoleErrors(page);
    await page.goto(POST);
    p = await probe(h, page);
  });
  afterAll(async () => h?.close());

  it('detects every comment and reply but not the caption; the owner\'s reply gets no badge', async () => {
    await expect.poll(() => p.ids()).toEqual(THREAD);
    await expect.poll(() => badged(page)).toEqual([1, 3, 4, 5, 6].map(cid));
  });

  it('picks up comments loaded by "View more comments" and replies from "View replies"', async () => {
    await page.evaluate(() => {
      const items = document.querySelectorAll('.list > .item');
      const more = items[1]!.cloneNode(true) as Element;
      more.querySelector('a[href*="/c/"]')!.setAttribute('href', '/p/DWinter123/c/17900000000000009/');
      document.querySelector('.list')!.append(more);
      const reply = document.querySelector('.replies > .block')!.cloneNode(true) as Element;
      reply.querySelector('a[href*="/c/"]')!.setAttribute('href', '/p/DWinter123/c/17900000000000008/');
      document.querySelector('.replies')!.append(reply);
    });
    await expect.poll(async () => (await p.ids()).sort()).toEqual([...THREAD, cid(8), cid(9)]);
  });

  it('writes a multi-line reply after the "@handle " prefill through React\'s value tracking, and never posts', async () => {
    const result = await p.send('content/insert-reply', { commentId: cid(1), text: 'Sorry Kees!\nStuur ons een DM.' });
    expect(result).toEqual({ ok: true, verified: true });
    expect(await page.locator('main form textarea').inputValue()).toBe('@klant.kees Sorry Kees!\nStuur ons een DM.');
    expect(await page.evaluate(() => (window as { __reactValue?: string }).__reactValue)).toBe('@klant.kees Sorry Kees!\nStuur ons een DM.');
    expect(await page.locator('main form [role="button"]').getAttribute('aria-disabled')).toBe('false');
    expect(await page.evaluate(() => (window as { __posted?: boolean }).__posted ?? false)).toBe(false);
  });

  it('opens the comment options and highlights Report; other actions leave the sheet open for the user', async () => {
    expect(await p.send('content/moderate', { commentId: cid(5), kind: 'report' })).toEqual({ ok: true, highlighted: true });
    expect(await highlightedItem(page)).toBe('Report');
    for (const kind of ['block', 'mute', 'hide'] as const) {
      expect(await p.send('content/moderate', { commentId: cid(5), kind })).toEqual({ ok: true, highlighted: false });
    }
    expect(await page.evaluate(() => (window as { __menuClicked?: boolean }).__menuClicked ?? false)).toBe(false);
    await page.evaluate(() => document.querySelectorAll('[role="dialog"]').forEach((d) => d.remove()));
  });

  it('starts over on SPA navigation to another post', async () => {
    await page.evaluate((url) => (window as unknown as { __navigate(u: string, t: string): void }).__navigate(url, 'other-post'), new URL(OTHER).pathname);
    await expect.poll(() => p.ids(), { timeout: 5_000 }).toEqual(['18000000000000001']);
    await expect.poll(() => badged(page)).toEqual(['18000000000000001']);
  });

  it('made no network request and put nothing in the page console', () => {
    expect(h.external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
