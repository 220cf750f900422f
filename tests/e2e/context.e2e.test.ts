/**
 * Context in the judgement, in Chromium with the built extension, on X threads served on their real URLs: the
 * person memory (the third ignored provocation makes the next one a mute, across threads, with the pattern on the
 * card and the badge on the page), waves (the same claim from several accounts is one card, growing across
 * threads; bots muted one account at a time), and learning from the user's corrections (similar comments follow,
 * unrelated ones do not; undo and reset in Settings).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, readStore, SCREENSHOTS, type Harness } from './harness';
import { act, fillGaps, SAMPLES } from './samples';
import { CHATTER, CONTEXT_PAGES, idOf, PROVOCATIONS, REPEAT, TROLL, WAVE } from './context-pages';
import { markOf, marksOn } from './ui';

const FACEBOOK = SAMPLES.find((s) => s.platform === 'facebook')!;
let h: Harness;
beforeAll(async () => {
  h = await launch({ ...CONTEXT_PAGES, [FACEBOOK.url]: FACEBOOK.fixture });
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => h?.close());

/** The reply desk for a thread (its tab opened once), at a real side panel's width, showing every comment. */
async function deskFor(url: string, comments: number): Promise<{ page: Page; panel: Page }> {
  const page = h.context.pages().find((p) => p.url() === url) ?? await h.open(url);
  await expect.poll(async () => (await marksOn(page)).length, { timeout: 15_000 }).toBe(comments);
  const panel = await h.openPanel(page);
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.getByRole('radio', { name: /^All/ }).click();
  await panel.locator('li.card').first().waitFor();
  return { page, panel };
}
const card = (panel: Page, id: string): Locator => panel.locator(`li.card[data-comment="${id}"]`);
const primary = (c: Locator) => c.locator('.actions button.primary').textContent();
const personLine = (c: Locator) => c.locator('[data-context="person"]').textContent();
/** What the page's badge for a comment says, as shown (read from Tactful's own world: its root is closed to the page). */
const badgeSays = async (page: Page, id: string) => (await markOf(page, id))?.action;
const shot = (p: Page, name: string) => p.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

