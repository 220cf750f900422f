/** Reply and moderation on Facebook. Never presses Enter or the submit button, never picks a menu item. */
import type { InsertResult, ModerationKind, ModerationResult } from '../site-adapter';
import { insertVerified } from '../editor';
import { byText, highlight, hover } from '../menu';
import { isVisible, waitFor } from '../wait';
import { FB, FB_LABELS } from './selectors';
import { commentLinks, own, postOf } from './read';

const label = (el: Element): string => el.getAttribute('aria-label') ?? el.textContent ?? '';
const matchesAny = (el: Element, patterns: readonly RegExp[]): boolean => patterns.some((p) => p.test(label(el).trim()));
const after = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** The comment's own Reply button: by label, else the second action of the row that holds the time link (Like · Reply). */
function replyButton(article: Element): HTMLElement | null {
  const buttons = own<HTMLElement>(article, FB.button);
  const named = buttons.find((b) => matchesAny(b, FB_LABELS.reply));
  if (named) return named;
  const row = commentLinks(article).at(-1)?.closest('ul');
  return row ? [...row.querySelectorAll<HTMLElement>(FB.button)][1] ?? null : null;
}

export async function insertReply(article: Element, text: string): Promise<InsertResult> {
  const button = replyButton(article);
  if (!button) return { ok: false, reason: 'no-reply-box', detail: 'reply button' };
  button.click();
  // Reply mounts a composer below the comment, inside the same post (Messenger boxes elsewhere must not match).
  const scope = postOf(article).closest(FB.dialog) ?? postOf(article);
  const editor = await waitFor(() => [...scope.querySelectorAll<HTMLElement>(FB.composer)]
    .find((e) => isVisible(e) && after(article, e)));
  if (!editor) return { ok: false, reason: 'no-reply-box' };
  const box = editor.closest('form') ?? editor.parentElement?.parentElement ?? editor;
  const accepted = (): boolean => {
    const submit = [...box.querySelectorAll(FB.button)].find((b) => matchesAny(b, FB_LABELS.submit));
    // Some layouts submit on Enter only; then the text in Lexical's own blocks is the evidence.
    return !submit || submit.getAttribute('aria-disabled') !== 'true';
  };
  const how = await insertVerified(editor, text, accepted, ['beforeinput', 'paste', 'execCommand']);
  return how ? { ok: true, verified: true } : { ok: false, reason: 'not-accepted' };
}

export async function openModeration(article: Element, kind: ModerationKind): Promise<ModerationResult> {
  hover(article);
  const buttons = own<HTMLElement>(article, FB.button);
  const trigger = buttons.find((b) => b.matches(FB.menuButton)) ?? buttons.find((b) => matchesAny(b, FB_LABELS.menuButton));
  if (!trigger) return { ok: false, reason: 'no-menu' };
  trigger.click();
  const menu = await waitFor(() => [...article.ownerDocument.querySelectorAll(FB.menu)].find((m) => isVisible(m) && m.querySelector(FB.menuItem)));
  if (!menu) return { ok: false, reason: 'no-menu' };
  const item = byText(menu.querySelectorAll(FB.menuItem), FB_LABELS.items[kind]);
  return item ? highlight(item) : { ok: true, highlighted: false };
}
