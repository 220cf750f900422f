import { describe, expect, it } from 'vitest';
import { TabRegistry, type SessionStore } from '@/lib/background/tab-registry';
import type { TabState } from '@/lib/messaging/protocol';
import type { Comment } from '@/lib/sites/site-adapter';
import { assess } from '@/lib/scoring/score';

function memoryStore(): SessionStore & { data: Map<number, TabState> } {
  const data = new Map<number, TabState>();
  return {
    data,
    load: async (id) => structuredClone(data.get(id)),
    save: async (s) => { data.set(s.tabId, structuredClone(s)); },
    remove: async (id) => { data.delete(id); },
  };
}

const comment = (id: string, text = 'hello'): Comment => ({
  id, platform: 'x', authorName: 'A', handle: 'a', profileUrl: '', text, truncated: false, permalink: '',
  timeText: '', depth: 1, isPost: false, byOwner: false,
});
const page = (reset: boolean) => ({ url: 'https://x.com/a/status/1', platform: 'x' as const, reset,
  health: { platform: 'x' as const, commentsFound: 1, missing: [], unreadable: 0 } });
const scored = (c: Comment) => ({ comment: c, assessment: assess({ id: c.id, text: c.text }) });

describe('TabRegistry', () => {
  it('accumulates comments, keeps first-seen times, and starts afresh on reset', async () => {
    let now = 1000;
    const registry = new TabRegistry(memoryStore(), () => now);
    await registry.ingest(1, page(true), [scored(comment('a'))]);
    now = 2000;
    const s = await registry.ingest(1, page(false), [scored(comment('b')), scored(comment('a', 'edited'))]);
    expect(s.comments.map((c) => [c.comment.id, c.firstSeen, c.comment.text])).toEqual([['a', 1000, 'edited'], ['b', 2000, 'hello']]);
    const fresh = await registry.ingest(1, page(true), [scored(comment('c'))]);
    expect(fresh.comments.map((c) => c.comment.id)).toEqual(['c']);
  });

  it('survives a worker restart through the session store', async () => {
    const store = memoryStore();
    await new TabRegistry(store).ingest(4, page(true), [scored(comment('a'))]);
    const restarted = new TabRegistry(store);
    expect((await restarted.get(4)).comments.map((c) => c.comment.id)).toEqual(['a']);
    await restarted.forget(4);
    expect(store.data.has(4)).toBe(false);
  });
});
