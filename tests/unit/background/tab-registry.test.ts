import { describe, expect, it } from 'vitest';
import { CHUNK, TabRegistry, type PageInfo, type SessionStore } from '@/lib/background/tab-registry';
import { sessionStore } from '@/lib/background/session-store';
import { LIMITS } from '@/lib/limits';
import type { Comment } from '@/lib/sites/site-adapter';
import type { Assessment } from '@/lib/scoring/assessment';
import { assess } from '@/lib/scoring/score';
import { quotaArea, SESSION_QUOTA } from './session-area';

const TEXTS = [
  'My order #4411 still has not arrived after three weeks and nobody answers my emails. What is going on? I want a refund.',
  'Thank you so much, the new jacket fits perfectly and the delivery was quick!',
  'This company is a joke, you clowns cannot even ship a parcel on time 🤡',
  'Is it true that the bottles contain BPA? My neighbour said so and I am worried about my kids.',
];
const assessments = TEXTS.map((text, i) => assess({ id: `t${i}`, text }));

const comment = (id: string, text = TEXTS[Number(id) % TEXTS.length]!, over: Partial<Comment> = {}): Comment => ({
  id, platform: 'x', authorName: `Person ${id}`, handle: `person${id}`, profileUrl: `https://x.com/person${id}`, text,
  truncated: false, permalink: `https://x.com/person${id}/status/19000000000${id.padStart(8, '0')}`, time: '2026-11-30T10:00:00.000Z', timeFrom: 'exact',
  timeText: '2h', parentId: '1900000000000000000', depth: 1, isPost: false, byOwner: false, ...over,
});
const scored = (c: Comment, assessment: Assessment = assessments[Number(c.id) % TEXTS.length] ?? assess({ id: c.id, text: c.text })) => ({ comment: c, assessment });
const page = (reset: boolean): PageInfo => ({ url: 'https://x.com/acme/status/1900000000000000000', platform: 'x', reset,
  health: { platform: 'x', commentsFound: 1, missing: [], unreadable: 0 } });
const ids = async (r: TabRegistry, tab: number) => ((await r.state(tab))?.comments ?? []).map((c) => c.comment.id);

