/**
 * What the background knows about each tab: its comments, their scores and when each was first seen.
 *
 * - Per tab, every read and write runs in order (a worker restarted by two batches at once must not build both
 *   from the same empty state and lose one).
 * - A tab keeps at most LIMITS.tabComments comments: past it the oldest context (the post, the owner's own
 *   replies) goes first, then the oldest comments. Posts are kept only on conversation pages (with replies).
 * - The MV3 worker is stopped whenever it idles, so the registry writes through to a session store in chunks of
 *   CHUNK comments: a batch rewrites only the chunks it touched. When the store is full, the stored copies of
 *   the least recently saved other tabs make room; a tab the worker no longer knows is asked to send its
 *   comments again (`resync`), so a stored copy is a cache and never the only record of a comment.
 */
import type { AdapterHealth, Comment, Platform } from '../sites/site-adapter';
import type { Assessment } from '../scoring/assessment';
import type { ScoredComment, TabState } from '../messaging/protocol';
import type { WaveTag } from './wave-pool';
import { LIMITS } from '../limits';

/** Comments per stored chunk. */
export const CHUNK = 100;

export interface TabMeta {
  tabId: number;
  url: string;
  platform: Platform | null;
  health: AdapterHealth | null;
  /** Slot of the next new comment; a comment lives in chunk floor(slot / CHUNK). */
  nextSlot: number;
  chunks: number[];
  dropped: number;
  savedAt: number;
}

export interface StoredTab {
  meta: TabMeta;
  chunks: Map<number, ScoredComment[]>;
  /** False when a chunk could not be read back: the next save writes the tab whole. */
  complete: boolean;
}

export interface SessionStore {
  load(tabId: number): Promise<StoredTab | undefined>;
  /** Writes the meta and the given chunks (null removes one), all or nothing. Throws when storage is full. */
  save(meta: TabMeta, chunks: Map<number, ScoredComment[] | null>): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** Tabs with a stored copy, least recently saved first. */
  stored(): Promise<Array<{ tabId: number; savedAt: number }>>;
}

interface Tab {
  meta: TabMeta;
  /** Comment id → slot, in slot order. */
  slots: Map<string, number>;
  chunks: Map<number, Map<string, ScoredComment>>;
  /** The store holds a complete copy (otherwise the next save writes every chunk). */
  persisted: boolean;
  sessionFull: boolean;
}

export interface PageInfo {
  url: string;
  platform: Platform;
  reset: boolean;
  health: AdapterHealth;
}

const chunkOf = (slot: number): number => Math.floor(slot / CHUNK);
const isContext = ({ comment }: ScoredComment): boolean => comment.isPost || comment.byOwner;

export class TabRegistry {
  private tabs = new Map<number, Tab>();
  private queues = new Map<number, Promise<unknown>>();

  constructor(private readonly store: SessionStore, private readonly now: () => number = Date.now) {}

  /** The tab's state, or undefined when this worker and the session store know nothing about it. */
  state(tabId: number): Promise<TabState | undefined> {
    return this.serial(tabId, async () => {
      const tab = await this.load(tabId);
      return tab && view(tab);
    });
  }

  /**
   * Adds scored comments from a page; `reset` (first scan or SPA navigation) starts the tab afresh. `resync` is
   * true when the tab's earlier comments are unknown here (worker restarted without a stored copy).
   */
  ingest(tabId: number, page: PageInfo, scored: Array<{ comment: Comment; assessment: Assessment; wave?: WaveTag }>): Promise<{ resync: boolean; firstSeen: Map<string, number> }> {
    return this.serial(tabId, async () => {
      const known = await this.load(tabId);
      const tab = known ?? this.empty(tabId);
      const dirty = new Set<number>();
      if (page.reset) {
        for (const k of tab.chunks.keys()) dirty.add(k);
        tab.slots.clear();
        tab.chunks.clear();
        tab.meta.nextSlot = 0;
        tab.meta.dropped = 0;
      }
      Object.assign(tab.meta, { url: page.url, platform: page.platform, health: page.health });
      const conversation = tab.slots.size > 0 || scored.some((s) => !s.comment.isPost);
      const seen = new Map<string, number>();
      for (const { comment, assessment, wave } of scored) {
        if (comment.isPost && !conversation) continue; // a timeline's posts: nothing to answer, nothing kept
        const slot = tab.slots.get(comment.id) ?? tab.meta.nextSlot++;
        const chunk = tab.chunks.get(chunkOf(slot)) ?? new Map<string, ScoredComment>();
        const firstSeen = chunk.get(comment.id)?.firstSeen ?? this.now();
        chunk.set(comment.id, { comment, assessment, firstSeen, ...(wave ? { wave } : {}) });
        tab.chunks.set(chunkOf(slot), chunk);
        tab.slots.set(comment.id, slot);
        dirty.add(chunkOf(slot));
        seen.set(comment.id, firstSeen);
      }
      this.trim(tab, dirty);
      this.tabs.set(tabId, tab);
      await this.persist(tab, dirty);
      return { resync: !known && !page.reset, firstSeen: seen };
    });
  }

