import { browser } from 'wxt/browser';
import { TabRegistry } from '@/lib/background/tab-registry';
import { sessionStore } from '@/lib/background/session-store';
import { handle, send, sendToTab } from '@/lib/messaging/transport';
import { assessBatch } from '@/lib/scoring/score';
import { openGuide, getSettings, DEFAULT_SETTINGS } from '@/lib/store';
import { settingsCache } from '@/lib/background/settings-cache';
import { wireToolbarButton } from '@/lib/background/toolbar';

export default defineBackground(() => {
  const registry = new TabRegistry(sessionStore());

  // Opening the guide database upgrades it if needed; on the very first run it loads the default guide.
  const guide = openGuide();
  guide.catch((e: unknown) => console.error('Tactful: cannot open the guide database', e));
  const settings = settingsCache(async () => getSettings(await guide), DEFAULT_SETTINGS);

  wireToolbarButton();

  handle(
    {
      'page/comments': async ({ url, reset, comments, health }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new Error('page/comments must come from a tab');
        const { thresholds, shield } = await settings.get();
        const assessments = assessBatch(comments.map((c) => ({ id: c.id, text: c.text, author: c.handle, byOwner: c.byOwner })), thresholds);
        await registry.ingest(tabId, { url, platform: health.platform, reset, health },
          comments.map((comment, i) => ({ comment, assessment: assessments[i]! })));
        void send('panel/changed', { tabId });
        return { assessments, shield };
      },
      'panel/settings-changed': async () => {
        settings.refresh();
        const { shield } = await settings.get();
        for (const tabId of registry.tabIds()) void sendToTab(tabId, 'content/settings', { shield });
        return null;
      },
      'panel/state': ({ tabId }) => registry.get(tabId),
      'panel/draft-tone': ({ text }) => assessBatch([{ id: 'draft', text }])[0]!.tone,
    },
    { answerUnknown: true },
  );

  browser.tabs.onRemoved.addListener((tabId) => void registry.forget(tabId));
});