describe('TabRegistry', () => {
  it('accumulates comments, keeps first-seen times, and starts afresh on reset', async () => {
    let now = 1000;
    const registry = new TabRegistry(sessionStore(quotaArea().area), () => now);
    await registry.ingest(1, page(true), [scored(comment('1'))]);
    now = 2000;
    await registry.ingest(1, page(false), [scored(comment('2')), scored(comment('1', 'edited'))]);
    const s = (await registry.state(1))!;
    expect(s.comments.map((c) => [c.comment.id, c.firstSeen, c.comment.text])).toEqual([['1', 1000, 'edited'], ['2', 2000, TEXTS[2]]]);
    await registry.ingest(1, page(true), [scored(comment('3'))]);
    expect(await ids(registry, 1)).toEqual(['3']);
  });

  it('revises comments in place (a rescore), writing only the chunks that changed, and keeps the wave a comment is in', async () => {
    const { area } = quotaArea();
    const written: string[][] = [];
    const registry = new TabRegistry(sessionStore({ ...area, set: (items) => { written.push(Object.keys(items)); return area.set(items); } }));
    const wave = { key: 'x:1', comments: 3, accounts: 3 };
    await registry.ingest(1, page(true), Array.from({ length: CHUNK + 5 }, (_, i) => ({ ...scored(comment(String(i))), ...(i === 1 ? { wave } : {}) })));
    written.length = 0;
    const mute = { ...assessments[2]!, action: 'mute' as const };
    const changed = await registry.revise(1, (s) => (s.comment.id === String(CHUNK + 2) ? { ...s, assessment: mute } : undefined));
    expect(changed.map((c) => c.comment.id)).toEqual([String(CHUNK + 2)]);
    expect(written).toEqual([['tab:1', 'tab:1:1']]); // the meta and the one chunk that changed
    const restarted = new TabRegistry(sessionStore(area));
    const state = (await restarted.state(1))!;
    expect(state.comments.find((c) => c.comment.id === String(CHUNK + 2))!.assessment.action).toBe('mute');
    expect(state.comments.find((c) => c.comment.id === '1')!.wave).toEqual(wave);
    expect(await registry.revise(9, () => undefined)).toEqual([]); // a tab it does not know
    // A restarted worker still reaches the tabs an earlier one stored, to rescore them.
    expect(await restarted.allTabIds()).toEqual([1]);
    expect(restarted.tabIds()).toEqual([1]); // loaded by the state() above
  });

  it('survives a worker restart through the session store, and asks a tab it no longer knows for everything', async () => {
    const { area, data } = quotaArea();
    await new TabRegistry(sessionStore(area)).ingest(4, page(true), [scored(comment('1'))]);
    const restarted = new TabRegistry(sessionStore(area));
    expect(await ids(restarted, 4)).toEqual(['1']);
    expect(await restarted.ingest(4, page(false), [scored(comment('2'))])).toMatchObject({ resync: false });
    expect(await restarted.ingest(5, page(false), [scored(comment('3'))])).toMatchObject({ resync: true });
    await restarted.forget(4);
    expect([...data.keys()].filter((k) => k.startsWith('tab:4'))).toEqual([]);
  });

  it('serialises concurrent ingests after a restart: no comment is lost', async () => {
    const { area } = quotaArea();
    await new TabRegistry(sessionStore(area)).ingest(7, page(true), [scored(comment('1'))]);
    // A restarted worker whose storage answers slowly (with what it held when asked), hit by two batches at once.
    const slow: typeof area = { ...area, get: async (keys) => { const held = await area.get(keys); await new Promise((r) => setTimeout(r, 20)); return held; } };
    const restarted = new TabRegistry(sessionStore(slow));
    await Promise.all([
      restarted.ingest(7, page(false), [scored(comment('2'))]),
      restarted.ingest(7, page(false), [scored(comment('3'))]),
      restarted.state(7),
    ]);
    expect(await ids(restarted, 7)).toEqual(['1', '2', '3']);
    expect(await ids(new TabRegistry(sessionStore(area)), 7)).toEqual(['1', '2', '3']);
  });

  it('keeps a 20,000-comment session within the cap and the quota, rewriting only what changed', async () => {
    const { area, stats } = quotaArea();
    const registry = new TabRegistry(sessionStore(area));
    const BATCH = 50;
    let biggestBatchWrite = 0;
    for (let start = 0; start < 20_000; start += BATCH) {
      const batch = Array.from({ length: BATCH }, (_, i) => scored(comment(String(start + i))));
      await registry.ingest(1, page(start === 0), batch);
      biggestBatchWrite = Math.max(biggestBatchWrite, stats.lastSetBytes);
    }
    const state = (await registry.state(1))!;
    expect(state.sessionFull).toBe(false);
    expect(state.comments).toHaveLength(LIMITS.tabComments);
    expect(state.dropped).toBe(20_000 - LIMITS.tabComments);
    expect(state.comments[0]!.comment.id).toBe(String(20_000 - LIMITS.tabComments)); // the oldest went first
    expect(state.comments.at(-1)!.comment.id).toBe('19999');
    expect(stats.peak).toBeLessThan(SESSION_QUOTA / 2);
    // A batch writes the chunks it touched (at most two of CHUNK comments) and the meta, never the whole tab.
    const perComment = stats.bytes / LIMITS.tabComments;
    expect(biggestBatchWrite).toBeLessThan(2 * CHUNK * perComment + 2_000);
    // Everything survives a restart.
    expect(await ids(new TabRegistry(sessionStore(area)), 1)).toEqual(state.comments.map((c) => c.comment.id));
  });

  it('drops the post and the owner\'s replies before anyone else\'s comment, and keeps no timeline posts', async () => {
    const registry = new TabRegistry(sessionStore(quotaArea().area));
    const timeline = Array.from({ length: 30 }, (_, i) => scored(comment(String(i), undefined, { isPost: true, depth: 0 })));
    await registry.ingest(2, page(true), timeline);
    expect(await ids(registry, 2)).toEqual([]);

    const post = scored(comment('0', 'Our new jackets are here!', { isPost: true, depth: 0, byOwner: true }));
    const owner = scored(comment('1', 'Thanks all!', { byOwner: true }));
    const others = Array.from({ length: LIMITS.tabComments }, (_, i) => scored(comment(String(i + 2))));
    await registry.ingest(3, page(true), [post, owner, ...others.slice(0, 10)]);
    await registry.ingest(3, page(false), others.slice(10));
    const kept = await ids(registry, 3);
    expect(kept).toHaveLength(LIMITS.tabComments);
    expect(kept).not.toContain('0');
    expect(kept).not.toContain('1');
    expect(kept[0]).toBe('2');
  });

  it('makes room when session storage is full: older tabs lose their stored copy, and re-send it on demand', async () => {
    const { area, stats } = quotaArea(1_500_000);
    const registry = new TabRegistry(sessionStore(area));
    const fill = (tab: number, n: number) => registry.ingest(tab, page(true), Array.from({ length: n }, (_, i) => scored(comment(String(i)))));
    await fill(1, 1_000);
    await fill(2, 1_000);
    await expect(fill(3, 1_000)).resolves.toMatchObject({ resync: false });
    expect(stats.peak).toBeLessThanOrEqual(1_500_000);
    for (const tab of [1, 2, 3]) expect(await ids(registry, tab)).toHaveLength(1_000); // all still known here
    const restarted = new TabRegistry(sessionStore(area));
    expect(await restarted.state(1)).toBeUndefined(); // its copy made room
    expect(await ids(restarted, 3)).toHaveLength(1_000);
    expect(await restarted.ingest(1, page(false), [scored(comment('5000'))])).toMatchObject({ resync: true });

    // One tab alone past the quota: kept in memory, said so, nothing thrown.
    const tiny = new TabRegistry(sessionStore(quotaArea(50_000).area));
    await expect(tiny.ingest(9, page(true), Array.from({ length: 200 }, (_, i) => scored(comment(String(i)))))).resolves.toMatchObject({ resync: false });
    expect(await tiny.state(9)).toMatchObject({ sessionFull: true, dropped: 0 });
    expect(await ids(tiny, 9)).toHaveLength(200);
  });
});

// The store interface is what the worker uses; a store that always fails must not make ingest throw.
it('never lets a failing session store break scoring', async () => {
  const broken: SessionStore = {
    load: async () => undefined, save: async () => { throw new Error('disk on fire'); },
    remove: async () => undefined, stored: async () => [],
  };
  const registry = new TabRegistry(broken);
  await expect(registry.ingest(1, page(true), [scored(comment('1'))])).resolves.toMatchObject({ resync: false });
  expect(await registry.state(1)).toMatchObject({ sessionFull: true });
});