  /**
   * Rescoring: `revise` gets every comment of the tab and returns its new version, or undefined to leave it. Only
   * the chunks that changed are written. Returns the comments that changed.
   */
  revise(tabId: number, revise: (s: ScoredComment) => ScoredComment | undefined): Promise<ScoredComment[]> {
    return this.serial(tabId, async () => {
      const tab = await this.load(tabId);
      if (!tab) return [];
      const dirty = new Set<number>();
      const changed: ScoredComment[] = [];
      for (const [id, slot] of tab.slots) {
        const chunk = tab.chunks.get(chunkOf(slot))!;
        const next = revise(chunk.get(id)!);
        if (!next) continue;
        chunk.set(id, next);
        dirty.add(chunkOf(slot));
        changed.push(next);
      }
      if (dirty.size) await this.persist(tab, dirty);
      return changed;
    });
  }

  /** Tabs with state in this worker's lifetime (the ones that may show badges). */
  tabIds(): number[] {
    return [...this.tabs.keys()];
  }

  /** Every tab with state: in this worker's memory or stored by an earlier one (a rescore must reach them all). */
  async allTabIds(): Promise<number[]> {
    const stored = await this.store.stored().catch(() => []);
    return [...new Set([...this.tabs.keys(), ...stored.map((t) => t.tabId)])];
  }

  forget(tabId: number): Promise<void> {
    return this.serial(tabId, async () => {
      this.tabs.delete(tabId);
      await this.store.remove(tabId);
    }).finally(() => this.queues.delete(tabId));
  }

  private serial<T>(tabId: number, work: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(tabId) ?? Promise.resolve()).then(work);
    this.queues.set(tabId, run.catch(() => undefined));
    return run;
  }

  private async load(tabId: number): Promise<Tab | undefined> {
    const inMemory = this.tabs.get(tabId);
    if (inMemory) return inMemory;
    const stored = await this.store.load(tabId);
    if (!stored) return undefined;
    const tab: Tab = { meta: stored.meta, slots: new Map(), chunks: new Map(), persisted: stored.complete, sessionFull: false };
    for (const k of [...stored.chunks.keys()].sort((a, b) => a - b)) {
      const chunk = new Map(stored.chunks.get(k)!.map((s, i) => [s.comment.id, s] as const));
      tab.chunks.set(k, chunk);
      let i = 0;
      for (const id of chunk.keys()) tab.slots.set(id, k * CHUNK + i++);
    }
    this.tabs.set(tabId, tab);
    return tab;
  }

  private empty(tabId: number): Tab {
    const meta: TabMeta = { tabId, url: '', platform: null, health: null, nextSlot: 0, chunks: [], dropped: 0, savedAt: 0 };
    return { meta, slots: new Map(), chunks: new Map(), persisted: false, sessionFull: false };
  }

  /** Drops the oldest context, then the oldest comments, until the tab is within its cap. */
  private trim(tab: Tab, dirty: Set<number>): void {
    let over = tab.slots.size - LIMITS.tabComments;
    const drop = (pick: (s: ScoredComment) => boolean): void => {
      for (const [id, slot] of tab.slots) {
        if (over <= 0) return;
        const chunk = tab.chunks.get(chunkOf(slot))!;
        if (!pick(chunk.get(id)!)) continue;
        chunk.delete(id);
        if (!chunk.size) tab.chunks.delete(chunkOf(slot));
        tab.slots.delete(id);
        dirty.add(chunkOf(slot));
        tab.meta.dropped++;
        over--;
      }
    };
    drop(isContext);
    drop(() => true);
  }

  private async persist(tab: Tab, dirty: Set<number>): Promise<void> {
    tab.meta.savedAt = this.now();
    tab.meta.chunks = [...tab.chunks.keys()].sort((a, b) => a - b);
    const keys = tab.persisted ? dirty : new Set([...dirty, ...tab.chunks.keys()]);
    const writes = new Map([...keys].map((k) => [k, tab.chunks.has(k) ? [...tab.chunks.get(k)!.values()] : null] as const));
    const evicted = new Set([tab.meta.tabId]);
    for (;;) {
      try {
        await this.store.save(tab.meta, writes);
        tab.persisted = true;
        tab.sessionFull = false;
        return;
      } catch {
        // Storage is full: drop the stored copy of the tab saved longest ago (its page re-sends on demand).
        const victim = (await this.store.stored().catch(() => [])).find((t) => !evicted.has(t.tabId));
        if (!victim) break;
        evicted.add(victim.tabId);
        await this.store.remove(victim.tabId).catch(() => undefined);
        const other = this.tabs.get(victim.tabId);
        if (other) other.persisted = false;
      }
    }
    // Kept in memory only; an older stored copy must not pass for the whole tab after a restart.
    tab.persisted = false;
    tab.sessionFull = true;
    await this.store.remove(tab.meta.tabId).catch(() => undefined);
  }
}

function view(tab: Tab): TabState {
  const { tabId, url, platform, health, dropped } = tab.meta;
  const comments = [...tab.chunks.keys()].sort((a, b) => a - b).flatMap((k) => [...tab.chunks.get(k)!.values()]);
  return { tabId, url, platform, comments, health, dropped, sessionFull: tab.sessionFull };
}
