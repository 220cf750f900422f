/**
 * A tour of Tactful as a social media manager meets it, on the three sample threads dressed as their
 * platforms: the X page with its badges and the veiled abusive comment, the reply desk's queue at 380 px, a draft
 * filled in from the comment and the manager's fields, and that draft in the platform's own reply box. Used by
 * `npm run demo` (headless), `npm run screenshots` (the README's images) and the tour's browser test, which all
 * see the same thing. Every step checks what it shows, so a broken screen fails instead of being pictured.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dressedPages } from './dress';
import { launch, type Harness } from './harness';
import { act, fillGaps, GAP, IN_REPLY_BOX, replyBoxTexts, SAMPLES, type Sample } from './samples';
import { waitForMarks, waitForVeil } from './ui';

export type Shot = 'veiled' | 'queue' | 'draft' | 'reply' | 'guide' | 'facebook-page' | 'instagram-page';
export interface TourOptions {
  out: string;
  locale: 'en-US' | 'nl';
  colorScheme: 'light' | 'dark';
  /** The thread whose queue, draft and reply are shown: X (English comments) or Facebook (Dutch ones). */
  thread: 'x' | 'facebook';
  shots: readonly Shot[];
  /** File name for a shot, e.g. `panel-draft-en-light.png`. */
  file(shot: Shot): string;
}

export const PANEL_WIDTH = 380;
const PAGE_VIEWPORT = { width: 700, height: 900 };

async function fail(what: string): Promise<never> {
  throw new Error(`tour: ${what}`);
}

/** Nothing in the panel sticks out sideways (the narrow test checks 320 px; the pictures are taken at 380). */
async function checkNoOverflow(panel: Page): Promise<void> {
  const wide = await panel.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length);
  if (wide) await fail(`${wide} elements wider than the ${PANEL_WIDTH} px panel`);
}

async function openSample(h: Harness, sample: Sample): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize(PAGE_VIEWPORT);
  await page.goto(sample.url);
  await waitForMarks(page, 1);
  return page;
}

/** Runs the tour and writes the requested shots; returns the files written and the network requests attempted. */
export async function tour(o: TourOptions): Promise<{ files: string[]; external: string[] }> {
  const h = await launch(dressedPages(SAMPLES), { locale: o.locale, colorScheme: o.colorScheme });
  const files: string[] = [];
  const shoot = async (target: Page, shot: Shot, whole = false) => {
    if (!o.shots.includes(shot)) return;
    const path = join(o.out, o.file(shot));
    // The whole panel in view rather than a full-page capture: cards off screen skip rendering (content-visibility).
    const viewport = target.viewportSize()!;
    if (whole) await target.setViewportSize({ ...viewport, height: await target.evaluate(() => document.documentElement.scrollHeight) });
    await target.waitForTimeout(100);
    await target.screenshot({ path });
    if (whole) await target.setViewportSize(viewport);
    files.push(path);
  };
  try {
    const [x, facebook, instagram] = SAMPLES as [Sample, Sample, Sample];
    const xPage = await openSample(h, x);
    // The abusive reply is veiled on load (the shield's default level): the page as the manager first sees it.
    await waitForVeil(xPage).catch(() => fail('nothing veiled on the X sample'));
    await xPage.waitForTimeout(300); // the dressed page's pictures settle; the veil follows its comment's layout
    await shoot(xPage, 'veiled');

    const sample = o.thread === 'x' ? x : facebook;
    const page = sample === x ? xPage : await openSample(h, sample);
    const panel = await h.openPanel(page);
    await panel.setViewportSize({ width: PANEL_WIDTH, height: 760 });
    await panel.locator('li.card').first().waitFor();
    // Every comment, by need: the harassment veiled in the panel too, the troll marked not worth answering.
    await panel.getByRole('radio').last().click();
    await checkNoOverflow(panel);
    await shoot(panel, 'queue', true);

    // The top complaint's recommended reply, with the facts of the comment filled in and the manager's fields typed
    // (taken from every comment: on the Facebook sample the shop already answered Kees, so his complaint has left
    // "needs a reply", and the draft is a second reply to him).
    const card = panel.locator('li.card[data-need="complaint"]').first();
    await act(card, /^(Apologise|Excuses)$/);
    const draft = card.locator('.draft > textarea');
    await draft.waitFor();
    await fillGaps(card);
    const text = await draft.inputValue();
    if (!text || GAP.test(text)) await fail(`draft not filled: ${text}`);
    await panel.locator('header h1').click(); // the filled draft as it rests, not with a field focused
    await panel.waitForTimeout(400); // the BIFF check asks the worker for the draft's tone
    await checkNoOverflow(panel);
    await shoot(panel, 'draft', true);

    await card.locator('.draft button.primary').click();
    await card.locator('.draft .status').filter({ hasText: IN_REPLY_BOX }).waitFor();
    const shown = await replyBoxTexts(page, sample);
    if (!shown.some((s) => s.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ').trim()))) await fail(`the reply is not in ${sample.name}'s box`);
    await page.bringToFront();
    await shoot(page, 'reply');

    // The communication guide: the starter templates by situation and language, and the sources to cite.
    if (o.shots.includes('guide')) {
      await panel.getByRole('tab').nth(1).click();
      await panel.locator('#view > *').first().waitFor();
      await checkNoOverflow(panel);
      await shoot(panel, 'guide');
    }

    for (const [other, shot] of [[facebook, 'facebook-page'], [instagram, 'instagram-page']] as const) {
      if (!o.shots.includes(shot) || other === sample) continue;
      const otherPage = await openSample(h, other);
      await otherPage.waitForTimeout(300);
      await shoot(otherPage, shot);
    }
    return { files, external: [...h.external] };
  } finally {
    await h.close();
  }
}
