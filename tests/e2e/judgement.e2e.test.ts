/**
 * The judgement as a person meets it: on a real page, three comments whose right action a word list gets wrong —
 * a threat inside a complaint, spam dressed as an offer, sarcasm about nothing — each shown with its action and
 * the words that decided it, on the page's badge and on the panel's card, in English (X) and Dutch (Instagram);
 * and a comment the model is torn about, shown with its second choice beside the first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, launch, type Harness } from './harness';
import { markOf, waitForMarks } from './ui';

const X_POST = 'https://x.com/acmeshop/status/1850000000000000001';
const IG_POST = 'https://www.instagram.com/p/DWinter123/';

interface Case { id: string; action: RegExp; kind: RegExp; text: string }

/** The words a reason line quotes: "threat: 'I know where…' · link" → ["I know where…"]. */
const quotes = (line: string | null): string[] =>
  (line ?? '').split(' · ').flatMap((part) => /: '(.+)'$/u.exec(part.trim())?.[1] ?? []);

/** A fixture with some comments' words replaced, markup untouched. */
function rewritten(fixture: string, swaps: Array<[string, string]>): { html: string } {
  let html = readFileSync(join(FIXTURES, fixture), 'utf8');
  for (const [from, to] of swaps) {
    if (!html.includes(from)) throw new Error(`${fixture} has no "${from}"`);
    html = html.replace(from, to);
  }
  return { html };
}

const TORN = 'your livechat bot has sent me to the same FAQ page 6 times now';
const X_PAGE = rewritten('x/conversation.html', [
  ["My order #4411 still hasn't arrived after 3 weeks and support never answers. I want a refund.",
    'My order #4411 never arrived and nobody answers. I know where your manager lives, keep ignoring me and see what happens.'],
  ['Dank je wel, de levering was super snel. Top service!', 'DM me for free followers!!! 10k in 24h 👉 growfast.shop'],
  // Torn between a report and an apology: the second choice is offered beside the first.
  ['WHAT A JOKE OF A COMPANY, you clowns are idiots <img alt="🤡" src="data:,">', TORN],
  ['Everyone knows these jackets are fake leather, they never tell you that. <a href="https://t.co/abc" rel="noopener">example.com/proof</a>',
    'Wow, another groundbreaking post from the most innovative company on earth 🙄 truly inspiring'],
]);

const IG_PAGE = rewritten('instagram/post.html', [
  ['المعطف رائع', 'Mijn bestelling 4411 is nog steeds niet binnen. Ik weet waar jullie filiaalmanager woont, wacht maar af.'],
  ['Love it ❤️ <a role="link" href="/explore/tags/winter/" tabindex="0">#winter</a> see https://review.example/jas',
    'Gratis volgers? Stuur me een DM!! 10k in 24 uur 👉 growfast.shop'],
  ['The zipper broke after one week and honestly the whole coat feels cheaper than last year, I expected much more for this price and the<span>… <span role="button" tabindex="0">more</span></span>',
    'Wauw, weer zo\'n baanbrekende post van het meest innovatieve bedrijf ter wereld 🙄'],
]);

const CASES: Record<string, { url: string; marks: number; cases: Case[] }> = {
  'English on X': { url: X_POST, marks: 4, cases: [
    { id: '1850000000000000002', action: /^Report$/, kind: /threat/, text: 'My order #4411 never arrived and nobody answers. I know where your manager lives, keep ignoring me and see what happens.' },
    { id: '1850000000000000004', action: /^Mute$/, kind: /spam or scam/, text: 'DM me for free followers!!! 10k in 24h 👉 growfast.shop' },
    { id: '1850000000000000005', action: /^Ignore$/, kind: /provocation/, text: 'Wow, another groundbreaking post from the most innovative company on earth 🙄 truly inspiring' },
  ] },
  'Dutch on Instagram': { url: IG_POST, marks: 5, cases: [
    { id: '17900000000000006', action: /^Report$/, kind: /threat/, text: 'Mijn bestelling 4411 is nog steeds niet binnen. Ik weet waar jullie filiaalmanager woont, wacht maar af.' },
    { id: '17900000000000005', action: /^Mute$/, kind: /spam or scam/, text: 'Gratis volgers? Stuur me een DM!! 10k in 24 uur 👉 growfast.shop' },
    { id: '17900000000000004', action: /^Ignore$/, kind: /provocation/, text: 'Wauw, weer zo\'n baanbrekende post van het meest innovatieve bedrijf ter wereld 🙄' },
  ] },
};

