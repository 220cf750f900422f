/**
 * What the background knows about each tab: its comments, their scores and when each was first seen.
 * The MV3 worker is stopped whenever it idles, so the registry writes through to a session store and
 * reloads a tab's state on first use after a restart.
 */
import type { AdapterHealth, Comment, Platform } from '../sites/site-adapter';
import type { Assessment } from '../scoring/assessment';
import type { TabState } from '../messaging/protocol';

export interface SessionStore {
  load(tabId: number): Promise<TabState | undefined>;
  save(state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
}

export class TabRegistry {
  private tabs = new Map<number, TabState>();

  constructor(private readonly store: SessionStore, private readonly now: () => number = Date.now) {}

  async get(tabId: number): Promise<TabState> {
    const known = this.tabs.get(tabId) ?? (await this.store.load(tabId));
    const state = known ?? { tabId, url: '', platform: null, comments: [], health: null };
    this.tabs.set(tabId, state);
    return state;
  }

  /** Adds scored comments from a page; `reset` (first scan or SPA navigation) starts the tab afresh. */
  async ingest(
    tabId: number,
    page: { url: string; platform: Platform; reset: boolean; health: AdapterHealth },
    scored: Array<{ comment: Comment; assessment: Assessment }>,
  ): Promise<TabState> {
    const prev = await this.get(tabId);
    const base = page.reset ? [] : prev.comments;
    const firstSeen = new Map(prev.comments.map((c) => [c.comment.id, c.firstSeen]));
    const byId = new Map(base.map((c) => [c.comment.id, c]));
    for (const { comment, assessment } of scored) {
      byId.set(comment.id, { comment, assessment, firstSeen: firstSeen.get(comment.id) ?? this.now() });
    }
    const state: TabState = { tabId, url: page.url, platform: page.platform, comments: [...byId.values()], health: page.health };
    this.tabs.set(tabId, state);
    await this.store.save(state);
    return state;
  }

  /** Tabs with state in this worker's lifetime (the ones that may show badges). */
  tabIds(): number[] {
    return [...this.tabs.keys()];
  }

  async forget(tabId: number): Promise<void> {
    this.tabs.delete(tabId);
    await this.store.remove(tabId);
  }
}
