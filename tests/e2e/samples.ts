/**
 * The three sample threads (committed fixtures) on their real URLs, with where each platform's own reply box is:
 * shared by the browser tests of the reply desk, the demo and the README's screenshots.
 */
import type { Locator, Page } from 'playwright-core';

export interface Sample {
  platform: 'x' | 'facebook' | 'instagram';
  name: string;
  url: string;
  fixture: string;
  /** The platform's reply editors (Draft.js, Lexical, a textarea). */
  replyBox: string;
}

export const SAMPLES: Sample[] = [
  { platform: 'x', name: 'X', url: 'https://x.com/acmeshop/status/1850000000000000001', fixture: 'x/conversation.html',
    replyBox: '[data-testid^="tweetTextarea_"]' },
  { platform: 'facebook', name: 'Facebook', url: 'https://www.facebook.com/wintergearnl/posts/pfbid0WinterGearPost1',
    fixture: 'facebook/post-nl.html', replyBox: '[data-lexical-editor="true"]' },
  { platform: 'instagram', name: 'Instagram', url: 'https://www.instagram.com/p/DWinter123/', fixture: 'instagram/post.html',
    replyBox: 'main form textarea' },
];

/** What every reply box on the page shows, as the user would read it there. */
export const replyBoxTexts = (page: Page, sample: Sample): Promise<string[]> =>
  page.locator(sample.replyBox).evaluateAll((boxes) =>
    boxes.map((e) => (e instanceof HTMLTextAreaElement ? e.value : (e as HTMLElement).innerText)));

/**
 * A draft's status once it is in the reply box, in English or Dutch: the final word, not "Writing into the reply
 * box…", because the write is checked before it is confirmed.
 */
export const IN_REPLY_BOX = /^(In the reply box|Staat in het antwoordvak)/;

/** A gap a draft must never carry out of the panel: a mark (`[answer?]`) or a raw variable (`{order}`). */
export const GAP = /\[[a-zA-Z]+\?\]|\{[a-zA-Z]+\}/;

/**
 * Runs a card's action as a person does: the primary button when it is that action, the second choice's button when
 * that is it, else from the "More" menu.
 */
export async function act(card: Locator, name: RegExp): Promise<void> {
  const primary = card.locator('.actions button.primary');
  if (name.test((await primary.textContent()) ?? '')) return primary.click(); // waits for the card to render
  const second = card.locator('.actions button.second');
  if ((await second.count()) && name.test((await second.textContent()) ?? '')) return second.click();
  await card.locator('.actions button.more').click();
  await card.getByRole('menuitem', { name }).click();
}

/** What a manager types into a draft's empty fields, per draft language (the field's id ends in its variable). */
const TYPED: Record<'en' | 'nl', Record<string, string>> = {
  en: { agent: 'Sam', brand: 'Acme', timeframe: '2 hours', answer: 'We ship to Belgium within 2 working days.',
    issue: 'the late delivery', order: '4411', product: 'jacket', place: 'Utrecht', name: 'Alex', handle: 'Alex' },
  nl: { agent: 'Sam', brand: 'Acme', timeframe: '2 uur', answer: 'We versturen binnen 2 werkdagen naar België.',
    issue: 'de late levering', order: '4411', product: 'jas', place: 'Utrecht', name: 'Alex', handle: 'Alex' },
};

/** Fills every field the open draft marks as missing, in the draft's own language; returns the variables filled. */
export async function fillGaps(card: Locator): Promise<string[]> {
  const language = (await card.locator('.draft select[id$="-language"]').inputValue()) as 'en' | 'nl';
  const filled: string[] = [];
  for (let i = 0; i < 12; i++) {
    const missing = card.locator('.draft .field [aria-invalid="true"]').first();
    if (!(await missing.count())) break;
    const id = (await missing.getAttribute('id'))!;
    const field = card.locator(`[id="${id}"]`); // by id: once filled, it is no longer [aria-invalid]
    const variable = id.split('-').at(-1)!;
    // fill() ends with a change event, as leaving the field does: a setting (agent, brand) is saved and its field goes.
    await field.fill(TYPED[language][variable]!);
    filled.push(variable);
  }
  return filled;
}
