/**
 * Real Chromium (Debian's /usr/bin/chromium) with the production build of Tactful loaded. Platform pages are
 * served from committed fixtures on their real URLs; every other request is aborted and recorded, so a test
 * can assert that the extension made no network request at all.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { inExtensionWorld, showMarks } from './ui';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');
/** What the browser tests see, for a person to look at after `npm test`; ignored by git (README images: `npm run screenshots`). */
export const SCREENSHOTS = join(ROOT, 'tests/e2e/artifacts/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * url → fixture file (relative to tests/fixtures), or `{ html }` built by the test. `/__fixtures/<file>` on a
 * platform host serves that platform's fixture helpers (e.g. the Draft.js stand-in).
 */
export type Pages = Record<string, string | { html: string }>;

const PLATFORM_OF_HOST: Record<string, string> = {
  'x.com': 'x', 'twitter.com': 'x', 'www.facebook.com': 'facebook', 'web.facebook.com': 'facebook', 'www.instagram.com': 'instagram',
};

/** What the platforms' image CDNs serve the fixtures' pictures (GIFs, stickers, photos): a tinted placeholder. */
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="180"><rect width="240" height="180" fill="#8a8d91"/>'
  + '<circle cx="80" cy="70" r="28" fill="#f5c33b"/><path d="M0 180 L90 100 L150 150 L190 120 L240 180Z" fill="#5b6b7a"/></svg>';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests to anything but a served fixture (each one is a failure: Tactful makes none). */
  external: string[];
  open(url: string): Promise<Page>;
  openPanel(page: Page, query?: string): Promise<Page>;
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile folder (browser-restart tests); a fresh temporary one otherwise. */
  profile?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** The demo shows a real window when there is a display. */
  headless?: boolean;
}

export async function launch(pages: Pages, options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('build the extension first: npm run build:chrome');
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'tactful-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1000, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      `--lang=${options.locale ?? 'en-US'}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const external: string[] = [];
  await context.route(/^(https?|wss?):\/\//, (route) => {
    external.push(route.request().url());
    return route.abort();
  });
  // The page's own pictures (not the extension's requests: Tactful makes none) come from the platforms' CDNs.
  await context.route(/^https:\/\/[\w.-]+\.fbcdn\.net\//, (route) => route.fulfill({ status: 200, body: PICTURE, contentType: 'image/svg+xml' }));
  await context.route(/^https:\/\/(x\.com|twitter\.com|(www|web)\.facebook\.com|www\.instagram\.com)\//, async (route) => {
    const url = new URL(route.request().url());
    const key = `${url.origin}${url.pathname}`.replace(/\/$/, '');
    const helper = /^\/__fixtures\/([\w.-]+)$/.exec(url.pathname);
    const page = helper ? join(PLATFORM_OF_HOST[url.hostname] ?? '', helper[1]!) : pages[key] ?? pages[`${key}/`];
    if (!page) return route.fulfill({ status: 404, body: '' });
    if (typeof page !== 'string') return route.fulfill({ status: 200, body: page.html, contentType: 'text/html; charset=utf-8' });
    const file = page;
    const body = await readFile(join(FIXTURES, file));
    const contentType = file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    return route.fulfill({ status: 200, body, contentType });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const tabIdOf = async (url: string): Promise<number> => {
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);
    if (id === undefined) throw new Error(`no tab shows ${url}`);
    return id;
  };

  return {
    context, worker, extensionId, external, tabIdOf,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openPanel(page, query = '') {
      const tabId = await tabIdOf(page.url());
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}${query}`);
      return panel;
    },
    async close() {
      await context.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Boxes of every element of the page except Tactful's own hosts, as text, to compare layouts. */
function pageLayout(page: Page): Promise<string[]> {
  return inExtensionWorld(page, `[...document.querySelectorAll('body *')]
    .filter((el) => !(el instanceof HTMLElement && chrome.dom.openOrClosedShadowRoot(el)))
    .map((el) => { const r = el.getBoundingClientRect(); return el.tagName + ':' + [r.x, r.y, r.width, r.height].map((n) => n.toFixed(1)).join(','); })`);
}

/** The page's layout with Tactful's badges and veils shown and with them hidden, to prove they never move anything. */
export async function layoutWithAndWithoutBadges(page: Page): Promise<{ withBadges: string[]; without: string[] }> {
  const withBadges = await pageLayout(page);
  await showMarks(page, false);
  const without = await pageLayout(page);
  await showMarks(page, true);
  return { withBadges, without };
}

/** Reads one object store of the extension's IndexedDB from an extension page (the panel). */
export function readStore(extensionPage: Page, store: string): Promise<Array<Record<string, unknown>>> {
  return extensionPage.evaluate((name) => new Promise((resolve, reject) => {
    const open = indexedDB.open('tactful');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => { resolve(req.result); open.result.close(); };
    };
  }), store);
}

/** Stops the extension's service worker (a CDP session with `ServiceWorker.enable` sent); the next extension event starts it again. */
export async function stopWorker(cdp: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve) => cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.every((v) => v.runningStatus === 'stopped')) resolve();
  }));
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}
