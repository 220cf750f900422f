import { browser } from 'wxt/browser';
import { TabRegistry } from '@/lib/background/tab-registry';
import { sessionStore } from '@/lib/background/session-store';
import { Judge } from '@/lib/background/judge';
import { Refused, handle, send, sendToTab } from '@/lib/messaging/transport';
import { pageSender } from '@/lib/messaging/senders';
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
  const judge = new Judge({
    registry, guide, settings,
    rescored(tabId, changed) {
      void sendToTab(tabId, 'content/assessments', { assessments: changed.map((s) => ({ id: s.comment.id, assessment: s.assessment })) });
      void send('panel/changed', { tabId });
    },
  });
  // Old evidence (each deletion recorded in the chain) and people without evidence go on start and on change.
  const retain = (): void => void judge.retain().catch((e: unknown) => console.error('Tactful: retention failed', e));
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
        const { shield } = await settings.get();
        const { assessments, resync } = await judge.score(page, reset, comments, health);
        void send('panel/changed', { tabId: page.tabId });
        return { assessments, shield, resync };
      },
      'panel/settings-changed': async () => {
        settings.refresh();
        const { shield } = await settings.get();
        for (const tabId of registry.tabIds()) void sendToTab(tabId, 'content/settings', { shield });
        retain();
        // New thresholds, a person forgotten or a new troll rule: every comment is judged again.
        void judge.rescore().catch((e: unknown) => console.error('Tactful: rescoring failed', e));
        return null;
      },
      'panel/decided': async ({ tabId, commentId, taken }) => {
        const result = await judge.decided(tabId, commentId, taken);
        if (!result) throw new Refused('bad-request', `tab ${tabId} has no comment ${commentId}`);
        return result;
      },
      'panel/learning': ({ op }) => judge.learning(op),
      'panel/forget-person': async ({ person }) => {
        await judge.forget(person);
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
