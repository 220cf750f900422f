/** Briefly outlines a comment the user picked in the panel. Outline never affects layout; the old value returns. */
export function highlight(el: Element, ms = 2_000): void {
  const style = (el as HTMLElement).style;
  if (!style || el.hasAttribute('data-tactful-picked')) return;
  const before = [style.outline, style.outlineOffset];
  el.setAttribute('data-tactful-picked', '');
  style.outline = '3px solid #0b57d0';
  style.outlineOffset = '2px';
  setTimeout(() => {
    [style.outline, style.outlineOffset] = before as [string, string];
    el.removeAttribute('data-tactful-picked');
  }, ms);
}
