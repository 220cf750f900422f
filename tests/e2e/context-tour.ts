/**
 * The context tour, for the README's walk-through (`npm run screenshots`) and its browser test: a repeat offender
 * (three provocations ignored across two threads, the fourth recommended mute with the pattern, on the card and the
 * page's badge) and a wave (the same claim from seven accounts across two threads, one card), in the panel at 380 px.
 * Every step checks what it shows, so a broken screen fails instead of being pictured.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { dress } from './dress';
import { launch, type Harness, type Pages } from './harness';
import { act } from './samples';
import { CONTEXT_PAGES, REPEAT, WAVE } from './context-pages';
import { PANEL_WIDTH } from './tour';
import { markOf, waitForMarks } from './ui';

export type ContextShot = 'repeat-offender' | 'wave' | 'people';
export interface ContextTourOptions {
  out: string;
  locale: 'en-US' | 'nl';
  colorScheme: 'light' | 'dark';
  shots: readonly ContextShot[];
  file(shot: ContextShot): string;
}

const IGNORE = /^(Ignore|Negeren)$/;
const fail = (what: string): never => { throw new Error(`context tour: ${what}`); };

/** The context pages dressed as X (presentation only: the markup the adapter reads is unchanged). */
const dressed = (): Pages => Object.fromEntries(Object.entries(CONTEXT_PAGES).map(([url, page]) => [url, typeof page === 'string' ? page : { html: dress(page.html, 'x') }]));

async function desk(h: Harness, url: string): Promise<{ page: Page; panel: Page }> {
  const page = h.context.pages().find((p) => p.url() === url) ?? await h.open(url);
  await page.setViewportSize({ width: 700, height: 900 });
  await waitForMarks(page);
  const panel = await h.openPanel(page);
  await panel.setViewportSize({ width: PANEL_WIDTH, height: 760 });
  await panel.getByRole('radio').last().click(); // All / Alles
  await panel.locator('li.card').first().waitFor();
  return { page, panel };
}
const card = (panel: Page, id: string): Locator => panel.locator(`li.card[data-comment="${id}"]`);

export async function contextTour(o: ContextTourOptions): Promise<{ files: string[]; external: string[] }> {
  const h = await launch(dressed(), { locale: o.locale, colorScheme: o.colorScheme });
  const files: string[] = [];
  const shoot = async (target: Page, shot: ContextShot) => {
    if (!o.shots.includes(shot)) return;
    await target.waitForTimeout(300); // badges fade in
    const path = join(o.out, o.file(shot));
    await target.screenshot({ path });
    files.push(path);
  };
  try {
    // Three provocations from @trollface99 ignored, on two threads.
    for (const [url, ids] of [[REPEAT.first, REPEAT.provocations.slice(0, 2)], [REPEAT.second, REPEAT.provocations.slice(2, 3)]] as const) {
      const { panel } = await desk(h, url);
      for (const id of ids) {
        await act(card(panel, id), IGNORE);
        await panel.locator(`li.card.handled[data-comment="${id}"]`).waitFor();
      }
      await panel.close();
    }
    // The fourth, on a third thread: a mute, because of the pattern.
    const third = await desk(h, REPEAT.third);
    const troll = card(third.panel, REPEAT.provocations[3]!);
    await troll.locator('button.primary[data-action="mute"]').waitFor({ timeout: 5_000 }).catch(() => fail('the fourth provocation is not a mute'));
    if (!(await troll.locator('[data-context="person"]').textContent())?.match(/^4/)) fail('no pattern on the card');
    const badge = (await markOf(third.page, REPEAT.provocations[3]!))?.action;
    if (badge !== (o.locale === 'nl' ? 'Dempen' : 'Mute')) fail(`the page badge says ${badge}, not mute`);
    await shoot(third.panel, 'repeat-offender');
    if (o.shots.includes('people')) {
      await third.panel.getByRole('tab').nth(3).click();
      await third.panel.locator('li[data-person]').first().waitFor();
      await shoot(third.panel, 'people');
    }

    // The rumour: five accounts on one thread, two more on another; the first thread's card counts all seven.
    await desk(h, WAVE.first);
    await desk(h, WAVE.second);
    const { panel } = await desk(h, WAVE.first);
    const rumour = card(panel, WAVE.rumourFirst[0]!);
    await rumour.locator('[data-context="wave"] strong').filter({ hasText: /^7 / }).waitFor({ timeout: 5_000 }).catch(() => fail('the wave does not count 7 accounts'));
    if ((await panel.locator('li.card').count()) !== 3) fail('the wave is not one card');
    await panel.getByRole('radio').first().click(); // Needs a reply: the wave is one reply among the others
    await rumour.locator('summary').click();
    await shoot(panel, 'wave');
    return { files, external: [...h.external] };
  } finally {
    await h.close();
  }
}
