import { browser } from 'wxt/browser';
import type Polyfill from 'webextension-polyfill';

/**
 * The toolbar button opens the reply desk. Chrome: the side panel opens on the action's click by itself once asked.
 * Firefox has no such behaviour (nor `sidePanel`): the click toggles the sidebar. `import.meta.env.FIREFOX` is a
 * build-time constant, so each build carries only its own branch (the Firefox linter flags `sidePanel` otherwise).
 */
export function wireToolbarButton(): void {
  if (import.meta.env.FIREFOX) {
    // WXT's types describe Chrome's API; Firefox's own `browser` has sidebarAction. toggle() must run inside the
    // click's user-input handling, so it is called synchronously from the listener, never after an await.
    const firefox = browser as unknown as Polyfill.Browser;
    firefox.action.onClicked.addListener(() => {
      void firefox.sidebarAction.toggle();
    });
  } else {
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  }
}
