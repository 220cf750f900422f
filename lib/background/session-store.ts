import { browser } from 'wxt/browser';
import { TabStateSchema, type TabState } from '../messaging/protocol';
import type { SessionStore } from './tab-registry';

const key = (tabId: number): string => `tab:${tabId}`;

/** Tab state in storage.session: survives worker restarts, gone when the browser closes (no comment lingers). */
export function sessionStore(): SessionStore {
  const area = browser.storage.session;
  return {
    async load(tabId) {
      const raw = (await area.get(key(tabId)))[key(tabId)];
      const parsed = TabStateSchema.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
    save: (state: TabState) => area.set({ [key(state.tabId)]: state }),
    remove: (tabId) => area.remove(key(tabId)),
  };
}
