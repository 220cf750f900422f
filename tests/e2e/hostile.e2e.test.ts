import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, layoutWithAndWithoutBadges, type Harness } from './harness';
import { xThreadPage, type XReply } from '../fixtures/x/thread';
import { inExtensionWorld, marksOn } from './ui';

const POST = 'https://x.com/acmeshop/status/1900000000000000000';
const EMOJI = '😀🎉🔥👍🏽🇳🇱'.repeat(400); // 2,000 emoji, flags and skin tones included
const LONG = 'This is a very long complaint about my order. '.repeat(2_200); // ~100 kB

const HOSTILE: XReply[] = [
  { id: '1900000000000000001', handle: 'mallory', name: '<b onmouseover="window.__pwned=1">Mallory</b>', text: '<img src=x onerror="window.__pwned=2"> you idiot' },
  { id: '1900000000000000002', handle: 'scripty', name: 'Scripty', text: '<script>window.__pwned=3</script>{{constructor.constructor("window.__pwned=4")()}} javascript:alert(1)' },
  { id: '1900000000000000003', handle: 'bidi', name: 'Bi\u202Edi\u202C', text: 'refund \u202Edne ot ecnalab\u202C now\u200B\u200D\uFEFF\u2066isolated\u2069 please' },
  { id: '1900000000000000004', handle: 'longwinded', name: 'Long Winded', text: LONG.trim() },
  { id: '1900000000000000005', handle: 'emoji', name: 'Emoji Fan', text: EMOJI },
];

describe('hostile comment text', () => {
  let h: Harness;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    h = await launch({ [POST]: { html: xThreadPage({ id: '1900000000000000000', handle: 'acmeshop', name: 'Acme', text: 'Post' }, HOSTILE) } });
    h.context.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); }));
    page = await h.open(POST);
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  });
  afterAll(async () => h?.close());

  it('badges every comment with text only, and the page layout holds', async () => {
    await expect.poll(async () => (await marksOn(page)).length).toBe(5);
    const shadowMarkup = await inExtensionWorld<string[]>(page, `[...document.querySelectorAll('*')].filter((h) => h instanceof HTMLElement).map((h) => chrome.dom.openOrClosedShadowRoot(h))
      .filter(Boolean).map((r) => [...r.querySelectorAll('*')].map((e) => e.localName).join(','))`);
    // Badge only, or badge + veil: the page's text never becomes markup inside.
    for (const m of shadowMarkup) expect(['style,span,span,span', 'style,span,span,span,div,span,button']).toContain(m);
    const { withBadges, without } = await layoutWithAndWithoutBadges(page);
    expect(withBadges).toEqual(without);
  });

  it('shows every comment as text in the panel; nothing executes; the layout holds', async () => {
    const panel = await h.openPanel(page);
    panel.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await panel.getByRole('radio', { name: /^All/ }).click();
    const cards = panel.locator('li.card');
    await expect.poll(() => cards.count()).toBe(5);
    // The shield hides the abusive one until asked; reveal everything to compare the text itself.
    const reveal = panel.getByRole('button', { name: 'Show', exact: true });
    while (await reveal.count()) await reveal.first().click();

    const texts = await cards.evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-comment'), e.querySelector('.text')!.textContent])));
    for (const r of HOSTILE) expect(texts[r.id]).toBe(r.text);
    const names = await cards.locator('.who strong').allTextContents();
    expect(names).toContain('<b onmouseover="window.__pwned=1">Mallory</b>');
    expect(await panel.locator('li.card .text img, li.card .text script, li.card .who b').count()).toBe(0);

    const box = await panel.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(box.scroll).toBeLessThanOrEqual(box.client);
    const long = panel.locator('li.card[data-comment="1900000000000000004"] .text');
    expect((await long.boundingBox())!.height).toBeLessThan(260); // scrolls inside the card instead of stretching it

    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await panel.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await panel.close();
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
