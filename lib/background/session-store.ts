import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { HealthSchema, ScoredCommentSchema, type ScoredComment } from '../messaging/protocol';
import type { SessionStore, StoredTab, TabMeta } from './tab-registry';

/** The part of a `storage` area the session store uses (Chrome's and Firefox's `storage.session`, or a test's). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const count = z.number().check(z.int(), z.gte(0));
const MetaSchema: z.ZodMiniType<TabMeta> = z.object({
  tabId: count,
  url: z.string(),
  platform: z.nullable(z.enum(['x', 'facebook', 'instagram'])),
  health: z.nullable(HealthSchema),
  nextSlot: count,
  chunks: z.array(count),
  dropped: count,
  savedAt: z.number(),
});
const ChunkSchema = z.array(ScoredCommentSchema);

const metaKey = (tabId: number): string => `tab:${tabId}`;
const chunkKey = (tabId: number, chunk: number): string => `tab:${tabId}:${chunk}`;
const META_KEY = /^tab:(\d+)$/;

/**
 * Tab state in storage.session: survives worker restarts, gone when the browser closes (no comment lingers).
 * One small meta record per tab plus its comments in chunks, so a batch writes kilobytes, not the whole tab.
 */
export function sessionStore(area: StorageArea = browser.storage.session as StorageArea): SessionStore {
  const readMeta = async (tabId: number): Promise<TabMeta | undefined> => {
    const parsed = MetaSchema.safeParse((await area.get(metaKey(tabId)))[metaKey(tabId)]);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    async load(tabId): Promise<StoredTab | undefined> {
      const meta = await readMeta(tabId);
      if (!meta) return undefined;
      const raw = await area.get(meta.chunks.map((k) => chunkKey(tabId, k)));
      const chunks = new Map<number, ScoredComment[]>();
      let complete = true;
      for (const k of meta.chunks) {
        const parsed = ChunkSchema.safeParse(raw[chunkKey(tabId, k)]);
        if (parsed.success) chunks.set(k, parsed.data);
        else complete = false;
      }
      return { meta, chunks, complete };
    },
    async save(meta, writes) {
      const items: Record<string, unknown> = { [metaKey(meta.tabId)]: meta };
      const gone: string[] = [];
      for (const [k, chunk] of writes) {
        if (chunk) items[chunkKey(meta.tabId, k)] = chunk;
        else gone.push(chunkKey(meta.tabId, k));
      }
      await area.set(items);
      if (gone.length) await area.remove(gone);
    },
    async remove(tabId) {
      const meta = await readMeta(tabId);
      await area.remove([metaKey(tabId), ...(meta?.chunks ?? []).map((k) => chunkKey(tabId, k))]);
    },
    async stored() {
      const all = await area.get(null);
      return Object.entries(all).flatMap(([key, value]) => {
        const id = META_KEY.exec(key)?.[1];
        const meta = id === undefined ? undefined : MetaSchema.safeParse(value);
        return meta?.success ? [{ tabId: meta.data.tabId, savedAt: meta.data.savedAt }] : [];
      }).sort((a, b) => a.savedAt - b.savedAt);
    },
  };
}
