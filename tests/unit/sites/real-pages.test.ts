// @vitest-environment happy-dom
/**
 * The adapters on real rendered pages from ../shared/reference/real-pages (never committed: real people). Names
 * are compared with values read from the page at run time, never written here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, type Comment } from '@/lib/sites';
import { parseTimeLabel } from '@/lib/sites/time-label';

const REAL = resolve(import.meta.dirname, '../../../../shared/reference/real-pages');
const present = existsSync(REAL);
if (!present) console.warn(`SKIPPED real-page tests: ${REAL} is not present`);

function load(file: string, url: string): Document {
  // Scripts, stylesheets and frames stripped: the DOM as rendered, nothing fetched or run.
  const html = readFileSync(join(REAL, file), 'utf8')
    .replace(/<script[\s\S]*?<\/script>|<iframe[\s\S]*?<\/iframe>|<link[^>]*>/gi, '');
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/gi, '');
  return document;
}

function read(url: string): Comment[] {
  const adapter = adapterFor(url)!;
  const els = adapter.findComments(document);
  const comments = els.map((el) => adapter.readComment(el));
  expect(comments.every(Boolean)).toBe(true);
  return comments as Comment[];
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/;

/** The dumps of one platform, listed at run time: their file names carry real account names. */
const pages = (platform: string): string[] =>
  present ? readdirSync(join(REAL, platform)).filter((f) => f.endsWith('.html')).map((f) => `${platform}/${f}`) : [];

/** The X dumps are one status page (a focused post) and one timeline; told apart by their markup. */
const isStatusPage = (file: string): boolean =>
  /<article[^>]*(tabindex="-1"[^>]*data-testid="tweet"|data-testid="tweet"[^>]*tabindex="-1")/.test(readFileSync(join(REAL, file), 'utf8'));

