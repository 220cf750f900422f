/** Writing a reply and opening the "More" menu on X. Never presses Reply/Post, never confirms a menu item. */
import type { InsertResult, ModerationKind, ModerationResult } from '../site-adapter';
import { insertVerified } from '../editor';
import { byText, highlight } from '../menu';
import { isVisible, waitFor } from '../wait';
import { X } from './selectors';
import { own, ownTime } from './own';

export async function insertReply(el: Element, text: string): Promise<InsertResult> {
  const isFocused = el.getAttribute('tabindex') === '-1';
  if (!isFocused) (own(el, X.replyButton) as HTMLElement | null)?.click();
  // The focused post has an inline composer; any other reply button opens a modal composer in #layers.
  const editor = await waitFor(() =>
    [...el.ownerDocument.querySelectorAll<HTMLElement>(X.composer)]
      .filter(isVisible)
      .find((e) => isFocused ? !e.closest('#layers') : !!e.closest('#layers')));
  if (!editor) return { ok: false, reason: 'no-reply-box' };
  const scope = editor.closest('#layers') ?? el.ownerDocument;
  const submitEnabled = (): boolean =>
    [...scope.querySelectorAll(X.submit)].some((b) => isVisible(b) && b.getAttribute('aria-disabled') !== 'true');
  return insertVerified(editor, text, submitEnabled);
}

/** "Mute @handle" and "Mute this conversation" share an icon; only the user item names the @handle. */
function muteItem(menu: Element, handle: string): Element | null {
  const withIcon = [...menu.querySelectorAll(X.menuItem)].filter((i) => i.querySelector(X.muteIconPath));
  return byText(withIcon, [new RegExp(`@${handle}\\b`, 'i')]);
}

export async function openModeration(el: Element, kind: ModerationKind): Promise<ModerationResult> {
  const caret = own(el, X.caret) as HTMLElement | null;
  if (!caret) return { ok: false, reason: 'no-menu' };
  caret.click();
  // The menu is hydrated asynchronously: wait for an item, not just the container (CPFT).
  const menu = await waitFor(() => el.ownerDocument.querySelector(X.menu)?.querySelector(X.menuItem)?.closest(X.menu));
  if (!menu) return { ok: false, reason: 'no-menu' };
  const handle = /^\/(\w+)\/status\//.exec(ownTime(el)?.parentElement?.getAttribute('href') ?? '')?.[1] ?? '';
  // X has no per-reply "hide" item with a stable hook (only the post owner sees "Hide reply"): the menu stays open.
  const item = kind === 'block' ? menu.querySelector(X.blockItem)
    : kind === 'report' ? menu.querySelector(X.reportItem)
    : kind === 'mute' ? muteItem(menu, handle)
    : null;
  return item ? highlight(item) : { ok: true, highlighted: false };
}
