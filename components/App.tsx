import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/messaging/protocol';
import { handle, send } from '@/lib/messaging/transport';
import { t } from '@/lib/i18n';
import { CommentCard } from './CommentCard';

/** The tab the panel works on: `?tab=` (tests, pop-out) or the active tab of the panel's window. */
async function targetTab(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<TabState>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    void targetTab().then(setTabId);
    const follow = ({ tabId: id }: { tabId: number }) => {
      if (!new URLSearchParams(location.search).has('tab')) setTabId(id);
    };
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    const refresh = async () => {
      const reply = await send('panel/state', { tabId });
      if (reply.ok) { setState(reply.data); setError(undefined); } else setError(reply.error.message);
    };
    void refresh();
    return handle({ 'panel/changed': ({ tabId: changed }) => { if (changed === tabId) void refresh(); return null; } });
  }, [tabId]);

  const replies = (state?.comments ?? []).filter((c) => !c.comment.isPost && !c.comment.byOwner);
  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <p aria-live="polite">{t('panel_count', String(replies.length))}</p>
      </header>
      {error && <p class="empty" role="alert">{error}</p>}
      {!error && replies.length === 0 && <p class="empty">{t('panel_empty')}</p>}
      <ul class="queue" aria-label={t('panel_queue')}>
        {replies.map((c) => <CommentCard key={c.comment.id} tabId={tabId!} item={c} />)}
      </ul>
    </main>
  );
}
