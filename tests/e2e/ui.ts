/**
 * Tactful's UI on a page as the extension itself sees it. Its hosts have closed shadow roots and no attributes, so
 * neither the page nor Playwright's locators can look inside; the tests evaluate in the content script's own
 * isolated world (found over CDP), where `chrome.dom.openOrClosedShadowRoot` opens them.
 */
import type { CDPSession, Page } from 'playwright-core';
import { marksExpression, marksPrelude, type Box, type MarkView } from './marks-script';

export type { Box, MarkView } from './marks-script';

/** Chromium opens a closed root for extension code with `chrome.dom.openOrClosedShadowRoot`. */
const ROOT_OF = '(el) => chrome.dom.openOrClosedShadowRoot(el)';

interface Context { id: number; origin: string; auxData?: { frameId?: string; type?: string } }

const sessions = new WeakMap<Page, Promise<{ cdp: CDPSession; contexts: Map<number, Context> }>>();

function session(page: Page) {
  let s = sessions.get(page);
  if (!s) {
    s = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts = new Map<number, Context>();
      cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => contexts.set(e.context.id, e.context));
      cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => contexts.delete(e.executionContextId));
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    sessions.set(page, s);
  }
  return s;
}

/** Evaluates `expression` in the content script's isolated world of the page's main frame. */
export async function inExtensionWorld<T>(page: Page, expression: string): Promise<T> {
  const { cdp, contexts } = await session(page);
  const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  for (let i = 0; i < 50; i++) {
    const ctx = [...contexts.values()].find((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.frameId === frameId);
    if (ctx) {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, returnByValue: true, awaitPromise: true });
      if (r.exceptionDetails) throw new Error(`in the extension's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value as T;
    }
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('no content script world on this page');
}

const PRELUDE = marksPrelude(ROOT_OF);

/** Every badge host on the page in document order, with what it shows. */
export const marksOn = (page: Page): Promise<MarkView[]> => inExtensionWorld(page, marksExpression(ROOT_OF));

/** Ids of the badged comments, in document order. */
export const badged = async (page: Page): Promise<Array<string | null>> => (await marksOn(page)).map((m) => m.id);

/** Shows or hides every host (to compare the page's layout with and without Tactful). */
export function showMarks(page: Page, shown: boolean): Promise<void> {
  return inExtensionWorld(page, `(() => { ${PRELUDE} hosts().forEach((h) => h.style.setProperty('display', ${shown ? "'inline'" : "'none'"}, 'important')); })()`);
}

export interface Cover {
  /** Box of the text (the words given), the veil's box, and what the page hit-tests at the text's centre. */
  text: Box;
  veil: Box | null;
  hitIsVeilHost: boolean;
  /** The same hit test from the page's own world: never the comment's text. */
  pageHitsText: boolean;
  /** The veil's computed background colour (opaque: no alpha below 1). */
  veilBackground: string | null;
}

/** How the comment holding `words` is covered, measured as a person would see it. */
export async function coverOf(page: Page, words: string): Promise<Cover> {
  type Found = Omit<Cover, 'pageHitsText'> & { centre: { x: number; y: number } };
  const found = await inExtensionWorld<Found>(page, `(() => { ${PRELUDE}
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node = null;
    for (let n = walker.nextNode(); n && !node; n = walker.nextNode()) if (n.nodeValue.includes(${JSON.stringify(words)})) node = n;
    if (!node) throw new Error('text not on the page: ' + ${JSON.stringify(words)});
    node.parentElement.scrollIntoView({ block: 'center' }); // hit tests see only the viewport, as a person does
    const range = document.createRange(); range.selectNodeContents(node);
    const text = box(range);
    const centre = { x: text.x + text.width / 2, y: text.y + text.height / 2 };
    const hit = document.elementFromPoint(centre.x, centre.y);
    const host = hosts().find((h) => rootOf(h).querySelector('.veil') && idAround(h) === idAround(node.parentElement));
    const veil = host ? rootOf(host).querySelector('.veil') : null;
    const shown = veil && veil.style.display !== 'none';
    return { text, veil: shown ? box(veil) : null, hitIsVeilHost: !!host && hit === host, centre,
      veilBackground: shown ? getComputedStyle(veil).backgroundColor : null };
  })()`);
  const pageHitsText = await page.evaluate(({ x, y, words: w }) => (document.elementFromPoint(x, y)?.textContent ?? '').includes(w)
    && !!document.elementFromPoint(x, y)?.firstChild, { ...found.centre, words });
  return { text: found.text, veil: found.veil, hitIsVeilHost: found.hitIsVeilHost, pageHitsText, veilBackground: found.veilBackground };
}

/** True when `inner` lies inside `outer`. */
export const inside = (inner: Box, outer: Box | null): boolean => !!outer && inner.x >= outer.x && inner.y >= outer.y
  && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** The box of a veil's "Show" once the page has stopped scrolling (a picked comment scrolls into view smoothly). */
async function showButton(page: Page, id: string): Promise<Box | null> {
  await inExtensionWorld(page, `(() => { ${PRELUDE}
    hosts().find((h) => idAround(h) === ${JSON.stringify(id)})?.parentElement.scrollIntoView({ block: 'center' }); })()`);
  let before: Box | null = null;
  for (let i = 0; i < 30; i++) {
    const now = (await marksOn(page)).find((m) => m.id === id)?.button ?? null;
    if (now && before && now.x === before.x && now.y === before.y) return now;
    before = now;
    await new Promise((r) => setTimeout(r, 100));
  }
  return before;
}

/** Presses a veil's "Show" with the mouse, where a person would. */
export async function pressShow(page: Page, id: string): Promise<void> {
  const button = await showButton(page, id);
  if (!button) throw new Error(`no veil on ${id}`);
  await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
}

/** Polls the page's marks until `done` holds for them; `what` names the wait in the error. */
async function waitFor(page: Page, done: (marks: MarkView[]) => boolean, what: string, timeoutMs: number): Promise<MarkView[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const marks = await marksOn(page).catch(() => []);
    if (done(marks)) return marks;
    if (Date.now() > deadline) throw new Error(`${what} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until at least `n` comments carry a badge. */
export async function waitForMarks(page: Page, n = 1, timeoutMs = 15_000): Promise<void> {
  await waitFor(page, (marks) => marks.length >= n, `fewer than ${n} badges`, timeoutMs);
}

/** Waits until some comment's veil is on screen (laid out over its text); returns that mark. */
export async function waitForVeil(page: Page, timeoutMs = 15_000): Promise<MarkView> {
  const shown = (m: MarkView) => m.veiled && !!m.veil && m.veil.width > 0 && m.veil.height > 0;
  return (await waitFor(page, (marks) => marks.some(shown), 'no veil shown', timeoutMs)).find(shown)!;
}

/** The mark on one comment, by the platform's id. */
export const markOf = async (page: Page, id: string): Promise<MarkView | undefined> => (await marksOn(page)).find((m) => m.id === id);