describe('the judgement on the page and in the panel', () => {
  let h: Harness;
  beforeAll(async () => { h = await launch({ [X_POST]: X_PAGE, [IG_POST]: IG_PAGE }); });
  afterAll(async () => h?.close());

  for (const [name, { url, marks, cases }] of Object.entries(CASES)) {
    describe(name, () => {
      let page: Page;
      let panel: Page;
      beforeAll(async () => {
        page = await h.open(url);
        await waitForMarks(page, marks);
        panel = await h.openPanel(page);
        // None of these needs a reply, so the desk may open on an empty queue: all of them are under "All".
        await panel.getByRole('radio', { name: /^All/ }).click();
        await panel.locator('li.card').first().waitFor();
      });

      for (const c of cases) {
        it(`${c.kind.source} → ${c.action.source.replace(/[$^]/g, '')}, with the words that decided it`, async () => {
          // The badge beside the comment on the page: the action, and the reasons as its tooltip.
          await expect.poll(async () => (await markOf(page, c.id))?.action).toMatch(c.action);
          const mark = (await markOf(page, c.id))!;
          expect(mark.reasons).toMatch(c.kind);

          // The card: the recommended action is the primary button; the reasons quote the comment as written
          // (a threat's words only once the user chooses to read the veiled text).
          const card = panel.locator(`li.card[data-comment="${c.id}"]`);
          expect((await card.locator('.actions button.primary').textContent())?.trim()).toMatch(c.action);
          const why = card.locator('.why');
          expect(await why.textContent()).toMatch(c.kind);
          const show = card.getByRole('button', { name: 'Show', exact: true });
          if (await show.count()) {
            expect(quotes(await why.textContent())).toEqual([]); // hidden text: no words quoted from it
            await show.click();
          }
          await expect.poll(async () => quotes(await why.textContent()).length).toBeGreaterThan(0);
          // Every quote is the comment's own words, as written (not the normalised text).
          for (const q of quotes(await why.textContent())) expect(c.text).toContain(q);
          if (!mark.veiled) for (const q of quotes(mark.reasons)) expect(c.text).toContain(q);
        });
      }

      if (url === X_POST) {
        it('a comment the model is torn about: its second choice offered beside the first, with its own words', async () => {
          const id = '1850000000000000003';
          const card = panel.locator(`li.card[data-comment="${id}"]`);
          const first = (await card.locator('.actions button.primary').textContent())?.trim();
          const second = card.locator('.actions button.second');
          expect(await second.isVisible()).toBe(true);
          // One of the two is the report, the other the apology; neither is repeated in the menu.
          expect([first, (await second.textContent())?.trim()].sort()).toEqual(['Apologise', 'Report']);
          const line = card.locator('.second-choice');
          expect(await line.isVisible()).toBe(true);
          expect(await line.textContent()).toContain(`Or perhaps: ${(await second.textContent())?.trim()}.`);
          for (const q of quotes(await line.locator('span').textContent())) expect(TORN).toContain(q);
          expect(quotes(await line.locator('span').textContent()).length).toBeGreaterThan(0);
          await card.locator('.actions button.more').click();
          expect(await card.locator('[role="menuitem"]').allTextContents()).not.toContain((await second.textContent())?.trim());
          await panel.keyboard.press('Escape');
          // The page's badge says it too, in its tooltip.
          expect((await markOf(page, id))?.reasons).toContain('Or perhaps:');
        });
      }
    });
  }
});
