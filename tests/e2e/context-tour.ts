/**
 * The context tour, for the README's walk-through (`npm run screenshots`) and its browser test: a repeat offender
 * (three provocations ignored across two threads, the fourth recommended mute with the pattern, on the card and the
 * page's badge) and a wave (the same claim from seven accounts across two threads, one card), in the panel at 380 px.
 * Every step checks what it shows, so a broken screen fails instead of being pictured.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { dress } from './dress';
import { FIXTURES, launch, type Harness, type Pages } from './harness';
import { act, SAMPLES } from './samples';
import { markOf, waitForMarks } from './ui';
import { readFileSync } from 'node:fs';
import { CONTEXT_PAGES, REPEAT, WAVE } from './context-pages';
import { PANEL_WIDTH } from './tour';

export type ContextShot = 'answered-thread' | 'repeat-offender' | 'wave' | 'people';
export interface ContextTourOptions {
  out: string;
  locale: 'en-US' | 'nl';
  colorScheme: 'light' | 'dark';
  shots: readonly ContextShot[];
  file(shot: ContextShot): string;
}

const IGNORE = /^(Ignore|Negeren)$/;
const fail = (what: string): never => { throw new Error(`context tour: ${what}`); };

/** The Facebook sample, where the brand already answered Kees and he followed up with his order number. */
const KEES = SAMPLES.find((s) => s.platform === 'facebook')!;

/** The context pages dressed as X and the Facebook sample as Facebook (presentation only: the markup the adapter
 * reads is unchanged). */
const dressed = (): Pages => ({
  ...Object.fromEntries(Object.entries(CONTEXT_PAGES).map(([url, page]) => [url, typeof page === 'string' ? page : { html: dress(page.html, 'x') }])),
  [KEES.url]: { html: dress(readFileSync(join(FIXTURES, KEES.fixture), 'utf8'), 'facebook') },
});

async function desk(h: Harness, url: string): Promise<{ page: Page; panel: Page }> {
  const page = h.context.pages().find((p) => p.url() === url) ?? await h.open(url);
  await page.setViewportSize({ width: 700, height: 900 });
  await waitForMarks(page, 1);
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
    // The answered thread: Kees's complaint is answered on the page, his follow-up waits under the brand's question.
    if (o.shots.includes('answered-thread')) {
      const { panel } = await desk(h, KEES.url);
      await panel.getByRole('radio').first().click(); // Needs a reply
      const followUp = card(panel, '5003');
      await followUp.locator('[data-context="follow-up"]').waitFor({ timeout: 5_000 }).catch(() => fail('the follow-up is not shown in its conversation'));
      if (!(await followUp.locator('button.primary[data-action="answer"]').count())) fail('the follow-up is not judged answer');
      if (await card(panel, '5001').count()) fail('the answered complaint is still in needs a reply');
      await shoot(panel, 'answered-thread');
      await panel.close();
    }
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
    if (!/^(Mute|Dempen)$/.test((await markOf(third.page, REPEAT.provocations[3]!))?.action ?? '')) fail('the page badge is not a mute');
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
