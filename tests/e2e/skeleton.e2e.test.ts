import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, layoutWithAndWithoutBadges, SCREENSHOTS, type Harness } from './harness';
import { badged, marksOn } from './ui';
import { fillGaps, GAP } from './samples';

const POST = 'https://x.com/acmeshop/status/1850000000000000001';

describe('walking skeleton on an X conversation', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await launch({ [POST]: 'x/conversation.html' });
    page = await h.open(POST);
  });
  afterAll(async () => h?.close());

  it('finds the replies, scores them in the background and badges each one in a closed shadow root', async () => {
    // The post itself and the "Discover more" post below the conversation get no badge.
    await expect.poll(() => badged(page)).toEqual(['1850000000000000002', '1850000000000000003', '1850000000000000004', '1850000000000000005']);
    expect((await marksOn(page)).map((m) => m.action)).toEqual(['Apologise', 'Ignore', 'Thank', 'Fact-check']);
    // Nothing the page's own scripts can open: no open shadow root anywhere.
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length)).toBe(0);
  });

  it('leaves the page layout exactly as it was', async () => {
    const { withBadges, without } = await layoutWithAndWithoutBadges(page);
    expect(withBadges).toEqual(without);
    await page.screenshot({ path: join(SCREENSHOTS, 'x-page-badges.png') });
  });

  it('lists the tab\'s replies with their scores in the side panel', async () => {
    const panel = await h.openPanel(page);
    await panel.getByRole('radio', { name: /^All/ }).click();
    const cards = panel.locator('li.card');
    await expect.poll(() => cards.count()).toBe(4);
    const jane = cards.filter({ hasText: 'Jane Doe' });
    expect(await jane.locator('.who span').first().textContent()).toBe('@janedoe');
    expect(await jane.locator('.text').textContent()).toContain('My order #4411 still hasn');
    expect(await jane.locator('.actions button.primary').textContent()).toBe('Apologise');
    expect(await jane.locator('[role="meter"]').first().getAttribute('aria-valuenow')).toMatch(/^\d+$/);
    await panel.screenshot({ path: join(SCREENSHOTS, 'side-panel.png') });

    // Apologise → the guide's apology, personalised; what only the user knows is asked for, never sent as braces.
    await jane.getByRole('button', { name: 'Apologise' }).click();
    const draft = jane.locator('.draft > textarea');
    await expect.poll(() => draft.inputValue()).toMatch(/Jane/);
    await fillGaps(jane);
    await expect.poll(() => draft.inputValue()).not.toMatch(GAP);
    const text = await draft.inputValue();
    await jane.getByRole('button', { name: 'Insert into reply box' }).click();
    await expect.poll(() => jane.locator('.draft .status').textContent()).toContain('In the reply box');
    const modal = page.locator('#layers [role="dialog"]');
    const shown = (await modal.locator('[data-testid="tweetTextarea_0"]').innerText()).replace(/\s+/g, ' ').trim();
    expect(shown).toBe(text.replace(/\s+/g, ' ').trim());
    expect(await modal.locator('[data-testid="tweetButton"]').getAttribute('aria-disabled')).toBe('false');
    expect(await page.evaluate(() => (window as { __posted?: boolean }).__posted ?? false)).toBe(false);
    await panel.close();
  });

  it('answers malformed and unknown messages with typed errors', async () => {
    const panel = await h.openPanel(page);
    const replies = await panel.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: 'panel/draft-tone', payload: { text: 5 } }),
      await chrome.runtime.sendMessage({ type: 'no/such-thing', payload: {} }),
      await chrome.runtime.sendMessage('just a string'),
      await chrome.runtime.sendMessage({ type: 'panel/state', payload: { tabId: -3 } }),
    ]);
    expect(replies.map((r: { ok: boolean; error?: { code: string } }) => r.error?.code))
      .toEqual(['bad-request', 'unknown-message', 'bad-request', 'bad-request']);
    await panel.close();
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