describe.skipIf(!present)('adapters on real pages', () => {
  it.each(pages('facebook'))('Facebook %#: the post and its 10 comments, all by the post author, names as the page labels them', (file) => {
    load(file, 'https://www.facebook.com/');
    const comments = read('https://www.facebook.com/');
    const [post, ...rest] = comments;
    expect(post).toMatchObject({ isPost: true, depth: 0 });
    expect(rest).toHaveLength(10);
    const labels = [...document.querySelectorAll('[role="article"][aria-label^="Comment by "]')].map((a) => a.getAttribute('aria-label')!);
    rest.forEach((c, i) => {
      expect(labels[i]!.startsWith(`Comment by ${c.authorName} `)).toBe(true);
      expect(c).toMatchObject({ isPost: false, depth: 1, parentId: post!.id, byOwner: true, handle: post!.handle, truncated: false });
      expect(c.id).toMatch(/^\d+$/);
      expect(c.permalink).toContain(`comment_id=${c.id}`);
      expect(c.text.length).toBeGreaterThan(20);
      expect(c.timeText).toMatch(/^\d+\s?\w$/);
      expect(c.media).toBeUndefined(); // their link previews are not the comment's own media
    });
    // The shield covers each comment's text (the container it was read from) and its link preview, title included.
    const adapter = adapterFor('https://www.facebook.com/')!;
    for (const el of adapter.findComments(document).slice(1)) {
      const [text, preview, ...more] = adapter.veilTargets(el);
      expect(text!.textContent).toContain(adapter.readComment(el)!.text.split('\n')[0]!.slice(0, 20));
      expect(preview!.querySelector('img')).not.toBeNull();
      expect(preview!.querySelector('h3')).not.toBeNull();
      expect(more).toEqual([]);
    }
    expect(new Set(rest.map((c) => c.id)).size).toBe(10);
  });

  for (const [i, file] of pages('instagram').entries()) {
    const count = 15; // each dump shows 15 comments (real-pages/README.md)
    it(`Instagram ${i}: ${count} comments, the caption left out, owner from the caption`, () => {
      load(file, 'https://www.instagram.com/p/real/');
      const comments = read('https://www.instagram.com/p/real/');
      expect(comments).toHaveLength(count);
      const links = [...document.querySelectorAll('a[href*="/c/"] > time')].map((t) => t.parentElement!.getAttribute('href')!);
      comments.forEach((c, i) => {
        expect(links[i]).toBe(`/p/${c.parentId}/c/${c.id}/`);
        expect(c).toMatchObject({ depth: 1, isPost: false, platform: 'instagram' });
        expect(c.time).toMatch(ISO);
        expect(c.handle).toMatch(/^[\w.]+$/);
        expect(c.authorName).toBe(c.handle);
        expect(c.text.length).toBeGreaterThan(0);
        expect(c.text).not.toContain(c.timeText);
      });
      // The caption's author is the post owner; the caption is the one time[datetime] outside a comment link.
      const caption = [...document.querySelectorAll('time[datetime]')].find((t) => !t.closest('a[href*="/c/"]'))!;
      expect(caption).toBeTruthy();
      expect(comments.map((c) => c.time)).not.toContain(caption.getAttribute('datetime')); // the caption is no comment
    });
  }

  it.each(pages('facebook'))('Facebook %#: each comment\'s time is estimated from its label ("1w"), the page giving no datetime', (file) => {
    load(file, 'https://www.facebook.com/');
    const before = Date.now();
    const rest = read('https://www.facebook.com/').slice(1);
    for (const c of rest) {
      expect(c).toMatchObject({ timeFrom: 'label', timeText: '1w' });
      expect(Date.parse(c.time!)).toBeLessThanOrEqual(before - 7 * 86_400_000 + 1_000);
    }
  });

  it.each(pages('instagram'))('Instagram %#: exact times from datetime, and the Portuguese labels ("2 h", "3 d", "2 sem") order the comments as their datetimes do', (file) => {
    load(file, 'https://www.instagram.com/p/real/');
    const comments = read('https://www.instagram.com/p/real/');
    expect(comments.every((c) => c.timeFrom === 'exact')).toBe(true);
    const readAt = Date.now();
    const estimated = comments.map((c) => ({ label: parseTimeLabel(c.timeText, readAt), exact: Date.parse(c.time!) }));
    expect(estimated.every((e) => e.label)).toBe(true);
    for (const a of estimated) for (const b of estimated) {
      if (a.label!.at < b.label!.at) expect(a.exact).toBeLessThan(b.exact);
    }
  });

  it.each(pages('x').filter(isStatusPage))('X status page %# (logged out): the post itself and no replies', (file) => {
    load(file, 'https://x.com/');
    const href = document.querySelector('article[data-testid="tweet"][tabindex="-1"] a[href*="/status/"] > time')!.parentElement!.getAttribute('href')!;
    load(file, `https://x.com${href}`);
    const comments = read('https://x.com/');
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ isPost: true, depth: 0, byOwner: true });
    expect(`/${comments[0]!.handle}/status/${comments[0]!.id}`).toBe(href);
    expect(comments[0]!.authorName).toBe(document.querySelector('[data-testid="User-Name"] a')!.textContent!.trim());
    expect(comments[0]!.text.length).toBeGreaterThan(0);
    // Its pt-BR label ("1:37 AM · 25 de nov de 2025") read as a local time is its datetime in the capturer's time zone.
    const label = parseTimeLabel(comments[0]!.timeText, Date.now());
    const minute = Math.floor(Date.parse(comments[0]!.time!) / 60_000) * 60_000; // the label shows no seconds
    const offset = Math.abs(label!.at - minute);
    expect(label!.coarse).toBe(false);
    expect(offset % 1_800_000).toBe(0);
    expect(offset).toBeLessThanOrEqual(14 * 3_600_000);
  });

  it.each(pages('x').filter((f) => !isStatusPage(f)))('X profile timeline %# (zh-CN): 10 posts, each read as a standalone post', (file) => {
    load(file, 'https://x.com/home');
    const comments = read('https://x.com/home');
    expect(comments).toHaveLength(10);
    const articles = [...document.querySelectorAll('article[data-testid="tweet"]')];
    comments.forEach((c, i) => {
      expect(c).toMatchObject({ isPost: true, depth: 0 });
      expect(c.parentId).toBeUndefined();
      expect(c.time).toMatch(ISO);
      expect(articles[i]!.querySelector(`a[href="/${c.handle}/status/${c.id}"]`)).not.toBeNull();
    });
    expect(new Set(comments.map((c) => c.id)).size).toBe(10);
    // Logged in: the side navigation's profile link names the account; only its posts would be the user's (none of
    // these ten is), so nobody else's are claimed.
    const viewer = document.querySelector('a[data-testid="AppTabBar_Profile_Link"]')!.getAttribute('href')!.slice(1).toLowerCase();
    expect(viewer).toMatch(/^\w+$/);
    comments.forEach((c) => expect(c.byOwner).toBe(c.handle.toLowerCase() === viewer));
  });
});
