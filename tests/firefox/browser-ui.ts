/**
 * Firefox's own window (toolbar, sidebar, permission prompt), reached through WebDriver BiDi with system access
 * (`--remote-allow-system-access`: `browsingContext.getTree` with `moz:scope: chrome`, then `script.evaluate` in the
 * browser window). Clicks and keys are dispatched in the browser window as trusted events, so Firefox treats them
 * as the user's input (`sidebarAction.toggle()` and `permissions.request()` refuse anything else).
 */
import type { Browser } from 'puppeteer-core';

export const GECKO_ID = 'tactful@tactful.app';
/** Firefox's widget id for an extension: its id with everything but [a-z0-9_-] replaced (makeWidgetId). */
const WIDGET = GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

export interface SidebarState { open: boolean; panel?: string }
export interface IconOnToolbar { toolbar: number; ink: number; inkPixels: number }

/** Raw WebDriver BiDi commands, for what puppeteer has no API for (its BiDi browser's connection; pinned 24.43.1). */
export interface Bidi { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> }
export const bidiOf = (browser: Browser): Bidi => (browser as unknown as { connection: Bidi }).connection;

export interface BrowserUi {
  /** Runs `body` (a function body that may await) in the browser window and returns its JSON-able result. */
  run<T>(body: string): Promise<T>;
  sidebar(): Promise<SidebarState>;
  /** Clicks Tactful's toolbar button where it is drawn (the element at its centre must be the button). */
  clickToolbarButton(): Promise<void>;
  /** Alt+Shift+T typed with the focus in the browser's address bar. */
  pressShortcut(): Promise<void>;
  /** The add-on permission prompt's text and buttons, if one is showing. */
  permissionPrompt(): Promise<{ text: string; allow: string; deny: string } | undefined>;
  answerPermissionPrompt(allow: boolean): Promise<void>;
  /** The extension's tab id for the tab showing `url` (Firefox's tabTracker, which needs no tab permission). */
  tabId(url: string): Promise<number>;
  /** The background event page's state: running, suspended, stopped… */
  backgroundState(): Promise<string>;
  /**
   * A PNG of the navigation toolbar as drawn, and what Tactful's button shows on it: the toolbar's luminance
   * (0–255) at the button's corner, and the mean luminance and count of the pixels that stand out from it (the icon).
   */
  toolbarShot(): Promise<{ png: Buffer; icon: IconOnToolbar }>;
  /** A PNG of the whole window as the user sees it: Firefox's own UI, the page and the sidebar's reply desk. */
  windowShot(): Promise<Buffer>;
  /** Switches Firefox's theme as a user does in about:addons (the built-in light or dark theme). */
  useTheme(theme: 'light' | 'dark'): Promise<void>;
}

