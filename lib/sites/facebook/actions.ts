/** Reply and moderation on Facebook. Never presses Enter or the submit button, never picks a menu item. */
import type { InsertResult, ModerationKind, ModerationResult } from '../site-adapter';
import { insertVerified } from '../editor';
import { byText, highlight, hover } from '../menu';
import { isVisible, waitFor } from '../wait';
import { FB, FB_LABELS } from './selectors';
import { own, threadOf } from './structure';
import { partsOf } from './parts';

const label = (el: Element): string => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
const matchesAny = (el: Element, patterns: readonly RegExp[]): boolean => patterns.some((p) => p.test(label(el)));
const after = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/**
 * The comment's own Reply button, by structure and role: a role=button with words in the comment's own action row
 * that is neither a menu (aria-haspopup), a toggle (aria-pressed) nor a count or icon. The label picks it among
 * those candidates; a lone candidate is it. Never the n-th button: Like sits beside Reply and must never be pressed.
 */
function replyButton(article: Element): HTMLElement | null {
  const { row } = partsOf(article);
  if (!row) return null;
  const candidates = [...row.querySelectorAll<HTMLElement>(FB.button)].filter((b) => b.closest(FB.article) === article
    && !b.hasAttribute('aria-haspopup') && !b.hasAttribute('aria-pressed') && !b.querySelector('img, svg, i')
    && (b.textContent ?? '').trim());
  return candidates.find((b) => matchesAny(b, FB_LABELS.reply)) ?? (candidates.length === 1 ? candidates[0]! : null);
}

export async function insertReply(article: Element, text: string): Promise<InsertResult> {
  const button = replyButton(article);
  if (!button) return { ok: false, reason: 'no-reply-box', detail: 'reply button not recognised' };
  button.click();
  // Reply mounts a composer below the comment, inside the same thread (Messenger boxes elsewhere must not match).
  const thread = threadOf(article);
  const scope = thread.closest(FB.dialog) ?? thread;
  const editor = await waitFor(() => [...scope.querySelectorAll<HTMLElement>(FB.composer)]
    .find((e) => isVisible(e) && after(article, e)));
  if (!editor) return { ok: false, reason: 'no-reply-box' };
  const box = editor.closest('form') ?? editor.parentElement?.parentElement ?? editor;
  const accepted = (): boolean => {
    const submit = [...box.querySelectorAll(FB.button)].find((b) => matchesAny(b, FB_LABELS.submit));
    // Some layouts submit on Enter only; then the text in Lexical's own blocks is the evidence.
    return !submit || submit.getAttribute('aria-disabled') !== 'true';
  };
  return insertVerified(editor, text, accepted, ['beforeinput', 'paste', 'execCommand']);
}

/** The comment's "…" button: its own role=button that opens a menu (older layouts: by label). */
function menuTrigger(article: Element): HTMLElement | null {
  const buttons = own<HTMLElement>(article, FB.button);
  return buttons.find((b) => b.matches(FB.menuButton)) ?? buttons.find((b) => matchesAny(b, FB_LABELS.menuButton)) ?? null;
}

export async function openModeration(article: Element, kind: ModerationKind): Promise<ModerationResult> {
  hover(article);
  const trigger = menuTrigger(article);
  if (!trigger) return { ok: false, reason: 'no-menu' };
  trigger.click();
  const menu = await waitFor(() => [...article.ownerDocument.querySelectorAll(FB.menu)].find((m) => isVisible(m) && m.querySelector(FB.menuItem)));
  if (!menu) return { ok: false, reason: 'no-menu' };
  const item = byText(menu.querySelectorAll(FB.menuItem), FB_LABELS.items[kind]);
  return item ? highlight(item) : { ok: true, highlighted: false };
}
