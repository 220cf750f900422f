import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/messaging/protocol';
import { handle, send } from '@/lib/messaging/transport';

/** `?tab=<id>` pins the panel to one tab (tests, a popped-out panel); otherwise it follows the active tab. */
function pinnedTab(): number | undefined {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

export function useTargetTab(): number | undefined {
  const [tabId, setTabId] = useState<number | undefined>(pinnedTab);
  useEffect(() => {
    if (pinnedTab() !== undefined) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id));
    const follow = ({ tabId: id }: { tabId: number }) => setTabId(id);
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, []);
  return tabId;
}

/** The background's view of one tab, refreshed whenever the background says it changed. */
export function useTabState(tabId: number | undefined): { state?: TabState; error?: string } {
  const [state, setState] = useState<TabState>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    const refresh = async () => {
      const reply = await send('panel/state', { tabId });
      if (!alive) return;
      if (reply.ok) { setState(reply.data); setError(undefined); } else setError(reply.error.message);
    };
    void refresh();
    const stop = handle({ 'panel/changed': ({ tabId: changed }) => { if (changed === tabId) void refresh(); return null; } });
    return () => { alive = false; stop(); };
  }, [tabId]);
  return { state, error };
}
