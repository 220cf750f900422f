/**
 * The side panel at its narrowest (320 px, Chrome's minimum side-panel width): nothing sticks out sideways in
 * any view, in English and in Dutch (longer words), with a draft, its fields, the source picker and the action
 * menu open; and the draft box grows with its text instead of scrolling inside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { act, SAMPLES } from './samples';
import { waitForMarks } from './ui';

/** Elements whose right edge passes the panel's: what a person would have to scroll sideways to read. */
function overflow(panel: Page): Promise<string[]> {
  return panel.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right > width + 0.5 && getComputedStyle(el).visibility !== 'hidden';
    }).map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`);
    if (document.documentElement.scrollWidth > width) out.push(`document ${document.documentElement.scrollWidth}px`);
    return out;
  });
}

describe.each([
  { language: 'English', locale: 'en-US', sample: SAMPLES[0]!, kinds: [/^Answer$/, /^Fact-check$/], tabs: ['Guide', 'Evidence', 'People', 'Settings', 'Comments'] },
  { language: 'Dutch', locale: 'nl', sample: SAMPLES[1]!, kinds: [/^Beantwoorden$/, /^Feitencheck$/], tabs: ['Gids', 'Bewijs', 'Mensen', 'Instellingen', 'Reacties'] },
])('the panel at 320 px in $language', ({ locale, sample, kinds, tabs }) => {
  let h: Harness;
  let panel: Page;

  beforeAll(async () => {
    h = await launch({ [sample.url]: sample.fixture }, { locale });
    const page = await h.open(sample.url);
    await waitForMarks(page);
    panel = await h.openPanel(page);
    await panel.setViewportSize({ width: 320, height: 800 });
    await panel.locator('li.card').first().waitFor();
    await panel.getByRole('radio').last().click(); // All / Alles
  });
  afterAll(async () => h?.close());

  it('never scrolls sideways: queue, drafts with their fields and sources, the action menu, every other view', async () => {
    expect(await overflow(panel)).toEqual([]);
    const card = panel.locator('li.card').first();
    for (const kind of kinds) {
      await act(card, kind);
      await card.locator('.draft > textarea').waitFor();
      await expect.poll(() => card.locator('.draft > textarea').inputValue()).not.toBe('');
      expect(await overflow(panel), String(kind)).toEqual([]);
    }
    await panel.locator('li.card').last().locator('.actions button.more').click();
    await panel.locator('[role="menu"]:popover-open').waitFor();
    expect(await overflow(panel)).toEqual([]);
    await panel.keyboard.press('Escape');
    for (const tab of tabs) {
      await panel.getByRole('tab', { name: tab }).click();
      await panel.locator('#view > *').first().waitFor();
      expect(await overflow(panel), tab).toEqual([]);
    }
  });

  it('grows the draft box with its text, so the whole reply is in view without scrolling inside it', async () => {
    const card = panel.locator('li.card').first();
    await act(card, kinds[0]!);
    const box = card.locator('.draft > textarea');
    await expect.poll(() => box.inputValue()).not.toBe('');
    const before = (await box.boundingBox())!.height;
    await box.fill(`${'A longer reply that a manager writes in full before inserting it. '.repeat(6)}https://acme.example/a/very/long/link/that/must/wrap`);
    const after = await box.evaluate((el) => ({ height: el.getBoundingClientRect().height, scroll: el.scrollHeight, client: el.clientHeight }));
    expect(after.height).toBeGreaterThan(before * 2);
    expect(after.scroll).toBeLessThanOrEqual(after.client + 1);
    expect(await overflow(panel)).toEqual([]);
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
