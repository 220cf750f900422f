/**
 * The in-page code that reads Tactful's marks as the extension sees them, shared by the Chromium tests (ui.ts,
 * evaluated over CDP in Tactful's own content-script world) and the Firefox tests (evaluated in the test probe
 * add-on's content-script world). Tactful's hosts have closed shadow roots and no attributes, so only extension
 * code can open them: `rootOf` is how a browser lets it — Chromium's `chrome.dom.openOrClosedShadowRoot(el)`,
 * Firefox's `el.openOrClosedShadowRoot` (a property there, given to content scripts only).
 */

export interface Box { x: number; y: number; width: number; height: number }

export interface MarkView {
  /** The comment the host sits in, by the platform's id in the surrounding markup (status, comment_id, /c/<id>/). */
  id: string | null;
  action: string;
  reasons: string;
  veiled: boolean;
  summary: string | null;
  veil: Box | null;
  button: Box | null;
}

/** Declares `rootOf`, `hosts()` (Tactful's hosts in document order), `box(el)` and `idAround(el)` (the comment id around a node). */
export const marksPrelude = (rootOf: string): string => `
const rootOf = ${rootOf};
const hosts = () => [...document.querySelectorAll("*")].filter((el) => el instanceof HTMLElement && rootOf(el) && rootOf(el).querySelector('.badge'));
const box = (el) => { if (!el) return null; const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
const idAround = (el) => {
  const x = el.closest('article')?.querySelector('a[href*="/status/"] > time')?.parentElement.getAttribute('href');
  if (x) return /\\/status\\/(\\d+)/.exec(x)[1];
  const fb = el.closest('[role="article"]');
  if (fb) {
    const own = [...fb.querySelectorAll('a[href*="comment_id="]')].filter((a) => a.closest('[role="article"]') === fb).map((a) => a.getAttribute('href'));
    for (const h of own) { const m = /reply_comment_id=(\\d+)/.exec(h) || /[?&]comment_id=(\\d+)/.exec(h); if (m) return m[1]; }
    return null;
  }
  for (let up = el; up; up = up.parentElement) {
    const t = up.querySelector('a[href*="/c/"] > time');
    if (t) return /\\/c\\/(\\d+)/.exec(t.parentElement.getAttribute('href'))[1];
  }
  return null;
};`;

/** An expression whose value is every mark on the page as a `MarkView`, in document order. */
export const marksExpression = (rootOf: string): string => `(() => { ${marksPrelude(rootOf)}
  return hosts().map((h) => {
    const root = rootOf(h), badge = root.querySelector('.badge'), veil = root.querySelector('.veil');
    return { id: idAround(h), action: badge.textContent, reasons: badge.title, veiled: !!veil && veil.style.display !== 'none',
      summary: veil ? veil.firstElementChild.textContent : null, veil: box(veil), button: box(veil && veil.querySelector('button')) };
  }); })()`;
