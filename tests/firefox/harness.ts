/**
 * Debian's Firefox ESR (`/usr/bin/firefox-esr`, or FIREFOX_PATH) driven over WebDriver BiDi by puppeteer-core,
 * with the Firefox Add-ons package (`.output/tactful-<version>-firefox.zip`, made by `npm run zip:firefox`)
 * installed permanently, as the store installs it: a new profile, `ADDON_INSTALL`, a restart keeps it. Unsigned
 * add-ons install permanently only where signing can be switched off (ESR, Developer Edition, Nightly).
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
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      ...(options.grantSites === false ? { 'extensions.originControls.grantByDefault': false } : {}),
      'intl.locale.requested': 'en-US',
      ...options.prefs,
    },
  });
  const bidi = bidiOf(browser);
  if (!options.restart) {
    await bidi.send('webExtension.install', { extensionData: { type: 'archivePath', path: await packagePath() }, 'moz:permanent': true });
  }
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
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await bidi.send('browsingContext.navigate', { context, url: `moz-extension://${UUID}/${path}`, wait: 'complete' });
    await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete');
    return page;
  };

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
    async close() {
      await browser.close();
      await refuser.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}
