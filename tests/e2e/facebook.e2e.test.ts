import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, layoutWithAndWithoutBadges, type Harness } from './harness';
import { badged, consoleErrors, highlightedItem, probe, type Probe } from './platform';
import { fbPage } from '../fixtures/facebook/pages';
import { GROUP_DIALOG_VI } from '../fixtures/facebook/threads';

const POST = 'https://www.facebook.com/wintergearnl/posts/pfbid0WinterGearPost1';
const OTHER = 'https://www.facebook.com/otherbrand/posts/pfbid0OtherPost2';
const THREAD = ['pfbid0WinterGearPost1', '5001', '5002', '5003', '5004', '5005', '5006'];

describe('Facebook adapter in Chromium (Dutch UI)', () => {
  let h: Harness;
  let page: Page;
  let p: Probe;
  let errors: string[];

  beforeAll(async () => {
    h = await launch({ [POST]: 'facebook/post-nl.html', [OTHER]: 'facebook/post-nl.html' }, { locale: 'nl-NL' });
    page = await h.context.newPage();
    errors = consoleErrors(page);
    await page.goto(POST);
    p = await probe(h, page);
  });
  afterAll(async () => h?.close());

  it('detects the post, comments and nested replies by structure, whatever the label language', async () => {
    await expect.poll(() => p.ids()).toEqual(THREAD);
    await expect.poll(() => badged(page)).toEqual(['5001', '5003', '5004', '5005', '5006']);
  });

  it('badges without moving anything on the page', async () => {
    const { withBadges, without } = await layoutWithAndWithoutBadges(page);
    expect(withBadges).toEqual(without);
  });

  it('picks up replies from an expanded thread', async () => {
    await page.evaluate(() => {
      const source = [...document.querySelectorAll('[role="article"]')].find((a) => a.getAttribute('aria-label')?.includes('Lang Verhaal'))!;
      const thread = source.parentElement!.cloneNode(true) as Element;
      const link = [...thread.querySelectorAll('a')].find((a) => a.href.includes('comment_id=5004&'))!;
      link.setAttribute('href', link.getAttribute('href')!.replace('comment_id=5004', 'comment_id=5001&reply_comment_id=5010'));
      thread.querySelector('span[lang] div')!.textContent = 'Nieuw antwoord, nog steeds niets ontvangen.';
      const replies = document.querySelector('[role="article"] .replies')!;
      replies.append(thread);
    });
    await expect.poll(() => p.ids()).toEqual([...THREAD, '5010']);
  });

  it('writes a multi-line reply into the Lexical reply box under the comment and never sends', async () => {
    const result = await p.send('content/insert-reply', { commentId: '5001', text: 'Hoi Kees, wat vervelend!\nWe sturen je een DM.' });
    expect(result).toEqual({ ok: true, verified: true });
    const box = page.locator('form.reply-composer [data-lexical-editor="true"]');
    expect(await box.locator('p').allInnerTexts()).toEqual(['Kees de Klant Hoi Kees, wat vervelend!', 'We sturen je een DM.']);
    expect(await page.locator('form.reply-composer [aria-label="Reageren"]').getAttribute('aria-disabled')).toBe('false');
    expect(await page.evaluate(() => (window as { __posted?: boolean }).__posted ?? false)).toBe(false);
  });

  it('opens the comment menu and highlights hide, report and block without choosing them', async () => {
    const chosen: Record<string, unknown> = {};
    for (const kind of ['hide', 'report', 'block', 'mute'] as const) {
      chosen[kind] = [await p.send('content/moderate', { commentId: '5005', kind }), await highlightedItem(page)];
      await page.evaluate(() => document.getElementById('fb-menu')?.remove());
    }
    expect(chosen).toEqual({
      hide: [{ ok: true, highlighted: true }, 'Opmerking verbergen'],
      report: [{ ok: true, highlighted: true }, 'Opmerking rapporteren'],
      block: [{ ok: true, highlighted: true }, 'Anna Vries blokkeren'],
      mute: [{ ok: true, highlighted: false }, null],
    });
    expect(await page.evaluate(() => (window as { __menuClicked?: boolean }).__menuClicked ?? false)).toBe(false);
  });

  it('starts over on SPA navigation to another post', async () => {
    await page.evaluate((url) => (window as unknown as { __navigate(u: string, t: string): void }).__navigate(url, 'other-post'), new URL(OTHER).pathname);
    await expect.poll(() => p.ids(), { timeout: 5_000 }).toEqual(['pfbid0OtherPost2', '6001']);
    await expect.poll(() => badged(page)).toEqual(['6001']);
  });

  it('made no network request and put nothing in the page console', () => {
    expect(h.external).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('Facebook media-only comments in Chromium (group dialog, Vietnamese UI)', () => {
  let h: Harness;
  let p: Probe;

  beforeAll(async () => {
    h = await launch({ [GROUP_DIALOG_VI.url]: { html: fbPage(GROUP_DIALOG_VI) } });
    p = await probe(h, await h.open(GROUP_DIALOG_VI.url));
  });
  afterAll(async () => h?.close());

  it('judges each GIF or sticker with no words, never skips it: the optional friendly action, the media named', async () => {
    // Most of these comments have no comment id in the markup (their ids are made from content): found by what they show.
    const wordless = GROUP_DIALOG_VI.comments.filter((c) => c.media && !c.text).map((c) => c.media![0]!.toUpperCase());
    expect(wordless).toHaveLength(11);
    const mediaOnly = async () => {
      const read = (await p.comments()).filter((c) => c.media?.length && !c.text);
      const judged = new Map((await p.assessments()).map((a) => [a.id, a]));
      return read.map((c) => ({ action: judged.get(c.id)?.action, reasons: judged.get(c.id)?.reasons }));
    };
    await expect.poll(async () => (await mediaOnly()).length).toBe(wordless.length);
    expect(await mediaOnly()).toEqual(wordless.map((kind) => ({ action: 'thank', reasons: [{ code: 'media-only', evidence: kind }] })));
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