describe('person memory: a repeat offender', () => {
  const [p1, p2, p3, p4] = REPEAT.provocations as [string, string, string, string];

  it('counts a person\'s provocations across threads and shows the pattern on the card', async () => {
    const { page, panel } = await deskFor(REPEAT.first, 3);
    expect(await primary(card(panel, p1))).toBe('Ignore');
    expect(await card(panel, p1).locator('[data-context="person"]').count()).toBe(0); // nothing to say yet
    await expect.poll(() => personLine(card(panel, p2))).toBe('2nd provocation within a day');
    await act(card(panel, p1), /^Ignore$/);
    await expect.poll(() => personLine(card(panel, p2))).toBe('2nd provocation within a day · ignored once');
    await act(card(panel, p2), /^Ignore$/);
    await expect.poll(async () => (await readStore(panel, 'people')).find((p) => p.id === `x:${TROLL.handle}`)?.decisions).toHaveLength(2);
    expect(await badgeSays(page, p2)).toBe('Ignore');

    const second = await deskFor(REPEAT.second, 2);
    await expect.poll(() => personLine(card(second.panel, p3))).toBe('3rd provocation in 2 days · ignored twice');
    expect(await primary(card(second.panel, p3))).toBe('Ignore'); // two ignored: not yet established
    await act(card(second.panel, p3), /^Ignore$/);
  });

  it('after the third ignored provocation the next one is a mute, with the pattern as its reason, on the card and the page', async () => {
    const { page, panel } = await deskFor(REPEAT.third, 2);
    const troll = card(panel, p4);
    expect(await primary(troll)).toBe('Mute');
    expect(await troll.locator('.why').textContent()).toContain("provocations you already ignored: '3'");
    expect(await personLine(troll)).toBe('4th provocation in 2 days · ignored 3 times');
    expect(await badgeSays(page, p4)).toBe('Mute');
    // Anne, on the same thread, is judged on her own.
    expect(await primary(card(panel, idOf(302)))).toBe('Thank');
    await shot(panel, 'context-repeat-offender');
    // The first thread, still open, is re-badged: the person is now established, whatever is left of theirs is a mute.
    const first = (await deskFor(REPEAT.first, 3)).page;
    await expect.poll(() => badgeSays(first, p1)).toBe('Mute');
  });

  it('the setting decides how many ignored provocations establish a troll', async () => {
    const { panel } = await deskFor(REPEAT.third, 2);
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const n = panel.getByLabel(/Recommend mute after ignoring/);
    expect(await n.inputValue()).toBe('3');
    expect(await panel.getByLabel(/within this many days/).inputValue()).toBe('14');
    await n.fill('5');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('tab', { name: 'Comments' }).click();
    await panel.getByRole('radio', { name: /^All/ }).click();
    await expect.poll(() => primary(card(panel, p4))).toBe('Ignore');
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByLabel(/Recommend mute after ignoring/).fill('3');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('tab', { name: 'Comments' }).click();
    await panel.getByRole('radio', { name: /^All/ }).click();
    await expect.poll(() => primary(card(panel, p4))).toBe('Mute');
  });

  it('muting keeps evidence; the person\'s case file holds it with its hashes; forgetting them ends the pattern', async () => {
    const { panel } = await deskFor(REPEAT.third, 2);
    await act(card(panel, p4), /^Mute$/);
    await expect.poll(async () => (await readStore(panel, 'evidence')).length).toBe(1);
    await expect.poll(async () => (await readStore(panel, 'people')).find((p) => p.id === `x:${TROLL.handle}`)?.decisions).toHaveLength(4);
    await panel.getByRole('tab', { name: 'People' }).click();
    const person = panel.locator(`li[data-person="x:${TROLL.handle}"]`);
    await expect.poll(() => person.textContent()).toContain('ignored 3 times · muted once');
    expect(await person.textContent()).toContain('4 comments seen');
    expect(await person.textContent()).toContain('1 kept as evidence');
    await shot(panel, 'context-people');
    const [csvFile] = await Promise.all([panel.waitForEvent('download'), person.getByRole('button', { name: 'Case file (CSV)' }).click()]);
    expect(csvFile.suggestedFilename()).toMatch(/^tactful-case-x-trollface99-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await new Response((await csvFile.createReadStream()) as unknown as ReadableStream).text();
    const [evidence] = await readStore(panel, 'evidence');
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain(PROVOCATIONS[3]!);
    expect(csv).toContain(String(evidence!.sha256));
    const [jsonFile] = await Promise.all([panel.waitForEvent('download'), person.getByRole('button', { name: 'Case file (JSON)' }).click()]);
    const json = JSON.parse(await new Response((await jsonFile.createReadStream()) as unknown as ReadableStream).text());
    expect(json).toMatchObject({ format: 'tactful-case-file', person: { id: `x:${TROLL.handle}` }, chain: { intact: true }, records: [{ sha256: evidence!.sha256 }] });

    const search = panel.getByRole('searchbox', { name: 'Search people' });
    await search.fill('KEES');
    await expect.poll(() => panel.locator('li[data-person]').evaluateAll((els) => els.map((e) => e.getAttribute('data-person')))).toEqual(['x:kees']);
    await search.fill('');
    await expect.poll(() => person.count()).toBe(1);
    await person.getByRole('button', { name: 'Forget…' }).click();
    await person.getByRole('button', { name: 'Forget', exact: true }).click();
    await expect.poll(() => panel.locator(`li[data-person="x:${TROLL.handle}"]`).count()).toBe(0);
    expect((await readStore(panel, 'evidence')).length).toBe(1); // evidence stays unless asked to delete it
    await panel.getByRole('tab', { name: 'Comments' }).click();
    await panel.getByRole('radio', { name: /^All/ }).click();
    await expect.poll(() => primary(card(panel, p4))).toBe('Ignore');
    expect(await card(panel, p4).locator('[data-context="person"]').count()).toBe(0);
  });
});

describe('person memory on Facebook, which has no handles', () => {
  it('knows a person by their profile id, and names them as Facebook does', async () => {
    const { panel } = await deskFor(FACEBOOK.url, 5);
    await act(card(panel, '5004'), /^Ignore$/); // "Lang Verhaal", profile.php?id=100012345
    await expect.poll(async () => (await readStore(panel, 'people')).find((p) => p.id === 'facebook:100012345')?.decisions).toMatchObject([{ commentId: '5004', decision: 'ignored' }]);
    await panel.getByRole('tab', { name: 'People' }).click();
    const person = panel.locator('li[data-person="facebook:100012345"]');
    expect(await person.locator('.who').textContent()).toBe('Lang VerhaalFacebook');
    expect(await person.textContent()).toContain('ignored once');
  });
});

describe('waves', () => {
  it('the same claim from several accounts is one card with one recommendation, and it grows across threads', async () => {
    const { panel } = await deskFor(WAVE.first, 10);
    const rumour = card(panel, WAVE.rumourFirst[0]!);
    expect(await panel.locator('li.card').count()).toBe(3); // the rumour, Jane, the bots
    expect(await rumour.locator('[data-context="wave"] strong').textContent()).toBe('5 accounts · same claim');
    expect(await primary(rumour)).toBe('Fact-check');
    expect(await rumour.locator('.why').textContent()).toContain("same text from many accounts: '5'");
    await rumour.locator('summary').click();
    expect(await rumour.locator('details .members').textContent()).toBe('@worried1, @worried2, @worried3, @worried4, @worried5');
    const bots = card(panel, WAVE.bots[0]!);
    expect(await bots.locator('[data-context="wave"] strong').textContent()).toBe('4 accounts · same text');
    expect(await primary(bots)).toBe('Mute');
    await shot(panel, 'context-wave');

    const second = await deskFor(WAVE.second, 3);
    await expect.poll(() => card(second.panel, WAVE.rumourSecond[0]!).locator('[data-context="wave"] strong').textContent()).toBe('7 accounts · same claim');
    expect(await second.panel.locator('li.card').count()).toBe(2);
    // The first thread's card counts the accounts seen since, in the other thread.
    await expect.poll(() => rumour.locator('[data-context="wave"] strong').textContent()).toBe('7 accounts · same claim');
  });

  it('bots are muted one account at a time, each with its evidence; ignoring a wave takes all of it', async () => {
    const { page, panel } = await deskFor(WAVE.first, 10);
    const bots = card(panel, WAVE.bots[0]!);
    const menu = page.locator('#layers [role="menu"]');
    expect(await bots.locator('[data-context="wave"] .hint').textContent()).toContain('Next: @promo_bot1 (0 of 4 done)');
    await act(bots, /^Mute$/);
    // X's own menu opens on that account's comment; the user confirms there.
    await expect.poll(() => menu.textContent()).toContain('Mute @promo_bot1');
    await expect.poll(() => bots.locator('[data-context="wave"] .hint').textContent()).toContain('Next: @promo_bot2 (1 of 4 done)');
    await act(bots, /^Mute$/);
    await expect.poll(() => menu.textContent()).toContain('Mute @promo_bot2');
    await expect.poll(async () => (await readStore(panel, 'evidence')).filter((e) => String(e.handle).startsWith('promo_bot')).map((e) => e.handle).sort()).toEqual(['promo_bot1', 'promo_bot2']);
    await act(bots, /^Ignore$/);
    await expect.poll(async () => (await readStore(panel, 'responses')).filter((r) => WAVE.bots.includes(String(r.commentId))).map((r) => r.action).sort())
      .toEqual(['ignore', 'ignore', 'mute', 'mute']);
  });
});

describe('learning from the user\'s decisions', () => {
  it('after a handful of corrections similar comments follow the user, unrelated ones do not; undo and reset in Settings', async () => {
    const { panel } = await deskFor(CHATTER.url, 9);
    const earlier = (await readStore(panel, 'decisions')).length; // learned in the tests above (Facebook's ignore)
    const before = Object.fromEntries(await Promise.all([...CHATTER.similar, ...CHATTER.unrelated].map(async (id) => [id, await primary(card(panel, id))] as const)));
    for (const id of CHATTER.similar) expect(before[id]).not.toBe('Answer');
    // Only a choice that differs from the recommendation is a correction to learn from: once a few are learned,
    // the next look-alike may already be recommended Answer.
    let corrections = 0;
    for (const id of CHATTER.corrected) {
      const c = card(panel, id);
      if ((await primary(c)) !== 'Answer') corrections++;
      await act(c, /^Answer$/);
      await expect.poll(() => c.locator('.draft > textarea').inputValue()).not.toBe('');
      await fillGaps(c);
      await c.locator('.draft button.primary').click();
      await expect.poll(() => c.locator('.draft .status').textContent()).toContain('In the reply box');
      await c.getByRole('button', { name: 'Close' }).click();
    }
    for (const id of CHATTER.similar) await expect.poll(() => primary(card(panel, id))).toBe('Answer');
    for (const id of CHATTER.unrelated) expect(await primary(card(panel, id))).toBe(before[id]);
    expect((await readStore(panel, 'decisions')).map((d) => JSON.stringify(d))).not.toContain('listening');

    await panel.getByRole('tab', { name: 'Settings' }).click();
    const learned = panel.locator('.learning .count');
    expect(corrections).toBeGreaterThanOrEqual(3);
    await expect.poll(() => learned.textContent()).toBe(`Learned from ${earlier + corrections} of your decisions.`);
    await learned.scrollIntoViewIfNeeded();
    await shot(panel, 'context-learning');
    await panel.getByRole('button', { name: 'Undo the last one' }).click();
    await expect.poll(() => learned.textContent()).toBe(`Learned from ${earlier + corrections - 1} of your decisions.`);
    await panel.getByRole('button', { name: 'Reset…' }).click();
    await panel.getByRole('button', { name: 'Forget them all' }).click();
    await expect.poll(() => learned.textContent()).toMatch(/^Nothing learned yet/);
    await panel.getByRole('tab', { name: 'Comments' }).click();
    await panel.getByRole('radio', { name: /^All/ }).click();
    for (const id of CHATTER.similar) await expect.poll(() => primary(card(panel, id))).toBe(before[id]);
  });
});

it('made no network request', () => {
  expect(h.external).toEqual([]);
});
