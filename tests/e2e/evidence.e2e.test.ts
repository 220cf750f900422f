/**
 * The evidence log and the guide's safety nets in the real panel: a report whose evidence cannot be saved still
 * opens the platform's menu and says why, with a retry; the chain's state is shown; deleting asks first and leaves
 * a trace; a log changed outside Tactful shows where it broke; imports refuse oversize files and ask before
 * replacing a template the user edited; saving settings does not undo a code of conduct imported meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, readStore, SCREENSHOTS, type Harness } from './harness';
import { seriousViolations } from './axe';
import { act } from './samples';
import { highlightedItem } from './platform';
import { waitForMarks } from './ui';

const POST = 'https://x.com/wintergear/status/1860000000000000000';
const TROLL = '1860000000000000001';
const OTHER = '1860000000000000005';

const guideFile = (over: Record<string, unknown>) => ({
  name: 'pack.json', mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'tactful-guide', schemaVersion: 1, templates: [], sources: [], ...over })),
});

describe('evidence log and guide safety nets', () => {
  let h: Harness;
  let page: Page;
  let panel: Page;
  const card = (id: string) => panel.locator(`li.card[data-comment="${id}"]`);
  const evidence = () => readStore(panel, 'evidence');
  const tab = async (name: string) => {
    await panel.getByRole('tab', { name }).click();
    await panel.locator('#view > *').first().waitFor();
  };

  beforeAll(async () => {
    h = await launch({ [POST]: 'x/thread.html' }); // its page script opens X's caret menus
    page = await h.open(POST);
    await waitForMarks(page, 4);
    panel = await h.openPanel(page);
    await panel.setViewportSize({ width: 380, height: 900 });
    await panel.getByRole('radio', { name: /^All/ }).click();
    await card(TROLL).waitFor();
  });
  afterAll(async () => h?.close());

  it('opens the platform\'s menu even when the evidence cannot be saved, says what to delete, and saves it on retry', async () => {
    // The next evidence write fails as a full disk would.
    await panel.evaluate(() => {
      const add = IDBObjectStore.prototype.add;
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
        if (this.name !== 'evidence') return add.apply(this, args);
        IDBObjectStore.prototype.add = add;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await act(card(TROLL), /^Report/);
    const alert = panel.getByRole('alert').filter({ hasText: 'Not saved to the evidence log' });
    await expect.poll(() => alert.textContent()).toContain("the browser's storage for Tactful is full");
    expect(await alert.textContent()).toContain('Stored now: 0 evidence records');
    // The platform's menu opened anyway, and the decision itself is logged.
    await expect.poll(() => panel.locator('.notice').textContent(), { timeout: 5_000 }).toBe("The platform's menu is open: confirm there yourself.");
    await expect.poll(() => highlightedItem(page)).toMatch(/report/i);
    expect(await evidence()).toEqual([]);
    expect((await readStore(panel, 'responses')).find((r) => r.commentId === TROLL)?.action).toBe('report');

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(async () => (await evidence()).map((e) => e.commentId)).toEqual([TROLL]);
    await expect.poll(() => alert.count()).toBe(0);
    expect(await panel.locator('.notice').textContent()).toBe('Saved to the evidence log.');
    await page.keyboard.press('Escape');
  });

  it('shows the chain intact, deletes only after confirmation, and keeps a note of the deletion', async () => {
    await act(card(OTHER), /^Mute/);
    await expect.poll(async () => (await evidence()).length).toBe(2);
    await tab('Evidence');
    expect(await panel.locator('.chain').textContent()).toMatch(/^Chain intact: 2 records, head [0-9a-f]{12}…$/);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.screenshot({ path: join(SCREENSHOTS, 'panel-evidence.png'), fullPage: true });

    const troll = panel.locator(`li[data-evidence="${TROLL}"]`);
    await troll.getByRole('button', { name: 'Delete…' }).click();
    expect(await troll.getByRole('alert').textContent()).toContain('Delete #1 for good?');
    expect(await evidence()).toHaveLength(2); // nothing happens before the confirmation
    await troll.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => troll.count()).toBe(0);
    expect(await panel.locator('li.deletion').textContent()).toMatch(/^#3 · #1 deleted by you, /);
    expect(await panel.locator('.chain').textContent()).toMatch(/^Chain intact: 3 records/);
    const stored = await evidence();
    expect(stored.map((e) => e.kind).sort()).toEqual(['comment', 'deletion', 'erased']);
    expect(JSON.stringify(stored)).not.toContain('Mijn bestelling'); // the text is really gone
  });

  it('shows where the chain broke when the log is changed outside Tactful', async () => {
    await panel.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('tactful');
      open.onsuccess = () => {
        const store = open.result.transaction('evidence', 'readwrite').objectStore('evidence');
        const all = store.getAll();
        all.onsuccess = () => {
          const record = (all.result as Array<{ kind: string; seq: number }>).find((r) => r.kind === 'comment')!;
          store.put({ ...record, text: 'I only said hello' }).onsuccess = () => { open.result.close(); resolve(); };
        };
      };
      open.onerror = () => reject(open.error);
    }));
    await tab('Comments');
    await tab('Evidence');
    const broken = panel.getByRole('alert').filter({ hasText: 'Chain broken' });
    expect(await broken.textContent()).toContain('Chain broken at #2: the log was changed outside Tactful.');
    expect(await broken.textContent()).toContain('#2 was changed after it was saved.');
    expect(await panel.locator(`li[data-evidence="${OTHER}"] .late`).textContent()).toBe('does not match its hash');
  });

  it('refuses a guide file over 5 MB, and asks before replacing a template the user edited', async () => {
    await tab('Guide');
    const input = panel.locator('input[type="file"]');
    await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
    const errors = panel.getByRole('alert', { name: 'What is wrong in the file' });
    await expect.poll(() => errors.textContent()).toContain('The file is 6.0 MB; guides of up to 5.0 MB can be imported.');

    const thanks = panel.locator('li[data-template="default-thanks-en"]');
    await thanks.getByRole('button', { name: 'Edit' }).click();
    await panel.getByLabel(/Variants/).fill('Thank you, {name}, that made our day!');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => thanks.textContent()).toContain('edited by you');

    await input.setInputFiles(guideFile({ templates: [{ id: 'default-thanks-en', situation: 'thanks', language: 'en', variants: ['Thanks {name}!'] }] }));
    const ask = panel.getByRole('alert', { name: 'Templates you edited' });
    await expect.poll(() => ask.textContent()).toContain('Nothing was imported yet: the file would replace 1 templates you edited.');
    expect((await readStore(panel, 'templates')).find((t) => t.id === 'default-thanks-en')?.variants).toEqual(['Thank you, {name}, that made our day!']);
    await ask.getByRole('button', { name: 'Keep both' }).click();
    await expect.poll(() => panel.getByRole('status').first().textContent()).toContain('1 you edited were kept beside the file\'s');
    const templates = await readStore(panel, 'templates');
    expect(templates.find((t) => t.id === 'default-thanks-en')?.variants).toEqual(['Thank you, {name}, that made our day!']);
    expect(templates.find((t) => t.id === 'default-thanks-en-imported')?.variants).toEqual(['Thanks {name}!']);
  });

  it('saves only the settings that were changed: a code of conduct imported meanwhile stays', async () => {
    await tab('Settings');
    const other = await h.openPanel(page); // a second panel imports a code of conduct while this form is open
    await other.getByRole('tab', { name: 'Guide' }).click();
    await other.locator('input[type="file"]').setInputFiles(guideFile({ codeOfConduct: { en: 'Imported house rules.' } }));
    await expect.poll(async () => (await readStore(other, 'settings'))[0]?.codeOfConduct).toMatchObject({ en: 'Imported house rules.' });
    await other.close();

    await panel.getByLabel(/Brand name/).fill('Acme');
    await panel.getByLabel(/Keep evidence/).selectOption({ label: '90 days' });
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await readStore(panel, 'settings'))[0]?.brandName).toBe('Acme');
    expect((await readStore(panel, 'settings'))[0]).toMatchObject({ codeOfConduct: { en: 'Imported house rules.' }, evidenceRetentionDays: 90 });
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
