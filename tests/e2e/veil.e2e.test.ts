/**
 * The well-being shield as a person sees it, on X, Facebook and Instagram, in light and dark: for a comment that is
 * abusive when the page loads and one that turns abusive later (its text edited in place), every word, the media and
 * "See more" lie under an opaque veil, the page hit-tests the veil where the text is, the layout does not move, and
 * "Show" gives the text back. Screenshots of each case go to tests/e2e/artifacts/ (look at them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, launch, layoutWithAndWithoutBadges, ROOT, type Harness } from './harness';
import { coverOf, inside, marksOn, pressShow, type Box, type Cover } from './ui';
import { fbPage } from '../fixtures/facebook/pages';
import { PAGE_POST_EN } from '../fixtures/facebook/threads';

const ABUSE = 'You stupid idiot clowns, everyone here is a moron and a loser';
const LATER = 'Shut up you pathetic idiots, you are all worthless morons';

/** X and Instagram follow the system's dark mode on their own sites; the fixtures get the same. */
const DARK_CSS = '<style>@media (prefers-color-scheme: dark){body{background:#000;color:#e7e9ea}a{color:#1d9bf0}}</style>';
const withDark = (html: string): string => html.replace('</head>', `${DARK_CSS}</head>`);

interface Case {
  platform: string;
  url: string;
  html: string;
  /** Words of the comment that is abusive on load. */
  onLoad: string;
  /** Something else the on-load comment shows that must be covered too (its media), as a CSS selector. */
  onLoadAlso?: string;
  /** Words of a harmless comment the test turns abusive, and what else it shows (See more, a sticker). */
  later: string;
  laterAlso: string;
}

const fixture = (file: string): string => readFileSync(join(FIXTURES, file), 'utf8');

const CASES: Case[] = [
  { platform: 'x', url: 'https://x.com/wintergear/status/1860000000000000000',
    html: withDark(fixture('x/thread.html').replace('Replying to a deleted post here.', ABUSE)),
    onLoad: ABUSE, later: 'I have been a customer for years', laterAlso: '[data-testid="tweet-text-show-more-link"]' },
  { platform: 'facebook', url: PAGE_POST_EN.url, html: fbPage(PAGE_POST_EN),
    onLoad: 'You stupid idiots, worst shop ever', onLoadAlso: 'img[src*="/t13/70100"]',
    later: 'I want to explain in detail why the new zipper', laterAlso: '[aria-label^="Comment by Long Talker"] span[lang] [role="button"]' },
  { platform: 'instagram', url: 'https://www.instagram.com/p/DWinter123/',
    html: withDark(fixture('instagram/post.html').replace('Mijn jas is na 2 weken nog niet geleverd 😡 slechte service', ABUSE)),
    onLoad: ABUSE, later: 'The zipper broke after one week', laterAlso: 'span[role="button"]' },
];

const boxOf = (page: Page, selector: string): Promise<Box> => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
});

/** Brightness and opacity of a CSS colour such as "rgb(58, 59, 60)". */
function paint(color: string | null): { light: boolean; opaque: boolean } {
  const [r = 0, g = 0, b = 0, a = 1] = (color?.match(/[\d.]+/g) ?? []).map(Number);
  return { light: 0.2126 * r + 0.7152 * g + 0.0722 * b > 128, opaque: a === 1 };
}

function expectCovered(cover: Cover, scheme: 'light' | 'dark'): void {
  expect(inside(cover.text, cover.veil), `text ${JSON.stringify(cover.text)} inside veil ${JSON.stringify(cover.veil)}`).toBe(true);
  expect(cover.hitIsVeilHost).toBe(true);
  expect(cover.pageHitsText).toBe(false);
  expect(paint(cover.veilBackground)).toEqual({ light: scheme === 'light', opaque: true });
}

const covered = (page: Page, words: string) => expect.poll(async () => (await coverOf(page, words)).veil !== null, { timeout: 10_000 }).toBe(true);

describe.each(CASES)('the veil on $platform', (c) => {
  describe.each(['light', 'dark'] as const)('in %s mode', (scheme) => {
    let h: Harness;
    let page: Page;

    beforeAll(async () => {
      h = await launch({ [c.url]: { html: c.html } }, { colorScheme: scheme });
      page = await h.open(c.url);
    });
    afterAll(async () => h?.close());

    it('covers a comment that is abusive on load: text and media under an opaque veil the page hit-tests', async () => {
      await covered(page, c.onLoad);
      const cover = await coverOf(page, c.onLoad);
      expectCovered(cover, scheme);
      if (c.onLoadAlso) expect(inside(await boxOf(page, c.onLoadAlso), cover.veil)).toBe(true);
      await page.screenshot({ path: join(ROOT, 'tests/e2e/artifacts', `veil-${c.platform}-${scheme}-on-load.png`) });
      const { withBadges, without } = await layoutWithAndWithoutBadges(page);
      expect(withBadges).toEqual(without);
    });

    it('covers a comment that turns abusive later, See more included, and Show gives it back', async () => {
      await page.evaluate(([words, abuse]) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.nodeValue?.includes(words!)) { n.nodeValue = n.nodeValue.replace(words!, abuse!); return; } // edited in place
        }
        throw new Error(`fixture text not found: ${words}`);
      }, [c.later, LATER]);
      await covered(page, LATER);
      const cover = await coverOf(page, LATER);
      expectCovered(cover, scheme);
      expect(inside(await boxOf(page, c.laterAlso), cover.veil)).toBe(true);
      expect((await marksOn(page)).filter((m) => m.veiled).length).toBe(2);
      await page.screenshot({ path: join(ROOT, 'tests/e2e/artifacts', `veil-${c.platform}-${scheme}-later.png`) });

      const mark = (await marksOn(page)).find((m) => m.veil && inside(cover.text, m.veil))!;
      await pressShow(page, mark.id!);
      await expect.poll(async () => (await coverOf(page, LATER)).pageHitsText).toBe(true);
      expect((await coverOf(page, c.onLoad)).hitIsVeilHost).toBe(true); // the other stays covered
    });

    it('made no network request', () => {
      expect(h.external).toEqual([]);
    });
  });
});
