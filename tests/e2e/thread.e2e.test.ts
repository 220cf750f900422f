/**
 * The thread and the true waiting time, in Chromium with the built extension, read as a person reads the panel: a
 * complaint the owner already answered leaves "needs a reply" and says "answered by you"; the customer's follow-up is
 * shown in its conversation under the owner's reply and judged with it (the order number the owner asked for is
 * answered, not thanked); each card's waiting time is the page's own label; a time the page does not show is
 * unknown, never "0 min". On a fixture of each platform; through Tactful too (a reply inserted from the panel).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, SCREENSHOTS, type Harness } from './harness';
import { act, fillGaps, GAP, IN_REPLY_BOX, SAMPLES } from './samples';
import { waitForMarks } from './ui';
import { fbPage } from '../fixtures/facebook/pages';
import { PAGE_POST_EN } from '../fixtures/facebook/threads';
import { TH } from '../fixtures/facebook/locales';

const card = (panel: Page, id: string) => panel.locator(`li.card[data-comment="${id}"]`);
/** A card's text as a person reads it, once it is laid out (a card is in the list a moment before it has text). */
async function text(panel: Page, id: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const shown = (await card(panel, id).innerText()).replace(/\s+/g, ' ').trim();
    if (shown) return shown;
    await panel.waitForTimeout(100);
  }
  return '';
}
const shownIds = (panel: Page) => panel.locator('li.card').evaluateAll((els) => els.map((e) => e.getAttribute('data-comment')));

