/**
 * A hostile page against the real extension (Facebook page post, English UI). The page script
 * (tests/fixtures/facebook/hostile-page.js) knows Tactful's public extension id, records every message and every
 * event it can name, replays and forges them, clones badged cells, serves `javascript:` and off-site time links and
 * rewrites drafts in its reply box. The content script must survive all of it, keep reading new replies, refuse the
 * rewritten draft, and the page must learn neither the extension id nor any verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness, type Pages } from './harness';
import { consoleErrors, probe, type Probe } from './platform';
import { badged, marksOn, waitForMarks } from './ui';
import { fbPage } from '../fixtures/facebook/pages';
import { PAGE_POST_EN } from '../fixtures/facebook/threads';

const URL = PAGE_POST_EN.url;
const PERMALINK = `${URL}?comment_id=`;

/** The fixture with the hostile script first in <head>, and two comments whose time links a page controls. */
function hostileHtml(extensionId: string): string {
  return fbPage(PAGE_POST_EN)
    .replace('<head>', `<head><script>window.__knownId = ${JSON.stringify(extensionId)};</script><script src="/__fixtures/hostile-page.js"></script>`)
    .replace(`${PERMALINK}7004&amp;`, 'javascript:alert(document.domain)//?comment_id=7004&amp;')
    .replace(`${PERMALINK}7005&amp;`, 'https://evil.example/steal?comment_id=7001&amp;');
}

type Hostile = { messages: string[]; named: string[]; tampered: number; before: string };
const hostile = (page: Page): Promise<Hostile> => page.evaluate(() => {
  const h = (window as unknown as { __hostile: Hostile }).__hostile;
  return { messages: h.messages, named: h.named, tampered: h.tampered, before: h.before };
});
const call = (page: Page, fn: 'forge' | 'cloneBadged' | 'tamperDrafts') =>
  page.evaluate((name) => (window as unknown as { __hostile: Record<string, () => void> }).__hostile[name]!(), fn);

/** A new reply rendered the way Facebook renders one: the markup of Jane's comment with a fresh id and words. */
const appendReply = (page: Page, id: string, words: string) => page.evaluate(([cid, text]) => {
  const jane = document.querySelector('[aria-label^="Comment by Jane Doe"]')!.closest('.fb-thread')!;
  const copy = jane.cloneNode(true) as Element;
  copy.querySelector('.fb-replies')?.remove();
  copy.querySelectorAll('a[href*="comment_id=7001"]').forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace('comment_id=7001', `comment_id=${cid}`)));
  copy.querySelector('span[lang] div[dir="auto"]')!.textContent = text!;
  document.querySelector('.fb-comments')!.append(copy);
}, [id, words]);

describe('a hostile page', () => {
  let h: Harness;
  let page: Page;
  let p: Probe;
  let errors: string[];
  const pages: Pages = {};

  beforeAll(async () => {
    h = await launch(pages);
    pages[URL] = { html: hostileHtml(h.extensionId) };
    page = await h.context.newPage();
    errors = consoleErrors(page);
    await page.goto(URL);
    p = await probe(h, page);
    await waitForMarks(page, 8);
  });
  afterAll(async () => h?.close());

  it('sees only identical, empty, closed hosts: no attribute, text or style of its own DOM changed, no verdict anywhere', async () => {
    const view = await page.evaluate(() => {
      const h = (window as unknown as { __hostile: { foreign(): Element[]; withoutForeign(): string; before: string } }).__hostile;
      const foreign = h.foreign();
      return { hosts: foreign.map((el) => el.outerHTML.replace(el.localName, 'HOST').replace(el.localName, 'HOST')),
        open: foreign.filter((el) => el.shadowRoot).length, same: h.withoutForeign() === h.before,
        html: [...document.body.querySelectorAll(':not(script)')].map((el) => [...el.attributes].map((a) => a.value).join(' ') + ' ' + [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join(' ')).join('\n') };
    });
    const marks = await marksOn(page);
    expect(view.hosts).toHaveLength(marks.length);
    expect(new Set(view.hosts).size).toBe(1); // a veiled comment's host looks exactly like any other
    expect(view.hosts[0]).toMatch(/^<HOST style="[^"]*"><\/HOST>$/);
    expect(view.open).toBe(0);
    expect(view.same).toBe(true);
    expect(marks.some((m) => m.veiled)).toBe(true);
    for (const secret of [h.extensionId, 'chrome-extension', 'tactful', 'Report', 'Hidden: likely', 'insult']) expect(view.html).not.toContain(secret);
  });

  it('survives replayed messages and forged framework events, and still reads new replies', async () => {
    // Since the page loaded, Tactful has posted nothing to it and dispatched no event it can name.
    expect(await hostile(page)).toMatchObject({ messages: [], named: [] });
    await call(page, 'forge');
    await call(page, 'forge');
    await appendReply(page, '7101', 'Still waiting for my refund, order #5120.');
    await expect.poll(() => p.ids()).toContain('7101');
    await expect.poll(() => badged(page)).toContain('7101');
    // What the page saw since are its own forgeries and their replays, nothing from Tactful.
    const seen = await hostile(page);
    expect(seen.messages.filter((m) => !m.includes('forged-'))).toEqual([]);
    expect(seen.named.filter((n) => !n.includes('forged-'))).toEqual([]);
  });

  it('clones of badged cells never drop the burst: a new reply in the same burst arrives and is badged once', async () => {
    await call(page, 'cloneBadged');
    await appendReply(page, '7102', 'The zipper broke again, I want my money back.');
    await expect.poll(() => p.ids()).toContain('7102');
    await expect.poll(async () => (await badged(page)).filter((id) => id === '7102').length).toBe(1);
    const ids = await p.ids();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes no id, person or permalink from javascript: or off-site links', async () => {
    const comments = await p.comments();
    expect(comments.find((c) => c.id === '7004')?.text).toBe('Love the new jackets');
    expect(comments.find((c) => c.id === '7005')?.media).toEqual(['sticker']);
    for (const c of comments) {
      expect(c.permalink).toMatch(/^https:\/\/www\.facebook\.com\//);
      if (c.profileUrl) expect(c.profileUrl).toMatch(/^https:\/\/www\.facebook\.com\//);
    }
    expect(comments.filter((c) => c.id === '7001')).toHaveLength(1);
  });

  it('a draft the page rewrites after Tactful wrote it is reported, never confirmed', async () => {
    await call(page, 'tamperDrafts');
    const result = await p.send('content/insert-reply', { commentId: '7001', text: 'Hi Jane, sorry about the wait.' });
    expect(result).toMatchObject({ ok: false, reason: 'not-accepted' });
    expect(JSON.stringify(result)).toContain('page changed');
    expect((await hostile(page)).tampered).toBeGreaterThan(0);
  });

  it('made no network request and left nothing in the page console', () => {
    expect(h.external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
