/**
 * Briefly outlines a comment the user picked in the panel. Outline never affects layout; the old value returns.
 * Which comment is outlined is remembered here, never in an attribute the page could read.
 */
const picked = new WeakSet<Element>();

export function highlight(el: Element, ms = 2_000): void {
  const style = (el as HTMLElement).style;
  if (!style || picked.has(el)) return;
  const before = [style.outline, style.outlineOffset];
  picked.add(el);
  style.outline = '3px solid #0b57d0';
  style.outlineOffset = '2px';
  setTimeout(() => {
    [style.outline, style.outlineOffset] = before as [string, string];
    picked.delete(el);
  }, ms);
}
