/** Shared steps for reaching a platform's own moderation menu. The user confirms; Tactful never clicks an item. */
import type { ModerationResult } from './site-adapter';

/**
 * Marks the native menu item for the user: focus plus an outline, which draws outside the box and moves nothing.
 * No attribute names Tactful or the choice: the page sees only its own item focused.
 */
export function highlight(item: Element): ModerationResult {
  const el = item as HTMLElement;
  el.style.setProperty('outline', '3px solid #f59e0b', 'important');
  el.style.setProperty('outline-offset', '-3px', 'important');
  if (!el.hasAttribute('tabindex') && !/^(A|BUTTON)$/.test(el.tagName)) el.tabIndex = -1;
  el.focus({ preventScroll: false });
  return { ok: true, highlighted: true };
}

/** The first candidate whose visible text matches one of the (localised) patterns. */
export function byText(candidates: Iterable<Element>, patterns: readonly RegExp[]): Element | null {
  for (const el of candidates) {
    const text = (el.textContent ?? '').trim();
    if (patterns.some((p) => p.test(text))) return el;
  }
  return null;
}

/** Platforms reveal per-comment menu buttons on hover; a synthetic hover makes them render where they are lazy. */
export function hover(el: Element): void {
  for (const type of ['pointerover', 'mouseover', 'mouseenter', 'pointermove']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: type !== 'mouseenter', view: el.ownerDocument.defaultView }));
  }
}
