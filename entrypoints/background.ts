import { browser } from 'wxt/browser';
import { TabRegistry } from '@/lib/background/tab-registry';
import { sessionStore } from '@/lib/background/session-store';
import { Refused, handle, send, sendToTab } from '@/lib/messaging/transport';
import { pageSender } from '@/lib/messaging/senders';
import { assessBatch } from '@/lib/scoring/score';
import { applyRetention, openGuide, getSettings, DEFAULT_SETTINGS } from '@/lib/store';
import { settingsCache } from '@/lib/background/settings-cache';
import { wireToolbarButton } from '@/lib/background/toolbar';

export default defineBackground(() => {
  const registry = new TabRegistry(sessionStore());

  // Opening the guide database upgrades it if needed; on the very first run it loads the default guide.
  const guide = openGuide();
  guide.catch((e: unknown) => console.error('Tactful: cannot open the guide database', e));
  const settings = settingsCache(async () => getSettings(await guide), DEFAULT_SETTINGS);
  // Evidence past the retention period is deleted (each deletion recorded in the chain) on start and on change.
  const retain = (): void => void guide.then(async (db) => applyRetention(db, (await settings.get()).evidenceRetentionDays))
    .catch((e: unknown) => console.error('Tactful: evidence retention failed', e));
  retain();

  wireToolbarButton();

  handle(
    {
      'page/comments': async ({ reset, comments, health }, sender) => {
        // The transport let only a content script on a platform page through; the page is what the browser says.
        const page = pageSender(sender)!;
        if (health.platform !== page.platform || comments.some((c) => c.platform !== page.platform)) {
          throw new Refused('forbidden', `comments must be from this tab's platform (${page.platform})`);
        }
        const { thresholds, shield } = await settings.get();
        const assessments = assessBatch(comments.map((c) => ({ id: c.id, text: c.text, author: c.handle, byOwner: c.byOwner, media: c.media })), thresholds);
        const { resync } = await registry.ingest(page.tabId, { url: page.url, platform: page.platform, reset, health },
          comments.map((comment, i) => ({ comment, assessment: assessments[i]! })));
        void send('panel/changed', { tabId: page.tabId });
        return { assessments, shield, resync };
      },
      'panel/settings-changed': async () => {
        settings.refresh();
        const { shield } = await settings.get();
        for (const tabId of registry.tabIds()) void sendToTab(tabId, 'content/settings', { shield });
        retain();
        return null;
      },
      'panel/state': async ({ tabId }) => {
        const state = await registry.state(tabId);
        // Unknown here (the worker restarted and the stored copy was dropped to make room): ask the page again.
        if (!state) void sendToTab(tabId, 'content/resync', {});
        return state ?? { tabId, url: '', platform: null, comments: [], health: null, dropped: 0, sessionFull: false };
      },
      'panel/draft-tone': ({ text }) => assessBatch([{ id: 'draft', text }])[0]!.tone,
    },
    { answerUnknown: true },
  );

  browser.tabs.onRemoved.addListener((tabId) => void registry.forget(tabId));
});
