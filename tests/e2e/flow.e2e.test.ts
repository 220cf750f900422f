/**
 * The reply desk's whole flow on each platform's fixture, as a social media manager uses it: page loads → the
 * panel ranks the comments → apologise with a personalised variant → into the page's own reply box → reply time
 * recorded; report → evidence saved → the platform's own menu opened; the shield veils and reveals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NEEDS } from '../../lib/panel/queue';
import { join } from 'node:path';
import { launch, readStore, SCREENSHOTS, type Harness, type LaunchOptions } from './harness';
import { highlightedItem } from './platform';
import { coverOf, inside, markOf, marksOn, pressShow, waitForMarks } from './ui';
import { act, fillGaps, GAP, IN_REPLY_BOX } from './samples';

/** `plain`: words of a harmless comment in the fixture that the test turns abusive. */
interface Platform { name: string; url: string; fixture: string; replyBox: string; plain: string; options?: LaunchOptions }

const PLATFORMS: Platform[] = [
  { name: 'X', url: 'https://x.com/wintergear/status/1860000000000000000', fixture: 'x/thread.html', replyBox: '[data-testid^="tweetTextarea_"]',
    plain: 'I have been a customer for years' },
  { name: 'Facebook', url: 'https://www.facebook.com/wintergearnl/posts/pfbid0WinterGearPost1', fixture: 'facebook/post-nl.html',
    replyBox: '[data-lexical-editor="true"]', plain: 'Ik wil even uitgebreid uitleggen', options: { locale: 'nl-NL' } },
  { name: 'Instagram', url: 'https://www.instagram.com/p/DWinter123/', fixture: 'instagram/post.html', replyBox: 'main form textarea',
    plain: 'The zipper broke after one week' },
];

const ABUSE = 'You stupid idiot clowns, everyone here is a moron and a loser';
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.each(PLATFORMS)('reply desk flow on $name', ({ name, url, fixture, replyBox, plain, options }) => {
  let h: Harness;
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    h = await launch({ [url]: fixture }, options);
    page = await h.open(url);
    await waitForMarks(page, 1);
    panel = await h.openPanel(page);
    await panel.locator('li.card').first().waitFor();
    await panel.getByRole('radio').last().click(); // "All" / "Alles"
  });
  afterAll(async () => h?.close());

  it('ranks the page\'s comments by need', async () => {
    const needs = await panel.locator('li.card').evaluateAll((els) => els.map((e) => e.getAttribute('data-need')!));
    expect(needs.length).toBeGreaterThan(2);
    const ranks = needs.map((n) => NEEDS.indexOf(n as (typeof NEEDS)[number]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('apologises with a personalised variant in the page\'s own reply box, and records the reply time', async () => {
    const complaint = panel.locator('li.card[data-need="complaint"]').first();
    const card = (await complaint.count()) ? complaint : panel.locator('li.card').first();
    const id = await card.getAttribute('data-comment');
    const author = (await card.locator('.who strong').textContent())!;
    await act(card, /^(Apologise|Excuses)$/);
    const draft = card.locator('.draft > textarea');
    await expect.poll(() => draft.inputValue()).toContain(author.split(/\s+/)[0]!.replace(/^@/, ''));
    await fillGaps(card);
    await expect.poll(() => draft.inputValue()).not.toMatch(GAP);
    const text = await draft.inputValue();
    await card.locator('.draft button.primary').click();
    await expect.poll(() => card.locator('.draft .status').textContent()).toMatch(IN_REPLY_BOX);
    const shown = await page.locator(replyBox).evaluateAll((boxes) =>
      boxes.map((e) => (e instanceof HTMLTextAreaElement ? e.value : (e as HTMLElement).innerText)));
    expect(shown.map(squash).some((s) => s.includes(squash(text)))).toBe(true);
    expect(await page.evaluate(() => (window as { __posted?: boolean }).__posted ?? false)).toBe(false);

    const entry = (await readStore(panel, 'responses')).find((r) => r.commentId === id)!;
    expect(entry).toMatchObject({ action: 'apologise', text });
    expect(Date.parse(String(entry.repliedAt))).toBeGreaterThanOrEqual(Date.parse(String(entry.firstSeen)));
    await expect.poll(() => panel.locator('.stats dd').first().textContent()).not.toBe('—');
  });

  it('veils an abusive comment on the page and in the panel until revealed; report keeps evidence and opens the platform\'s menu', async () => {
    // A comment turns abusive (edited, or a new reply rendered into a recycled node): Tactful rescores it.
    await page.evaluate(([words, abuse]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeValue?.includes(words!)) return (n as Text).replaceWith(document.createTextNode(abuse!));
      }
      throw new Error(`fixture text not found: ${words}`);
    }, [plain, ABUSE]);
    await expect.poll(async () => (await marksOn(page)).filter((m) => m.veiled).length).toBe(1);
    const target = (await marksOn(page)).find((m) => m.veiled)!.id!;
    const cover = await coverOf(page, ABUSE);
    expect(inside(cover.text, cover.veil)).toBe(true);
    expect([cover.hitIsVeilHost, cover.pageHitsText]).toEqual([true, false]);
    await page.screenshot({ path: join(SCREENSHOTS, `${name.toLowerCase()}-page.png`) });
    await pressShow(page, target);
    await expect.poll(async () => (await markOf(page, target))?.veiled).toBe(false);

    const card = panel.locator(`li.card[data-comment="${target}"]`);
    await expect.poll(() => card.getAttribute('data-need')).toBe('harassment');
    expect(await card.locator('.text').textContent()).not.toContain('idiot');
    await card.locator('.text button').click();
    expect(await card.locator('.text').textContent()).toContain('idiot');

    await act(card, /^(Report|Melden)$/);
    await expect.poll(async () => (await readStore(panel, 'evidence')).map((e) => e.commentId)).toContain(target);
    await expect.poll(() => highlightedItem(page)).toMatch(/report|rapporteren|melden/i);
    expect(await page.evaluate(() => (window as { __menuClicked?: boolean }).__menuClicked ?? false)).toBe(false);
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
