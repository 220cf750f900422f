import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, readStore, type Harness } from './harness';
import { markOf, waitForMarks } from './ui';
import { act } from './samples';

const POST = 'https://x.com/acmeshop/status/1850000000000000001';

describe('the reply desk with the communication guide', () => {
  let h: Harness;
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    h = await launch({ [POST]: 'x/conversation.html' });
    page = await h.open(POST);
    await waitForMarks(page, 4);
    panel = await h.openPanel(page);
    await panel.locator('li.card').first().waitFor();
  });
  afterAll(async () => h?.close());

  it('settings personalise drafts and switch the shield off', async () => {
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByLabel(/Brand name/).fill('Acme');
    await panel.getByLabel(/Your name/).fill('Sam');
    await panel.getByLabel(/Well-being shield/).selectOption('off');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);

    // The page's veil lifts at once: the background tells the content script the new level.
    await expect.poll(async () => (await markOf(page, '1850000000000000003'))?.veiled).toBe(false);
    await panel.getByRole('tab', { name: 'Comments' }).click();
    await panel.getByRole('radio', { name: /^All/ }).click();
    const troll = panel.locator('li.card[data-comment="1850000000000000003"] .text');
    expect(await troll.textContent()).toContain('you clowns are idiots');
    const jane = panel.locator('li.card[data-comment="1850000000000000002"]');
    await act(jane, /^Apologise$/);
    await expect.poll(() => jane.locator('.draft > textarea').inputValue()).toContain('Sam');
    expect(await jane.locator('.draft > textarea').inputValue()).not.toContain('[agent?]');
    expect(await jane.getByLabel(/Your name, to sign replies/).count()).toBe(0); // known: not asked again
    // The live BIFF check scores the draft per letter; Friendly uses the worker's scorer on the draft's tone.
    expect(await jane.locator('.biff [role="meter"]').count()).toBe(4);
    const friendly = jane.locator('.biff [role="meter"][aria-label="Friendly"]');
    await jane.locator('.draft > textarea').fill('Thank you so much Jane, we are glad you told us. We will fix it today: https://acme.example/help');
    await expect.poll(async () => Number(await friendly.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(70);
    await jane.locator('.draft > textarea').fill('This is your own fault, you clearly did not read the terms. Terrible, stupid complaint.');
    await expect.poll(async () => Number(await friendly.getAttribute('aria-valuenow'))).toBeLessThan(70);
  });

  it('a fact-check cites a source from the guide', async () => {
    await panel.getByRole('tab', { name: 'Guide' }).click();
    await panel.getByRole('button', { name: 'Add source' }).click();
    await panel.getByLabel('Title').fill('Material sheet');
    await panel.getByLabel('Web address').fill('https://acme.example/materials');
    await panel.getByLabel('Claim it answers').fill('Our jackets are fake leather');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => panel.locator('li[data-source]').count()).toBe(1);

    await panel.getByRole('tab', { name: 'Comments' }).click();
    await panel.getByRole('radio', { name: /^All/ }).click();
    const truth = panel.locator('li.card[data-comment="1850000000000000005"]');
    await act(truth, /^Fact-check$/);
    // The guide's source whose claim the comment repeats is picked at once and fills {claim} and {source}.
    await expect.poll(() => truth.getByRole('radio', { name: /Material sheet/ }).isChecked()).toBe(true);
    await expect.poll(() => truth.locator('.draft > textarea').inputValue()).toContain('https://acme.example/materials');
    expect(await truth.locator('.draft > textarea').inputValue()).toContain('“Our jackets are fake leather”');
  });

  it('a malformed guide import lists what is wrong and changes nothing', async () => {
    const before = (await readStore(panel, 'templates')).length;
    await panel.getByRole('tab', { name: 'Guide' }).click();
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'bad.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'tactful-guide', schemaVersion: 1, templates: [{ id: 'x', situation: 'nope', language: 'en', variants: ['Hi {nmae}'] }] })),
    });
    const errors = panel.getByRole('alert', { name: 'What is wrong in the file' });
    await expect.poll(() => errors.locator('li').count()).toBeGreaterThan(0);
    expect(await errors.textContent()).toMatch(/situation/);
    expect((await readStore(panel, 'templates')).length).toBe(before);
  });

  it('ignore is recorded; report saves hashed evidence first', async () => {
    await panel.getByRole('tab', { name: 'Comments' }).click();
    await panel.getByRole('radio', { name: /^All/ }).click();
    await act(panel.locator('li.card[data-comment="1850000000000000004"]'), /^Ignore$/);
    await expect.poll(async () => (await readStore(panel, 'responses')).find((r) => r.commentId === '1850000000000000004')?.action).toBe('ignore');

    await act(panel.locator('li.card[data-comment="1850000000000000003"]'), /^Report$/);
    await expect.poll(async () => (await readStore(panel, 'evidence')).length).toBe(1);
    const [evidence] = await readStore(panel, 'evidence');
    expect(evidence).toMatchObject({ handle: 'trollface99', text: 'WHAT A JOKE OF A COMPANY, you clowns are idiots 🤡', platform: 'x' });
    expect(String(evidence!.sha256)).toMatch(/^[0-9a-f]{64}$/);
    await panel.getByRole('tab', { name: 'Evidence' }).click();
    expect(await panel.locator('li[data-evidence="1850000000000000003"]').textContent()).toContain('hash verified');
    const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Evidence log (CSV)' }).click()]);
    const csv = await new Response((await file.createReadStream()) as unknown as ReadableStream).text();
    expect(file.suggestedFilename()).toMatch(/^tactful-evidence-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv).toContain('trollface99');
    expect(csv).toContain('WHAT A JOKE OF A COMPANY');
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
