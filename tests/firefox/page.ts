/** What the Firefox tests read from a platform page and from the extension, the same things the Chrome tests read. */
import type { Page } from 'puppeteer-core';
import type { FirefoxHarness } from './harness';
import { marksExpression, type MarkView } from '../e2e/marks-script';

/** Comment ids the background holds for `page`'s tab, asked from an extension page as the side panel asks. */
export async function backgroundIds(extensionPage: Page, page: Page, h: FirefoxHarness): Promise<string[]> {
  const tabId = await h.ui.tabId(page.url());
  return extensionPage.evaluate(async (tab) => {
    const reply = await browser.runtime.sendMessage({ type: 'panel/state', payload: { tabId: tab } }) as
      { data?: { comments?: Array<{ comment: { id: string } }> } };
    return (reply.data?.comments ?? []).map((c) => c.comment.id);
  }, tabId);
}

/** Every badge on the page as extension code sees it (the page itself cannot: closed shadow roots, no attributes). */
export const marksOn = (h: FirefoxHarness, page: Page): Promise<MarkView[]> =>
  h.inContentWorld(page, marksExpression('(el) => el.openOrClosedShadowRoot'));

/** Badged comment ids in document order. */
export const badged = async (h: FirefoxHarness, page: Page): Promise<Array<string | null>> => (await marksOn(h, page)).map((m) => m.id);

/** Shadow roots the page's own scripts can open (`element.shadowRoot`): Tactful's are closed, so none of its own. */
export const openShadowRoots = (page: Page): Promise<number> =>
  page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length);

/** The text in each of the page's reply boxes, as the page's own editor holds it. */
export const replyBoxTexts = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (boxes) => boxes.map((e) => (e instanceof HTMLTextAreaElement ? e.value : (e as HTMLElement).innerText)));

/** Errors the page shows in its console, uncaught exceptions included. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

type StoreOp = { op: 'getAll'; store: string } | { op: 'put'; store: string; key: string; value: unknown } | { op: 'delete'; store: string; key: string };

/** One operation on the extension's own IndexedDB (`tactful`), from an extension page: the test reads what the extension wrote. */
export function idb<T = unknown>(extensionPage: Page, request: StoreOp): Promise<T> {
  return extensionPage.evaluate((r) => new Promise((resolve, reject) => {
    const open = indexedDB.open('tactful');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(r.store)) return db.close(), resolve(undefined);
      const tx = db.transaction(r.store, r.op === 'getAll' ? 'readonly' : 'readwrite');
      const store = tx.objectStore(r.store);
      const req = r.op === 'getAll' ? store.getAll() : r.op === 'put' ? store.put(r.value, r.key) : store.delete(r.key);
      tx.oncomplete = () => { db.close(); resolve(req.result); };
      tx.onerror = () => reject(tx.error);
    };
  }), request) as Promise<T>;
}