export async function browserUi(browser: Browser): Promise<BrowserUi> {
  const bidi = bidiOf(browser);
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const windows = tree.result.contexts as Array<{ context: string; url: string }>;
  const context = windows.find((w) => w.url === 'chrome://browser/content/browser.xhtml')?.context;
  if (!context) throw new Error(`no browser window among ${JSON.stringify(windows)}`);

  const run = async <T>(body: string): Promise<T> => {
    const { result } = await bidi.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`,
      target: { context }, awaitPromise: true, resultOwnership: 'none',
    });
    if (result.type !== 'success') throw new Error(`in the browser window: ${JSON.stringify(result.exceptionDetails)}`);
    return JSON.parse((result.result as { value: string }).value) as T;
  };
  const button = `document.getElementById('${WIDGET}-BAP')`;

  return {
    run,
    sidebar: () => run(`
      const panel = SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser')?.currentURI?.spec;
      return { open: SidebarController.isOpen && SidebarController.currentID === '${WIDGET}-sidebar-action', panel };`),
    clickToolbarButton: () => run(`
      const b = ${button};
      const r = b.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      if (!b.contains(hit)) throw new Error('the toolbar button is covered by ' + (hit?.id || hit?.localName));
      b.click();`),
    pressShortcut: () => run(`
      gURLBar.focus();
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) throw new Error('no keyboard');
      const keys = [['Alt', 'AltLeft', 18], ['Shift', 'ShiftLeft', 16], ['T', 'KeyT', 84]].map(([key, code, keyCode]) => new KeyboardEvent('', { key, code, keyCode }));
      keys.forEach((k) => tip.keydown(k));
      keys.reverse().forEach((k) => tip.keyup(k));`),
    permissionPrompt: () => run(`
      const n = PopupNotifications.panel.querySelector('#addon-webext-permissions-notification');
      if (!n || PopupNotifications.panel.state !== 'open') return undefined;
      return { text: n.textContent.replace(/\\s+/g, ' ').trim(), allow: n.button.label, deny: n.secondaryButton.label };`),
    answerPermissionPrompt: (allow) => run(`
      const n = PopupNotifications.panel.querySelector('#addon-webext-permissions-notification');
      (${allow} ? n.button : n.secondaryButton).click();`),
    tabId: async (url) => {
      const id = await run<number | null>(`
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
        return tab ? ExtensionParent.apiManager.global.tabTracker.getId(tab) : null;`);
      if (id === null) throw new Error(`no tab shows ${url}`);
      return id;
    },
    backgroundState: () => run(`return String(WebExtensionPolicy.getByID('${GECKO_ID}').extension._backgroundState);`),
    toolbarShot: async () => {
      const shot = await run<{ url: string; icon: IconOnToolbar }>(`
        const nav = document.getElementById('nav-bar').getBoundingClientRect();
        const b = ${button}.getBoundingClientRect();
        const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = nav.width; canvas.height = nav.height;
        const g = canvas.getContext('2d');
        g.drawWindow(window, nav.x, nav.y, nav.width, nav.height, 'rgb(255,0,255)', g.DRAWWINDOW_DRAW_VIEW);
        const px = g.getImageData(Math.round(b.x - nav.x), Math.round(b.y - nav.y), Math.round(b.width), Math.round(b.height)).data;
        const lum = (i) => 0.2126 * px[i] + 0.7152 * px[i + 1] + 0.0722 * px[i + 2];
        const toolbar = lum(0);
        let sum = 0, inkPixels = 0;
        for (let i = 0; i < px.length; i += 4) if (Math.abs(lum(i) - toolbar) > 40) { sum += lum(i); inkPixels++; }
        return { url: canvas.toDataURL('image/png'), icon: { toolbar, ink: inkPixels ? sum / inkPixels : toolbar, inkPixels } };`);
      return { png: Buffer.from(shot.url.split(',')[1]!, 'base64'), icon: shot.icon };
    },
    windowShot: async () => {
      // drawWindow paints Firefox's own UI; the page and the sidebar live in other processes and are painted in
      // from their own snapshots (WindowGlobalParent.drawSnapshot) at the place they take on screen.
      const url = await run<string>(`
        const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = innerWidth; canvas.height = innerHeight;
        const g = canvas.getContext('2d');
        g.drawWindow(window, 0, 0, innerWidth, innerHeight, 'white', g.DRAWWINDOW_DRAW_VIEW);
        const sidebar = SidebarController.browser;
        const panel = sidebar?.contentDocument?.getElementById('webext-panels-browser');
        const parts = [[gBrowser.selectedBrowser, 0, 0]];
        if (panel && SidebarController.isOpen) {
          const at = sidebar.getBoundingClientRect();
          parts.push([panel, at.x, at.y]);
        }
        for (const [b, dx, dy] of parts) {
          const r = b.getBoundingClientRect();
          const shot = await b.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
          g.drawImage(shot, dx + r.x, dy + r.y, r.width, r.height);
        }
        return canvas.toDataURL('image/png');`);
      return Buffer.from(url.split(',')[1]!, 'base64');
    },
    useTheme: (theme) => run(`
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const id = ${JSON.stringify(theme)} === 'dark' ? 'firefox-compact-dark@mozilla.org' : 'firefox-compact-light@mozilla.org';
      await (await AddonManager.getAddonByID(id)).enable();`),
  };
}
