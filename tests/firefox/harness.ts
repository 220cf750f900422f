/**
 * Debian's Firefox ESR (`/usr/bin/firefox-esr`, or FIREFOX_PATH) driven over WebDriver BiDi by puppeteer-core,
 * with the Firefox Add-ons package (`.output/tactful-<version>-firefox.zip`, made by `npm run zip:firefox`)
 * installed permanently, as the store installs it: a new profile, `ADDON_INSTALL`, a restart keeps it. Unsigned
 * add-ons install permanently only where signing can be switched off (ESR, Developer Edition, Nightly).
 *
 * Tactful's badges live in closed shadow roots that no page script can open, and Firefox has no CDP to reach
 * Tactful's own content-script world; so a second, test-only add-on (`tests/firefox/probe/`, installed temporarily,
 * never shipped) runs the tests' reading code in its own content-script world, where Firefox gives extension code
 * `Element.openOrClosedShadowRoot`.
 *
 * Platform pages are served from the committed fixtures on their real URLs by request interception; every other
 * request is refused — in a page by the interception, anywhere else (the background page, the sidebar, Firefox
 * itself) by the refusing proxy — and recorded in `external`.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { bidiOf, browserUi, GECKO_ID, type BrowserUi } from './browser-ui';
import { refuserPrefs, startRefuser, type Refuser } from './refuser';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, 'tests/firefox/artifacts');
const FIXTURES = join(ROOT, 'tests/fixtures');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The extension's moz-extension:// host, fixed so tests can open its pages (Firefox picks a random one otherwise). */
export const UUID = '7ac7f01e-5a1d-4c6b-9e3a-3f2b8d0c1e55';
const PROBE = { id: 'probe@tactful.test', uuid: '0b1e7c2a-3d4f-4a5b-8c6d-7e8f9a0b1c2d', path: join(ROOT, 'tests/firefox/probe') };

const PLATFORM_OF_HOST: Record<string, string> = {
  'x.com': 'x', 'twitter.com': 'x', 'www.facebook.com': 'facebook', 'www.instagram.com': 'instagram',
};

/** url (origin + path) → fixture file, relative to tests/fixtures. */
export type Pages = Record<string, string>;

export interface LaunchOptions {
  /** A profile folder the caller keeps (restart tests); a fresh temporary one otherwise. */
  profile?: string;
  /** The profile already has Tactful (a browser restart): start Firefox without installing it again. */
  restart?: boolean;
  /**
   * false: Firefox does not give the add-on its sites at install (`extensions.originControls.grantByDefault`),
   * as when a user has not allowed them — the state in which no content script runs and nothing says why.
   */
  grantSites?: boolean;
  /** More Firefox preferences (e.g. a short background idle timeout). */
  prefs?: Record<string, unknown>;
}

export interface FirefoxHarness {
  browser: Browser;
  ui: BrowserUi;
  /** Requests to anything but a served fixture (each one is a failure: Tactful makes none). */
  external: string[];
  open(url: string): Promise<Page>;
  /** The side panel's page in a tab, pinned to `page`'s tab as the Chrome tests do. */
  openPanel(page?: Page): Promise<Page>;
  /** Evaluates `expression` in a content-script world on `page` (the probe add-on's) and returns its JSON-able value. */
  inContentWorld<T>(page: Page, expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function packagePath(): Promise<string> {
  const zip = (await readdir(join(ROOT, '.output'))).find((f) => /^tactful-.*-firefox\.zip$/.test(f));
  if (!zip) throw new Error('make the Firefox package first: npm run zip:firefox');
  return join(ROOT, '.output', zip);
}

export async function launch(pages: Pages, options: LaunchOptions = {}): Promise<FirefoxHarness> {
  const refuser: Refuser = await startRefuser();
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'tactful-firefox-')));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access', '--profile', profile],
    // Release builds ignore `services.settings.server` unless this is set (Firefox's remote settings, see refuser.ts).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...refuserPrefs(refuser.port),
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID, [PROBE.id]: PROBE.uuid }),
      ...(options.grantSites === false ? { 'extensions.originControls.grantByDefault': false } : {}),
      'intl.locale.requested': 'en-US',
      ...options.prefs,
    },
  });
  const bidi = bidiOf(browser);
  if (!options.restart) {
    await bidi.send('webExtension.install', { extensionData: { type: 'archivePath', path: await packagePath() }, 'moz:permanent': true });
  }
  // Temporary: gone when Firefox closes, so a restart installs it again and the profile never keeps it.
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: PROBE.path } });
  const ui = await browserUi(browser);
  const blocked: string[] = [];

  const serve = async (request: HTTPRequest): Promise<void> => {
    const url = new URL(request.url());
    if (!/^(https?|wss?):$/.test(url.protocol)) return request.continue();
    const platform = PLATFORM_OF_HOST[url.hostname];
    const helper = /^\/__fixtures\/([\w.-]+)$/.exec(url.pathname);
    const key = `${url.origin}${url.pathname}`.replace(/\/$/, '');
    const file = platform && (helper ? join(platform, helper[1]!) : pages[key] ?? pages[`${key}/`]);
    // Firefox asks the platform itself for /favicon.ico: a 404 from the "platform", as in the Chrome harness.
    if (platform && !file) return request.respond({ status: 404, body: '' });
    if (!file) {
      blocked.push(request.url());
      return request.abort();
    }
    const body = await readFile(join(FIXTURES, file));
    return request.respond({ status: 200, body, contentType: file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
  };

  /** Opens an extension page: puppeteer's goto() never sees a moz-extension:// load finish, BiDi's navigate does. */
  const openExtensionPage = async (path: string, uuid = UUID): Promise<Page> => {
    const page = await browser.newPage();
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await bidi.send('browsingContext.navigate', { context, url: `moz-extension://${uuid}/${path}`, wait: 'complete' });
    await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete');
    return page;
  };

  // Opened first, so that it never becomes the selected tab: Firefox shows a permission prompt only for that one.
  const probePage = await openExtensionPage('probe.html', PROBE.uuid);

  return {
    browser, ui,
    get external() { return [...blocked, ...refuser.refused]; },
    async open(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (r) => void serve(r));
      await page.goto(url);
      return page;
    },
    async openPanel(page) {
      const query = page ? `?tab=${await ui.tabId(page.url())}` : '';
      return openExtensionPage(`sidepanel.html${query}`);
    },
    async inContentWorld<T>(page: Page, expression: string): Promise<T> {
      const tabId = await ui.tabId(page.url());
      // MV2's tabs.executeScript runs the code in the probe's content-script world of that tab's top frame.
      return probePage.evaluate(async (tab, code) => {
        const mv2 = browser as unknown as { tabs: { executeScript(tabId: number, details: { code: string }): Promise<unknown[]> } };
        return (await mv2.tabs.executeScript(tab, { code }))[0];
      }, tabId, expression) as Promise<T>;
    },
    async close() {
      await browser.close();
      await refuser.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}
