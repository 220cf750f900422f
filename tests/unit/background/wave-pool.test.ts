/** Waves across threads: the worker's pool of fingerprints finds a wave whose copies came in different batches and tabs. */
import { describe, expect, it } from 'vitest';
import { WavePool, type PoolItem, type PoolStore } from '@/lib/background/wave-pool';
import { findWaves, fingerprint, wordSet } from '@/lib/scoring/waves';
import type { WaveSighting } from '@/lib/store/sightings';

const RUMOUR = 'They are closing all 40 stores next month, share before they delete this';
const T0 = Date.parse('2026-11-20T09:00:00.000Z');

function memoryStore(): PoolStore & { rows: Map<string, WaveSighting> } {
  const rows = new Map<string, WaveSighting>();
  return {
    rows,
    load: async (since) => [...rows.values()].filter((s) => s.seenAt >= since.toISOString()),
    save: async (add, drop) => { for (const s of add) rows.set(s.id, s); for (const id of drop) rows.delete(id); },
  };
}
const item = (n: number, text = RUMOUR, author = `x:acct${n}`, at = T0 + n * 60_000): PoolItem => ({ id: `x:${n}`, platform: 'x', author, at, text });

describe('fingerprints', () => {
  it('find the same waves as the words themselves, and keep no word of the text', () => {
    const texts = [RUMOUR, `${RUMOUR}!!`, `@shop ${RUMOUR} 😡`, 'Love the new jacket, the colour is perfect for winter'];
    const items = texts.map((text, i) => ({ id: String(i), text, author: `a${i}` }));
    expect(findWaves(items, texts.map(fingerprint))).toEqual(findWaves(items));
    const kept = [...fingerprint(RUMOUR)].join(' ');
    for (const w of wordSet(RUMOUR)) expect(kept.split(' ')).not.toContain(w);
  });
});

describe('the wave pool', () => {
  it('finds a wave whose copies arrive one by one, tags every member and says which earlier ones changed', async () => {
    let now = T0;
    const pool = new WavePool(memoryStore(), () => now);
    expect((await pool.see([item(1)])).get('x:1')).toBeUndefined();
    expect((await pool.see([item(2), item(9, 'Love the new jacket, the colour is perfect for winter')])).get('x:2')).toBeUndefined();
    now += 3_600_000;
    const third = await pool.see([item(3, `${RUMOUR}!!`)]);
    const tag = { key: 'x:1', comments: 3, accounts: 3 };
    expect(Object.fromEntries(third)).toEqual({ 'x:1': tag, 'x:2': tag, 'x:3': tag });
    // A fourth account joins: all four grow, the unrelated comment stays out.
    const fourth = await pool.see([item(4, `@acmeshop ${RUMOUR}`)]);
    expect([...fourth.values()].every((t) => t?.comments === 4)).toBe(true);
    expect(pool.tag('x:9')).toBeUndefined();
  });

  it('finds nearly the same text too: a word changed, a word added', async () => {
    const pool = new WavePool(memoryStore(), () => T0);
    await pool.see([item(1), item(2, RUMOUR.replace('next month', 'next week')), item(3, `${RUMOUR} now`)]);
    expect(pool.tag('x:1')).toEqual({ key: 'x:1', comments: 3, accounts: 3 });
    await pool.see([item(4, 'They are closing some stores, according to my neighbour who works there')]);
    expect(pool.tag('x:4')).toBeUndefined();
  });

  it('counts accounts, not comments: one account repeating itself is no wave', async () => {
    const pool = new WavePool(memoryStore(), () => T0);
    await pool.see([item(1, RUMOUR, 'x:same'), item(2, RUMOUR, 'x:same'), item(3, RUMOUR, 'x:same')]);
    expect(pool.tag('x:1')).toBeUndefined();
    await pool.see([item(4, RUMOUR, 'x:other'), item(5, RUMOUR, 'x:third')]);
    expect(pool.tag('x:1')).toEqual({ key: 'x:1', comments: 5, accounts: 3 });
  });

  it('survives a worker restart (the store), forgets after a day, and stays within its bound', async () => {
    const store = memoryStore();
    let now = T0;
    await new WavePool(store, () => now).see([item(1), item(2)]);
    const restarted = new WavePool(store, () => now);
    expect((await restarted.see([item(3)])).get('x:3')).toMatchObject({ comments: 3 });
    expect([...store.rows.values()][0]).not.toHaveProperty('text');
    now += 25 * 3_600_000;
    const later = new WavePool(store, () => now);
    expect((await later.see([item(4, RUMOUR, 'x:acct4', now)])).get('x:4')).toBeUndefined();

    const small = new WavePool(memoryStore(), () => T0, 3);
    await small.see([item(1), item(2), item(3)]);
    expect(small.tag('x:1')).toMatchObject({ comments: 3 });
    const after = await small.see([item(4, 'A completely different comment about our winter jackets and their zips')]);
    expect(after.get('x:1')).toBeUndefined(); // the oldest made room: two copies left, no wave
  });

  it('forgets a person\'s comments', async () => {
    const pool = new WavePool(memoryStore(), () => T0);
    await pool.see([item(1), item(2), item(3)]);
    pool.forget('x:acct2');
    const changed = await pool.see([]);
    expect([...changed.keys()].sort()).toEqual(['x:1', 'x:2', 'x:3']); // the wave is gone: two accounts left
    expect([...changed.values()]).toEqual([undefined, undefined, undefined]);
    expect((await pool.see([item(5, RUMOUR, 'x:acct5')])).get('x:5')).toMatchObject({ accounts: 3 });
  });
});
