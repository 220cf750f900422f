/** Reply and comment options on Instagram. Never presses Post, never picks an option. */
import type { InsertResult, ModerationKind, ModerationResult } from '../site-adapter';
import { insertVerified } from '../editor';
import { byText, highlight, hover } from '../menu';
import { isVisible, waitFor } from '../wait';
import { IG, IG_LABELS } from './selectors';

const textOf = (el: Element): string => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();

/** Reply is a text button in the comment's row: by label, else the first button without an icon after the time. */
function replyButton(row: Element): HTMLElement | null {
  const buttons = [...row.querySelectorAll<HTMLElement>(IG.button)];
  return buttons.find((b) => IG_LABELS.reply.some((p) => p.test(textOf(b))))
    ?? buttons.find((b) => !b.querySelector('svg, img') && !b.closest(IG.text)) ?? null;
}

export async function insertReply(row: Element, text: string): Promise<InsertResult> {
  const button = replyButton(row);
  if (!button) return { ok: false, reason: 'no-reply-box', detail: 'reply button' };
  button.click();
  const doc = row.ownerDocument;
  const scope = row.closest(IG.dialog) ?? row.closest('main') ?? doc;
  // Instagram may swap the placeholder box for the real one on focus: query again on every probe.
  const editor = await waitFor(() => [...scope.querySelectorAll<HTMLElement>(IG.composer)].find(isVisible));
  if (!editor) return { ok: false, reason: 'no-reply-box' };
  const form = editor.closest('form') ?? editor.parentElement ?? editor;
  const accepted = (): boolean => {
    const buttons = [...form.querySelectorAll(IG.button)];
    const submit = buttons.find((b) => IG_LABELS.submit.some((p) => p.test(textOf(b)))) ?? form.querySelector('[type="submit"]');
    return !!submit && !submit.hasAttribute('disabled') && submit.getAttribute('aria-disabled') !== 'true';
  };
  const field = editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement;
  return insertVerified(editor, text, accepted, field ? ['value', 'execCommand'] : ['beforeinput', 'paste', 'execCommand']);
}

/** The hover-only "…" button: by its localised label, else a button whose icon is three dots (circles only). */
function optionsButton(scope: Element): HTMLElement | null {
  const buttons = [...scope.querySelectorAll<HTMLElement>(IG.button)];
  const labelled = (b: Element): boolean => [b, ...b.querySelectorAll('svg[aria-label]')]
    .some((e) => IG_LABELS.options.some((p) => p.test(e.getAttribute('aria-label') ?? '')));
  const dots = (b: Element): boolean => {
    const svg = b.querySelector('svg');
    return !!svg && svg.querySelectorAll('circle').length === 3 && !svg.querySelector('path');
  };
  return buttons.find(labelled) ?? buttons.find(dots) ?? null;
}

export async function openModeration(row: Element, kind: ModerationKind): Promise<ModerationResult> {
  // The options button lives beside the row (with the Like heart), revealed on hover.
  let trigger: HTMLElement | null = null;
  for (let el: Element | null = row, i = 0; el && !trigger && i < 3; el = el.parentElement, i++) {
    hover(el);
    trigger = optionsButton(el);
  }
  if (!trigger) return { ok: false, reason: 'no-menu' };
  trigger.click();
  const doc = row.ownerDocument;
  const sheet = await waitFor(() => [...doc.querySelectorAll(IG.dialog)].reverse()
    .find((d) => !d.contains(row) && isVisible(d) && d.querySelector(IG.button)));
  if (!sheet) return { ok: false, reason: 'no-menu' };
  const item = byText(sheet.querySelectorAll(IG.button), IG_LABELS.items[kind]);
  return item ? highlight(item) : { ok: true, highlighted: false };
}