describe('Facebook, Dutch UI: the answered thread and waiting times from the labels', () => {
  let h: Harness;
  let panel: Page;
  const fb = SAMPLES.find((s) => s.platform === 'facebook')!;

  beforeAll(async () => {
    h = await launch({ [fb.url]: fb.fixture }, { locale: 'nl' });
    const page = await h.open(fb.url);
    panel = await h.openPanel(page);
    await card(panel, '5003').waitFor();
  });
  afterAll(async () => h?.close());

  it('Kees\'s complaint, answered by the brand on the page, is not in "needs a reply"; his follow-up is, inside the conversation', async () => {
    expect(await shownIds(panel)).not.toContain('5001');
    const followUp = await text(panel, '5003');
    const order = ['Vervolg op je antwoord', 'Kees de Klant Al twee weken wachten op mijn jas.', 'beantwoord door jou · 2 dagen geleden',
      'Kees de Klant wat vervelend! Stuur ons je ordernummer?', 'Nummer 4411, dank 🙏'].map((s) => followUp.indexOf(s));
    expect(order.every((i) => i >= 0), followUp).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('the follow-up giving the order number is judged with that context: answer, not thank, with the question as the reason', async () => {
    const followUp = card(panel, '5003');
    expect(await followUp.locator('.actions button.primary').innerText()).toBe('Beantwoorden');
    expect(await followUp.locator('.why').innerText()).toContain('antwoord op wat je in dit gesprek vroeg: \'Stuur ons je ordernummer?\'');
  });

  it('under "all" the answered complaint says "answered by you · 2 d ago" instead of a waiting time', async () => {
    await panel.getByRole('radio').last().click();
    const complaint = await text(panel, '5001');
    expect(complaint).toContain('beantwoord door jou · 2 dagen geleden');
    expect(complaint).not.toContain('wacht al');
  });

  it('each card waits as long as the page\'s label says, at least: "2 d", "1 d", "3 u"', async () => {
    // The page's labels as a person reads them, and the same durations as the panel's Dutch words put them.
    const expected: Record<string, string> = { '5004': 'wacht al minstens 2 dagen', '5005': 'wacht al minstens 24 uur', '5006': 'wacht al minstens 3 uur' };
    for (const [id, wait] of Object.entries(expected)) await expect.poll(() => card(panel, id).locator('.wait').innerText()).toContain(wait);
    // The header counts what still needs a reply: Lang Verhaal's "2 d" complaint when it is judged one (it sits at the
    // edge between apologise and ignore), else Kees's "1 d" follow-up; never Kees's answered "2 d" complaint, never 0 min.
    await panel.getByRole('radio').first().click();
    await expect.poll(() => shownIds(panel)).not.toContain('5001');
    const waiting = await shownIds(panel);
    expect(await panel.locator('.stats dd').nth(1).innerText()).toBe(waiting.includes('5004') ? '2 dagen' : '24 uur');
    await panel.getByRole('radio').last().click();
    await panel.setViewportSize({ width: 380, height: 900 });
    await card(panel, '5003').screenshot({ path: join(SCREENSHOTS, 'thread-follow-up-nl.png') });
  });
});

describe('X and Instagram: the answered complaint and its follow-up', () => {
  const pages = [
    { url: 'https://x.com/wintergear/status/1860000000000000000', fixture: 'x/thread.html', complaint: '1860000000000000001', reply: '1860000000000000002', followUp: '1860000000000000003',
      original: 'Mijn bestelling is al twee weken onderweg', owner: 'Sorry Kees! Stuur ons je ordernummer via DM' },
    { url: 'https://www.instagram.com/p/DWinter123/', fixture: 'instagram/post.html', complaint: '17900000000000001', reply: '17900000000000002', followUp: '17900000000000003',
      original: '', owner: '@klant.kees sorry! Stuur ons een DM met je ordernummer' },
  ];
  let h: Harness;
  beforeAll(async () => { h = await launch(Object.fromEntries(pages.map((p) => [p.url, p.fixture]))); });
  afterAll(async () => h?.close());

  it.each(pages.map((p) => [p.fixture, p] as const))('%s', async (_f, p) => {
    const page = await h.open(p.url);
    const panel = await h.openPanel(page);
    await panel.locator('li.card').first().waitFor();
    expect(await shownIds(panel)).not.toContain(p.complaint);
    await panel.getByRole('radio').last().click();
    await card(panel, p.followUp).waitFor();
    expect(await text(panel, p.complaint)).toMatch(/answered by you · \d+ days ago/);
    const followUp = await text(panel, p.followUp);
    expect(followUp).toContain('Follow-up after your reply');
    expect(followUp).toContain(p.owner);
    if (p.original) expect(followUp).toContain(p.original);
    // The owner's own reply is context, never a card of its own.
    expect(await shownIds(panel)).not.toContain(p.reply);
    await panel.close();
    await page.close();
  });
});

describe('no readable time, and a reply through Tactful (English UI)', () => {
  const JANE = { name: 'Jane Doe', href: 'https://www.facebook.com/jane.doe.77' };
  const COMPLAINT = ['My order #4411 still hasn\'t arrived after three weeks. Can someone help?'];
  // A UI language no label table knows (Thai): the comment's time cannot be read.
  const thai = { ...PAGE_POST_EN, url: 'https://www.facebook.com/acmeoutdoor/posts/pfbid02AcmeThaiPost', locale: TH,
    comments: [{ id: '7201', author: JANE, time: '2 ชั่วโมง', text: COMPLAINT }] };
  const english = { ...PAGE_POST_EN, comments: [{ id: '7301', author: JANE, time: '5h', text: COMPLAINT }] };
  let h: Harness;
  beforeAll(async () => { h = await launch({ [thai.url]: { html: fbPage(thai) }, [english.url]: { html: fbPage(english) } }); });
  afterAll(async () => h?.close());

  it('the card says the time is unknown and counts from first seen, never "waiting 0 min"', async () => {
    const panel = await h.openPanel(await h.open(thai.url));
    await card(panel, '7201').waitFor();
    // Polled: the card is drawn before it is laid out.
    await expect.poll(() => card(panel, '7201').locator('.wait').innerText()).toMatch(/^time unknown · first seen (just now|\d+ min ago) · target/);
    expect(await card(panel, '7201').innerText()).not.toMatch(/waiting/);
  });

  it('a reply inserted from the panel answers the complaint: it leaves "needs a reply" and says "answered by you"', async () => {
    const page = await h.open(english.url);
    await waitForMarks(page, 1); // the page has read its comments: the reply box can be found for one
    const panel = await h.openPanel(page);
    await card(panel, '7301').waitFor();
    await expect.poll(() => card(panel, '7301').locator('.wait').innerText()).toMatch(/^waiting at least 5 hr/);
    const complaint = card(panel, '7301');
    await act(complaint, /^Apologise$/);
    await fillGaps(complaint);
    await expect.poll(() => complaint.locator('.draft > textarea').inputValue()).not.toMatch(GAP);
    await complaint.locator('.draft button.primary').click();
    await expect.poll(() => complaint.locator('.draft .status').textContent()).toMatch(IN_REPLY_BOX);
    await panel.reload();
    await panel.locator('.filters').waitFor();
    await expect.poll(() => shownIds(panel)).not.toContain('7301');
    await panel.getByRole('radio').last().click();
    await expect.poll(() => text(panel, '7301')).toContain('answered by you · just now');
    // The reply time runs from when Jane posted ("5h"), not from when Tactful first saw her comment a moment ago.
    expect(await panel.locator('.stats dd').first().innerText()).toBe('5 hr');
  });
});
