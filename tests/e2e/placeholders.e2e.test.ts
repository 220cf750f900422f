/**
 * No gap ever leaves the panel: on each platform, every comment's draft for every reply is opened, and while it
 * holds a gap (`[answer?]`, `{order}`) Insert and Copy stay disabled, Enter and Ctrl+Enter insert nothing, and
 * each listed gap leads to its field. The platform's own reply boxes are read after every attempt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { act, fillGaps, GAP, IN_REPLY_BOX, replyBoxTexts, SAMPLES, type Sample } from './samples';
import { waitForMarks } from './ui';

const KINDS = {
  en: [/^Apologise$/, /^Answer$/, /^Thank$/, /^Fact-check$/],
  nl: [/^Excuses$/, /^Beantwoorden$/, /^Bedanken$/, /^Feitencheck$/],
};
/** The situation each reply opens on, in KINDS' order. */
const SITUATIONS = ['apology', 'answer', 'thanks', 'fact-check'];
const FILL_FIRST = /Fill in what is missing first|Vul eerst in wat nog ontbreekt/;

describe.each(SAMPLES)('no gap leaves the panel on $name', (sample: Sample) => {
  const dutch = sample.platform === 'facebook'; // the Facebook sample is a Dutch page, seen with a Dutch browser
  let h: Harness;
  let page: Page;
  let panel: Page;
  const text = (card: Locator) => card.locator('.draft > textarea');

  beforeAll(async () => {
    h = await launch({ [sample.url]: sample.fixture }, dutch ? { locale: 'nl' } : {});
    page = await h.open(sample.url);
    await waitForMarks(page);
    panel = await h.openPanel(page);
    await panel.setViewportSize({ width: 380, height: 900 });
    await panel.locator('li.card').first().waitFor();
    await panel.getByRole('radio').last().click(); // All / Alles
  });
  afterAll(async () => h?.close());

  it('keeps every draft with a gap in the panel: Insert and Copy disabled, Enter and Ctrl+Enter refused', async () => {
    const ids = await panel.locator('li.card').evaluateAll((els) => els.map((e) => e.getAttribute('data-comment')!));
    expect(ids.length).toBeGreaterThan(2);
    let withGaps = 0;
    for (const id of ids) {
      const card = panel.locator(`li.card[data-comment="${id}"]`);
      for (const [i, kind] of KINDS[dutch ? 'nl' : 'en'].entries()) {
        await act(card, kind);
        await expect.poll(() => card.locator('.draft select').first().inputValue()).toBe(SITUATIONS[i]);
        await expect.poll(() => text(card).inputValue()).not.toBe('');
        const draft = await text(card).inputValue();
        const gaps = card.locator('.draft .gaps button');
        if (!GAP.test(draft)) continue;
        withGaps++;
        expect(await gaps.count(), draft).toBeGreaterThan(0);
        expect(await card.locator('.draft button.primary').isDisabled()).toBe(true);
        expect(await card.getByRole('button', { name: /^(Copy|Kopiëren)$/ }).isDisabled()).toBe(true);
        // Each gap is a link to where it is filled in.
        for (const gap of await gaps.all()) {
          await gap.click();
          expect(await panel.evaluate(() => document.activeElement?.closest('.draft') !== null)).toBe(true);
        }
        await text(card).press('Control+Enter');
        await expect.poll(() => card.locator('.draft .status').textContent()).toMatch(FILL_FIRST);
        await panel.locator('header h1').click();
        await panel.keyboard.press('Enter');
        for (const shown of await replyBoxTexts(page, sample)) expect(shown.trim()).toBe('');
      }
    }
    expect(withGaps).toBeGreaterThan(3);
  });

  it('once every gap is filled, the whole reply lands in the platform\'s box with none left', async () => {
    const card = panel.locator('li.card').first();
    await act(card, KINDS[dutch ? 'nl' : 'en'][1]!); // Answer: the {answer} only the manager knows
    await expect.poll(() => text(card).inputValue()).toMatch(GAP);
    expect(await fillGaps(card)).toContain('answer');
    await expect.poll(() => text(card).inputValue()).not.toMatch(GAP);
    const reply = await text(card).inputValue();
    await card.locator('.draft button.primary').click();
    await expect.poll(() => card.locator('.draft .status').textContent()).toMatch(IN_REPLY_BOX);
    const shown = await replyBoxTexts(page, sample);
    expect(shown.some((s) => s.replace(/\s+/g, ' ').includes(reply.replace(/\s+/g, ' ').trim()))).toBe(true);
    for (const s of shown) expect(s).not.toMatch(GAP);
  });

  it('refuses a variable typed into the draft by hand', async () => {
    const card = panel.locator('li.card').first();
    await text(card).fill('Thanks! Your order {order} ships today.');
    expect(await card.locator('.draft button.primary').isDisabled()).toBe(true);
    expect(await card.locator('.draft .gaps').textContent()).toContain('{order}');
    await text(card).fill('Thanks! Your order ships today.');
    expect(await card.locator('.draft button.primary').isDisabled()).toBe(false);
  });

  it('shows people as the platform names them: @handles on X and Instagram, only names on Facebook (never its ids)', async () => {
    const who = await panel.locator('li.card .who').allInnerTexts();
    expect(who.length).toBeGreaterThan(2);
    for (const line of who) {
      if (sample.platform === 'facebook') expect(line).not.toMatch(/@|\b\d{6,}\b/);
      else expect(line).toMatch(/@[\w.]+/);
    }
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});

describe('a fact-check without a fitting source', () => {
  const sample = SAMPLES[0]!;
  let h: Harness;
  beforeAll(async () => { h = await launch({ [sample.url]: sample.fixture }); });
  afterAll(async () => h?.close());

  it('asks for one in place and stays disabled until it has one; the starter guide has none to offer', async () => {
    const page = await h.open(sample.url);
    await waitForMarks(page);
    const panel = await h.openPanel(page);
    const card = panel.locator('li.card[data-need="misinformation"]');
    await act(card, /^Fact-check$/);
    await expect.poll(() => card.locator('.draft > textarea').inputValue()).toContain('[source?]');
    expect(await card.locator('.sources .warn').textContent()).toMatch(/No sources in your guide yet/);
    expect(await card.locator('.draft button.primary').isDisabled()).toBe(true);
    await card.locator('.draft .gaps button').first().click();
    expect(await panel.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('url');
    await card.getByLabel('Web address').fill('https://acme.example/materials');
    await card.getByLabel('Claim it answers').fill('Our jackets are fake leather');
    await card.getByRole('button', { name: 'Add and use' }).click();
    await expect.poll(() => card.locator('.draft > textarea').inputValue()).toContain('https://acme.example/materials');
    expect(await card.locator('.draft > textarea').inputValue()).not.toMatch(GAP);
    expect(await card.locator('.draft button.primary').isDisabled()).toBe(false);
    expect(h.external).toEqual([]);
  });
});
